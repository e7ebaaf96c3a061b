import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Caller } from '@core/identity/actor'
import { canView } from '@core/repair/work-order.visibility'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { Store } from '../store/store.port'
import type { FilePort } from '../ports/file.port'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

/** Image types accepted, recognised by their first bytes rather than the declared type alone. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
}

/** The local host's file adapter: bytes in the data folder, metadata in the store. */
export class LocalFiles implements FilePort {
  constructor(
    private readonly store: Store,
    private readonly dir: string,
    private readonly newId: () => string,
  ) {
    mkdirSync(dir, { recursive: true })
  }

  /** A file belongs to the estate its uploader was acting in; only that estate's calls find it. */
  private storeOf(caller: Caller): Store | null {
    return caller.estateId === null ? null : this.store.forEstate(caller.estateId)
  }

  async save(bytes: Buffer, contentType: string, owner: Caller, now: Date): Promise<Result<{ fileId: string }>> {
    const store = this.storeOf(owner)
    if (!store) return fail(appError(ErrorCode.FORBIDDEN, 'join an estate before uploading'))
    const type = contentType.split(';')[0]!.trim().toLowerCase()
    const matches = SIGNATURES[type]
    if (!matches || !matches(bytes)) {
      return fail(
        appError(ErrorCode.VALIDATION_FAILED, 'not a JPEG, PNG, GIF or WebP image', { file: ['只能上传图片'] }),
      )
    }
    if (bytes.length > MAX_IMAGE_BYTES) {
      return fail(appError(ErrorCode.VALIDATION_FAILED, 'image over 10 MB', { file: ['图片不能超过 10 MB'] }))
    }
    const id = this.newId()
    writeFileSync(join(this.dir, id), bytes)
    await store.collection('files').insert({
      id,
      version: 0,
      ownerOpenid: owner.openid,
      contentType: type,
      size: bytes.length,
      createdAt: now.toISOString(),
      orderId: null,
    })
    return ok({ fileId: id })
  }

  /** The bytes, if `viewer` uploaded the file or may see the order it is attached to. */
  async read(fileId: string, viewer: Caller): Promise<{ bytes: Buffer; contentType: string } | null> {
    const store = this.storeOf(viewer)
    const file = store && (await store.collection('files').get(fileId))
    if (!store || !file) return null
    if (file.ownerOpenid !== viewer.openid) {
      const order = file.orderId ? await store.collection('workOrders').get(file.orderId) : null
      if (!order || !canView(order, viewer)) return null
    }
    return { bytes: readFileSync(join(this.dir, file.id)), contentType: file.contentType }
  }

  async checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    const store = this.storeOf(owner)
    for (const fileId of fileIds) {
      const file = store && (await store.collection('files').get(fileId))
      if (!file || file.ownerOpenid !== owner.openid) {
        return fail(
          appError(ErrorCode.VALIDATION_FAILED, `file ${fileId} is not yours`, { photos: ['照片无效，请重新上传'] }),
        )
      }
    }
    return ok(undefined)
  }

  async remove(fileIds: readonly string[], estateId: string): Promise<void> {
    // Ids are looked up in the estate alone: another estate's file id is unknown here, so skipped.
    const files = this.store.forEstate(estateId).collection('files')
    for (const fileId of fileIds) {
      const file = await files.get(fileId)
      if (!file) continue
      await files.remove(file.id, file.version)
      rmSync(join(this.dir, file.id), { force: true })
    }
  }

  /** The host serves files itself, checking the viewer on each request (the client adds its token). */
  async tempUrls(fileIds: readonly string[]): Promise<string[]> {
    return fileIds.map((id) => `/files/${encodeURIComponent(id)}`)
  }

  /** Uploads never attached to anything by `before` (abandoned forms): their bytes and records go. */
  async removeUnattached(before: Date, estateId: string, batch = 500): Promise<number> {
    const files = this.store.forEstate(estateId).collection('files')
    const stale = await files.find({
      where: { orderId: null, createdAt: { lt: before.toISOString() } },
      limit: batch,
    })
    let removed = 0
    for (const file of stale) {
      if (!(await files.remove(file.id, file.version))) continue
      rmSync(join(this.dir, file.id), { force: true })
      removed++
    }
    return removed
  }

  async attach(fileIds: readonly string[], orderId: string, owner: Caller): Promise<void> {
    const files = this.storeOf(owner)?.collection('files')
    for (const fileId of fileIds) {
      const file = await files?.get(fileId)
      if (file) await files!.replace({ ...file, orderId })
    }
  }
}
