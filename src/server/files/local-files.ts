import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Actor } from '@core/identity/actor'
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

  private get files() {
    return this.store.collection('files')
  }

  async save(bytes: Buffer, contentType: string, owner: Actor, now: Date): Promise<Result<{ fileId: string }>> {
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
    await this.files.insert({
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
  async read(fileId: string, viewer: Actor): Promise<{ bytes: Buffer; contentType: string } | null> {
    const file = await this.files.get(fileId)
    if (!file) return null
    if (file.ownerOpenid !== viewer.openid) {
      const order = file.orderId ? await this.store.collection('workOrders').get(file.orderId) : null
      if (!order || !canView(order, viewer)) return null
    }
    return { bytes: readFileSync(join(this.dir, file.id)), contentType: file.contentType }
  }

  async checkOwned(fileIds: readonly string[], owner: Actor): Promise<Result<void>> {
    for (const fileId of fileIds) {
      const file = await this.files.get(fileId)
      if (!file || file.ownerOpenid !== owner.openid) {
        return fail(
          appError(ErrorCode.VALIDATION_FAILED, `file ${fileId} is not yours`, { photos: ['照片无效，请重新上传'] }),
        )
      }
    }
    return ok(undefined)
  }

  async remove(fileIds: readonly string[]): Promise<void> {
    for (const fileId of fileIds) {
      const file = await this.files.get(fileId)
      if (!file) continue
      await this.files.remove(file.id, file.version)
      rmSync(join(this.dir, file.id), { force: true })
    }
  }

  /** The host serves files itself, checking the viewer on each request (the client adds its token). */
  async tempUrls(fileIds: readonly string[]): Promise<string[]> {
    return fileIds.map((id) => `/files/${encodeURIComponent(id)}`)
  }

  /** Uploads never attached to anything by `before` (abandoned forms): their bytes and records go. */
  async removeUnattached(before: Date, batch = 500): Promise<number> {
    const stale = await this.files.find({
      where: { orderId: null, createdAt: { lt: before.toISOString() } },
      limit: batch,
    })
    let removed = 0
    for (const file of stale) {
      if (!(await this.files.remove(file.id, file.version))) continue
      rmSync(join(this.dir, file.id), { force: true })
      removed++
    }
    return removed
  }

  async attach(fileIds: readonly string[], orderId: string): Promise<void> {
    for (const fileId of fileIds) {
      const file = await this.files.get(fileId)
      if (file) await this.files.replace({ ...file, orderId })
    }
  }
}
