import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { ActionContext } from '../action'
import { hiddenFiles, mediaChecks } from './media-checks'
import { PHOTO_VIEWS, SCREENED_ACTIONS } from './screening.policy'

/** Every string under `value`, with the dotted path that names it to the user (`answers.q2`). */
function textsOf(path: string, value: unknown): [string, string][] {
  if (typeof value === 'string') return value.trim() ? [[path, value]] : []
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(path, item))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textsOf(`${path}.${key}`, item))
  }
  return []
}

const fileIdsOf = (input: Record<string, unknown>, fields: readonly string[]): string[] =>
  fields.flatMap((field) => {
    const value = input[field]
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  })

/**
 * Checks the text of a screened action before it runs: the first field the check calls risky
 * answers CONTENT_REJECTED naming it, and the action does not run, so nothing is written.
 */
export async function screenInput(
  qualifiedAction: string,
  input: Record<string, unknown>,
  { actor, runtime }: ActionContext,
): Promise<Result<void>> {
  const policy = SCREENED_ACTIONS[qualifiedAction]
  if (!policy) return ok(undefined)
  for (const field of policy.text) {
    for (const [path, content] of textsOf(field, input[field])) {
      const { suggest } = await runtime.contentSecurity.checkText({
        content,
        openid: actor.openid,
        scene: policy.scene,
      })
      if (suggest === 'risky') {
        return fail(
          appError(ErrorCode.CONTENT_REJECTED, `${path} failed the content check`, {
            [path]: ['内容含有不适宜公开的信息，请修改后再提交'],
          }),
        )
      }
    }
  }
  return ok(undefined)
}

/**
 * Sends the photos a screened action just attached to the asynchronous image check (once per file).
 * The check is kept in the caller's estate, beside the order that shows the photo.
 */
async function submitPhotos(
  qualifiedAction: string,
  input: Record<string, unknown>,
  result: unknown,
  { actor, runtime, store, now }: ActionContext,
): Promise<void> {
  const policy = SCREENED_ACTIONS[qualifiedAction]
  if (!policy?.photos || !policy.refType) return
  const fileIds = fileIdsOf(input, policy.photos)
  if (fileIds.length === 0) return
  const refId = typeof input.id === 'string' ? input.id : (result as { id?: unknown } | null)?.id
  if (typeof refId !== 'string') return
  for (const fileId of fileIds) {
    // A replayed request (requestId) attaches the same files again; the first submission stands.
    if (await mediaChecks(store).get(fileId)) continue
    const { traceId } = await runtime.contentSecurity.submitImage({ fileId, openid: actor.openid, scene: policy.scene })
    await mediaChecks(store).insert({
      id: fileId,
      version: 0,
      traceId,
      uploaderOpenid: actor.openid,
      ref: { type: policy.refType, id: refId },
      status: 'pending',
      label: null,
      submittedAt: now,
      decidedAt: null,
      decidedBy: null,
    })
  }
}

const isPhotoList = (key: string) => key === 'photos' || key.endsWith('Photos')

function photoIdsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(photoIdsIn)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) =>
    isPhotoList(key) && Array.isArray(item)
      ? item.filter((id): id is string => typeof id === 'string')
      : photoIdsIn(item),
  )
}

function withoutPhotos(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPhotos(item, hidden))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isPhotoList(key) && Array.isArray(item)
        ? item.filter((id) => !hidden.has(id as string))
        : withoutPhotos(item, hidden),
    ]),
  )
}

/**
 * What happens after a successful action: its new photos go to the image check, and replies that
 * show photos lose those held or refused by it (managers still see them, to review).
 */
export async function afterAction(
  qualifiedAction: string,
  input: Record<string, unknown>,
  result: unknown,
  ctx: ActionContext,
): Promise<unknown> {
  await submitPhotos(qualifiedAction, input, result, ctx)
  if (!PHOTO_VIEWS.has(qualifiedAction) || ctx.actor.role === 'manager') return result
  const hidden = await hiddenFiles(ctx.store, photoIdsIn(result), ctx.actor)
  return hidden.size === 0 ? result : withoutPhotos(result, hidden)
}
