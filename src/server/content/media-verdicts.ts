import type { Actor } from '@core/identity/actor'
import { contextOf } from '../action'
import { notify } from '../notify/notifier'
import type { Runtime } from '../ports/runtime.port'
import type { MediaVerdict } from '../ports/content-security.port'
import { mediaChecks, type MediaCheckDoc } from '../screening/media-checks'

/** Tells the uploader their photo is no longer shown (inbox, so it never depends on a push consent). */
async function tellUploader(runtime: Runtime, check: MediaCheckDoc): Promise<void> {
  await notify(contextOf(runtime), [
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
 * Only a pending check changes, so a repeated push is harmless; an unknown trace id is ignored,
 * which also makes a forged event useless: trace ids never leave the server.
 */
export async function applyMediaVerdict(runtime: Runtime, verdict: MediaVerdict): Promise<'applied' | 'ignored'> {
  const [check] = await mediaChecks(runtime.store).find({ where: { traceId: verdict.traceId }, limit: 1 })
  if (!check || check.status !== 'pending') return 'ignored'
  const saved = await mediaChecks(runtime.store).replace({
    ...check,
    status: verdict.suggest,
    label: verdict.label,
    decidedAt: runtime.clock.now().toISOString(),
  })
  if (!saved) return 'ignored'
  if (saved.status === 'risky') await tellUploader(runtime, saved)
  if (saved.status === 'review') {
    runtime.log.info('photo held for review', { fileId: saved.id, label: saved.label })
  }
  return 'applied'
}

/** A manager's decision on a photo held for review: released to everyone, or refused (and the uploader told). */
export async function decideHeldPhoto(
  runtime: Runtime,
  fileId: string,
  release: boolean,
  manager: Actor,
): Promise<MediaCheckDoc | null> {
  const check = await mediaChecks(runtime.store).get(fileId)
  if (!check || check.status !== 'review') return null
  const saved = await mediaChecks(runtime.store).replace({
    ...check,
    status: release ? 'pass' : 'risky',
    decidedAt: runtime.clock.now().toISOString(),
    decidedBy: manager.openid,
  })
  if (saved && !release) await tellUploader(runtime, saved)
  return saved
}
