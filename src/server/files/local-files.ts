import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Caller } from '@core/identity/actor'
import { canView } from '@core/repair/work-order.visibility'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { Store } from '../store/store.port'
import type { FilePort } from '../ports/file.port'
import { UploadRecords } from './upload-records'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

/** Image types accepted, recognised by their first bytes rather than the declared type alone. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
}

/** The local host's file adapter: bytes in the data folder, records in the store. */
export class LocalFiles implements FilePort {
  private readonly records: UploadRecords

  constructor(
    store: Store,
    private readonly dir: string,
    private readonly newId: () => string,
  ) {
    mkdirSync(dir, { recursive: true })
    // The host makes the ids itself: a file id is its record's id.
    this.records = new UploadRecords(store, (fileId) => fileId)
  }

  async save(bytes: Buffer, contentType: string, owner: Caller, now: Date): Promise<Result<{ fileId: string }>> {
    const estate = this.records.estateOf(owner)
    if (!estate.ok) return estate
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
    const saved = await this.records.add(owner, {
      id,
      contentType: type,
      size: bytes.length,
      createdAt: now.toISOString(),
    })
    return saved.ok ? ok({ fileId: id }) : saved
  }

  /** The bytes, if `viewer` uploaded the file or may see the order it is attached to. */
  async read(fileId: string, viewer: Caller): Promise<{ bytes: Buffer; contentType: string } | null> {
    const store = this.records.storeOf(viewer)
    const file = await this.records.get(fileId, viewer)
    if (!store || !file) return null
    if (file.ownerOpenid !== viewer.openid) {
      const order = file.orderId ? await store.collection('workOrders').get(file.orderId) : null
      if (!order || !canView(order, viewer)) return null
    }
    return { bytes: readFileSync(join(this.dir, file.id)), contentType: file.contentType }
  }

  checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    return this.records.checkOwned(fileIds, owner)
  }

  attach(fileIds: readonly string[], orderId: string, owner: Caller): Promise<void> {
    return this.records.attach(fileIds, orderId, owner)
  }

  /** Uploads on the local host go to `POST /api/files`, which checks and records them itself. */
  async reserveUpload(): Promise<Result<{ cloudPath: string }>> {
    return fail(appError(ErrorCode.FORBIDDEN, 'on the local host, upload with POST /api/files'))
  }

  async remove(fileIds: readonly string[], estateId: string): Promise<void> {
    for (const file of await this.records.inEstate(fileIds, estateId)) {
      if (await this.records.forget(file, estateId)) rmSync(join(this.dir, file.id), { force: true })
    }
  }

  /** The host serves files itself, checking the viewer on each request (the client adds its token). */
  async tempUrls(fileIds: readonly string[]): Promise<string[]> {
    return fileIds.map((id) => `/files/${encodeURIComponent(id)}`)
  }

  async removeUnattached(before: Date, estateId: string, batch = 500): Promise<number> {
    let removed = 0
    for (const file of await this.records.unattached(before, estateId, batch)) {
      if (!(await this.records.forget(file, estateId))) continue
      rmSync(join(this.dir, file.id), { force: true })
      removed++
    }
    return removed
  }
}
