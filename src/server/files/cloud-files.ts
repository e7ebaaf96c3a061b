import type { Caller } from '@core/identity/actor'
import type { PhotoExtension } from '@core/repair/repair.schemas'
import { ok, type Result } from '@core/shared/result'
import { wholeSdk } from '../sdk/node-sdk-parts'
import type { FilePort } from '../ports/file.port'
import type { Store } from '../store/store.port'
import { notYours, UploadRecords } from './upload-records'

/**
 * A repair photo's fileID as the mini-program's upload makes it, parsed strictly:
 * `cloud://<env>.<bucket>/repair/<openid>/<stamp>.<ext>`, every segment exact, nothing after the
 * name (no query, no `..`). A substring test would let `…/repair/oVICTIM/x.jpg?/repair/oME/` pass.
 */
const PHOTO_FILE_ID =
  /^cloud:\/\/([A-Za-z0-9-]+)\.[A-Za-z0-9-]+\/repair\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{1,64}(\.[A-Za-z0-9]{1,5})?$/

export function parsePhotoFileId(fileId: string): { env: string; ownerOpenid: string } | null {
  const match = PHOTO_FILE_ID.exec(fileId)
  return match ? { env: match[1]!, ownerOpenid: match[2]! } : null
}

/** How long a photo link handed to a client stays valid. */
export const TEMP_URL_SECONDS = 600

/** The part of CloudBase storage the functions use (the node SDK's calls, narrowed). */
export interface CloudStorage {
  /** The fileID an upload to `cloudPath` gets, known before the client uploads. */
  fileIdFor(cloudPath: string): Promise<string>
  deleteFiles(fileIds: readonly string[]): Promise<void>
  tempUrls(fileIds: readonly string[], maxAgeSeconds: number): Promise<string[]>
}

/** CloudBase storage of the calling function's environment, through the node SDK. */
export const cloudbaseStorage = (): CloudStorage => {
  // The whole SDK, loaded at the first storage call: most calls never make one (node-sdk-parts.ts).
  const app = () => wholeSdk().init({ env: wholeSdk().SYMBOL_CURRENT_ENV })
  return {
    async fileIdFor(cloudPath) {
      // The upload's metadata names its fileID; nothing is uploaded by asking.
      return (await app().getUploadMetadata({ cloudPath })).data.fileId
    },
    async deleteFiles(fileIds) {
      // deleteFile takes at most 50 ids per call.
      for (let start = 0; start < fileIds.length; start += 50) {
        await app().deleteFile({ fileList: fileIds.slice(start, start + 50) })
      }
    },
    async tempUrls(fileIds, maxAge) {
      const { fileList } = await app().getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge })) })
      return fileList.map((f) => f.tempFileURL)
    },
  }
}

/** A record's id is the upload's name, the last segment of its path without the extension. */
const recordIdOf = (fileId: string) => /\/([A-Za-z0-9_-]{1,64})(\.[A-Za-z0-9]{1,5})?$/.exec(fileId)?.[1] ?? null

/**
 * CloudBase storage. The mini-program asks `repair.prepareUpload` where to upload (role and daily
 * quota checked, the upload recorded with the fileID it will get), then uploads with
 * `Taro.cloud.uploadFile` under `repair/<openid>/…`. Only recorded uploads can be attached, and
 * unattached ones are pruned by the timer like the local host's. Clients may not read storage
 * (deploy/storage-rules.json): photos go out as short-lived temporary URLs from a function that has
 * checked who may see them.
 */
export class CloudFiles implements FilePort {
  private readonly records: UploadRecords

  /** `env`: this deployment's environment id; a file of another environment is nobody's here. */
  constructor(
    store: Store,
    private readonly storage: CloudStorage,
    private readonly newId: () => string,
    private readonly env?: string,
  ) {
    this.records = new UploadRecords(store, recordIdOf)
  }

  async reserveUpload(owner: Caller, now: Date, extension: PhotoExtension): Promise<Result<{ cloudPath: string }>> {
    const estate = this.records.estateOf(owner)
    if (!estate.ok) return estate
    const id = this.newId()
    const cloudPath = `repair/${owner.openid}/${id}.${extension}`
    const recorded = await this.records.add(owner, {
      id,
      contentType: `image/${extension === 'jpg' ? 'jpeg' : extension}`,
      size: 0,
      createdAt: now.toISOString(),
      storedAs: await this.storage.fileIdFor(cloudPath),
    })
    return recorded.ok ? ok({ cloudPath }) : recorded
  }

  async checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    const foreign = fileIds.find((id) => {
      const parsed = parsePhotoFileId(id)
      return !parsed || parsed.ownerOpenid !== owner.openid || (this.env !== undefined && parsed.env !== this.env)
    })
    if (foreign !== undefined) return notYours(foreign)
    // The path alone is the client's word: the upload must also have been reserved, as this fileID.
    const recorded = await Promise.all(fileIds.map((id) => this.records.get(id, owner)))
    const unreserved = fileIds.find(
      (id, i) => recorded[i]?.ownerOpenid !== owner.openid || recorded[i]?.storedAs !== id,
    )
    return unreserved === undefined ? ok(undefined) : notYours(unreserved)
  }

  attach(fileIds: readonly string[], orderId: string, owner: Caller): Promise<void> {
    return this.records.attach(fileIds, orderId, owner)
  }

  /** Storage has no estates: the ids come from documents the caller's estate store already confined. */
  async remove(fileIds: readonly string[], estateId: string): Promise<void> {
    if (fileIds.length === 0) return
    await this.storage.deleteFiles(fileIds)
    for (const file of await this.records.inEstate(fileIds, estateId)) await this.records.forget(file, estateId)
  }

  async removeUnattached(before: Date, estateId: string, batch = 500): Promise<number> {
    const dropped: string[] = []
    for (const file of await this.records.unattached(before, estateId, batch)) {
      // A record that changed meanwhile was attached after all: its file stays.
      if ((await this.records.forget(file, estateId)) && file.storedAs) dropped.push(file.storedAs)
    }
    if (dropped.length > 0) await this.storage.deleteFiles(dropped)
    return dropped.length
  }

  /** Temporary download URLs for files the caller has been found allowed to see. */
  async tempUrls(fileIds: readonly string[]): Promise<string[]> {
    return fileIds.length === 0 ? [] : this.storage.tempUrls(fileIds, TEMP_URL_SECONDS)
  }
}
