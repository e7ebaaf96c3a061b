import type { Caller } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { wholeSdk } from '../cloudbase/node-sdk-parts'
import { wxCloud } from '../wechat/wx-cloud'
import type { FilePort } from '../ports/file.port'

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

/**
 * CloudBase storage. The mini-program uploads with `Taro.cloud.uploadFile` under
 * `repair/<openid>/…`, so ownership is read from the file id's path; the order document that lists
 * a file id is what grants others access. Clients may not read storage (deploy/storage-rules.json):
 * photos go out as short-lived temporary URLs from a function that has checked who may see them.
 */
export class CloudFiles implements FilePort {
  /** `env`: this deployment's environment id; a file of another environment is nobody's here. */
  constructor(private readonly env?: string) {}

  async checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    const foreign = fileIds.find((id) => {
      const parsed = parsePhotoFileId(id)
      return !parsed || parsed.ownerOpenid !== owner.openid || (this.env !== undefined && parsed.env !== this.env)
    })
    return foreign === undefined
      ? ok(undefined)
      : fail(
          appError(ErrorCode.VALIDATION_FAILED, `file ${foreign} is not yours`, { photos: ['照片无效，请重新上传'] }),
        )
  }

  /** Storage has no estates: the ids come from documents the caller's estate store already confined. */
  async remove(fileIds: readonly string[]): Promise<void> {
    if (fileIds.length === 0) return
    const cloud = await wxCloud()
    // deleteFile takes at most 50 ids per call.
    for (let start = 0; start < fileIds.length; start += 50) {
      await cloud.deleteFile({ fileList: fileIds.slice(start, start + 50) })
    }
  }

  async attach(): Promise<void> {
    // Nothing to record: the order itself lists its files.
  }

  /**
   * Production keeps no upload records (the client writes storage directly), so there is nothing
   * to list here; abandoned uploads are left to a storage lifecycle rule (DEPLOY.md).
   */
  async removeUnattached(): Promise<number> {
    return 0
  }

  /** Temporary download URLs for files the caller has been found allowed to see. */
  async tempUrls(fileIds: readonly string[]): Promise<string[]> {
    if (fileIds.length === 0) return []
    const tcb = wholeSdk()
    const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
    const { fileList } = await app.getTempFileURL({
      fileList: fileIds.map((fileID) => ({ fileID, maxAge: TEMP_URL_SECONDS })),
    })
    return fileList.map((f) => f.tempFileURL)
  }
}
