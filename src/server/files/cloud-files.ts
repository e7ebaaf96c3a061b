import type { Caller } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { FilePort } from '../ports/file.port'

/**
 * CloudBase storage. The mini-program uploads with `Taro.cloud.uploadFile` under
 * `repair/<openid>/…`, so ownership is read from the file id's path; the order document that lists
 * a file id is what grants others access (files are served through temp URLs, never publicly).
 */
export class CloudFiles implements FilePort {
  async checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>> {
    const foreign = fileIds.find((id) => !(id.startsWith('cloud://') && id.includes(`/repair/${owner.openid}/`)))
    return foreign === undefined
      ? ok(undefined)
      : fail(
          appError(ErrorCode.VALIDATION_FAILED, `file ${foreign} is not yours`, { photos: ['照片无效，请重新上传'] }),
        )
  }

  async attach(): Promise<void> {
    // Nothing to record: the order itself lists its files.
  }
}
