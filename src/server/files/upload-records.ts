import type { Caller } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { FileDoc } from '../store/documents'
import type { Store } from '../store/store.port'

export const notYours = (fileId: string) =>
  fail(appError(ErrorCode.VALIDATION_FAILED, `file ${fileId} is not yours`, { photos: ['照片无效，请重新上传'] }))

/**
 * Who uploaded which file, and the order it is attached to, in the uploader's estate: what lets a
 * function check ownership, share a file with whoever may see its order, and prune abandoned
 * uploads, wherever the bytes live (the data folder locally, CloudBase storage in production).
 * `recordIdOf` maps a client-facing file id to its record's id; null for an id of no known shape.
 */
export class UploadRecords {
  constructor(
    private readonly store: Store,
    private readonly recordIdOf: (fileId: string) => string | null,
  ) {}

  /** A file belongs to the estate its uploader was acting in; only that estate's calls find it. */
  storeOf(caller: Caller): Store | null {
    return caller.estateId === null ? null : this.store.forEstate(caller.estateId)
  }

  /** The uploader's estate, or FORBIDDEN for someone in none: asked before any work on the upload. */
  estateOf(owner: Caller): Result<Store> {
    const store = this.storeOf(owner)
    return store ? ok(store) : fail(appError(ErrorCode.FORBIDDEN, 'join an estate before uploading'))
  }

  async add(owner: Caller, file: Omit<FileDoc, 'version' | 'ownerOpenid' | 'orderId'>): Promise<Result<FileDoc>> {
    const store = this.estateOf(owner)
    if (!store.ok) return store
    const saved = await store.value
      .collection('files')
      .insert({ ...file, version: 0, ownerOpenid: owner.openid, orderId: null })
    return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'file id already taken'))
  }

  async get(fileId: string, caller: Caller): Promise<FileDoc | null> {
    const id = this.recordIdOf(fileId)
    const store = this.storeOf(caller)
    return id === null || !store ? null : store.collection('files').get(id)
  }

  /** VALIDATION_FAILED unless every file was recorded as `owner`'s upload in their estate. */
  async checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    const found = await Promise.all(fileIds.map((fileId) => this.get(fileId, owner)))
    const foreign = fileIds.find((_, i) => found[i]?.ownerOpenid !== owner.openid)
    return foreign === undefined ? ok(undefined) : notYours(foreign)
  }

  async attach(fileIds: readonly string[], orderId: string, owner: Caller): Promise<void> {
    const files = this.storeOf(owner)?.collection('files')
    await Promise.all(
      fileIds.map(async (fileId) => {
        const file = await this.get(fileId, owner)
        if (file && files) await files.replace({ ...file, orderId })
      }),
    )
  }

  /** The records of `fileIds` in one estate; unknown ids (another estate's) are skipped. */
  async inEstate(fileIds: readonly string[], estateId: string): Promise<FileDoc[]> {
    const files = this.store.forEstate(estateId).collection('files')
    const ids = fileIds.map(this.recordIdOf).filter((id): id is string => id !== null)
    return (await Promise.all(ids.map((id) => files.get(id)))).filter((f): f is FileDoc => f !== null)
  }

  /** Uploads never attached to anything by `before` (abandoned forms), oldest first. */
  unattached(before: Date, estateId: string, batch: number): Promise<FileDoc[]> {
    return this.store
      .forEstate(estateId)
      .collection('files')
      .find({ where: { orderId: null, createdAt: { lt: before.toISOString() } }, limit: batch })
  }

  /** Drops the record; false when it changed meanwhile (attached after all): then the bytes stay too. */
  forget(file: FileDoc, estateId: string): Promise<boolean> {
    return this.store.forEstate(estateId).collection('files').remove(file.id, file.version)
  }
}
