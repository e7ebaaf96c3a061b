import type { Actor } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { wxCloud } from '../wechat/wx-cloud'
import type { FilePort } from '../ports/file.port'

/**
 * CloudBase storage. The mini-program uploads with `Taro.cloud.uploadFile` under
 * `repair/<openid>/…`, so ownership is read from the file id's path; the order document that lists
 * a file id is what grants others access (files are served through temp URLs, never publicly).
 */
export class CloudFiles implements FilePort {
  async checkOwned(fileIds: readonly string[], owner: Actor): Promise<Result<void>> {
    const foreign = fileIds.find((id) => !(id.startsWith('cloud://') && id.includes(`/repair/${owner.openid}/`)))
    return foreign === undefined
      ? ok(undefined)
      : fail(
          appError(ErrorCode.VALIDATION_FAILED, `file ${foreign} is not yours`, { photos: ['照片无效，请重新上传'] }),
        )
  }

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
}
