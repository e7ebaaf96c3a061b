import type { Actor } from '@core/identity/actor'
import { contextOf, type Context } from '../action'
import { notify } from '../notify/notifier'
import type { Runtime } from '../ports/runtime.port'
import type { MediaVerdict } from '../ports/content-security.port'
import { mediaChecks, type MediaCheckDoc } from '../screening/media-checks'

/** Tells the uploader their photo is no longer shown (inbox, so it never depends on a push consent). */
async function tellUploader(ctx: Context, check: MediaCheckDoc): Promise<void> {
  await notify(ctx, [
    {
      toOpenid: check.uploaderOpenid,
      kind: 'content_hidden',
      title: '照片未通过审核',
      body: '您上传的一张照片未通过平台内容安全检查，已不再向他人展示。如有疑问请联系物业。',
      ref: check.ref,
    },
  ])
}

/**
 * Applies one pushed image verdict (WeChat's `wxa_media_check` event, or the local stand-in's).
 * The push names no estate: the trace id finds the check, and everything after happens in its
 * estate. Only a pending check changes, so a repeated push is harmless; an unknown trace id is
 * ignored, which also makes a forged event useless: trace ids never leave the server.
 */
export async function applyMediaVerdict(runtime: Runtime, verdict: MediaVerdict): Promise<'applied' | 'ignored'> {
  const platform = contextOf(runtime)
  const [found] = await platform.store.acrossEstates('mediaChecks').find({
    where: { traceId: verdict.traceId },
    limit: 1,
  })
  if (!found || found.doc.status !== 'pending') return 'ignored'
  const ctx = { ...platform, store: platform.store.forEstate(found.estateId) }
  const saved = await mediaChecks(ctx.store).replace({
    ...found.doc,
    status: verdict.suggest,
    label: verdict.label,
    decidedAt: ctx.now,
  })
  if (!saved) return 'ignored'
  if (saved.status === 'risky') await tellUploader(ctx, saved)
  if (saved.status === 'review') {
    runtime.log.info('photo held for review', { estateId: found.estateId, fileId: saved.id, label: saved.label })
  }
  return 'applied'
}

/** A manager's decision on a photo held for review in their estate: released to everyone, or refused (and the uploader told). */
export async function decideHeldPhoto(
  ctx: Context,
  fileId: string,
  release: boolean,
  manager: Actor,
): Promise<MediaCheckDoc | null> {
  const check = await mediaChecks(ctx.store).get(fileId)
  if (!check || check.status !== 'review') return null
  const saved = await mediaChecks(ctx.store).replace({
    ...check,
    status: release ? 'pass' : 'risky',
    decidedAt: ctx.now,
    decidedBy: manager.openid,
  })
  if (saved && !release) await tellUploader(ctx, saved)
  return saved
}
