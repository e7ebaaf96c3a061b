import type { Caller } from '@core/identity/actor'
import type { PhotoExtension } from '@core/repair/repair.schemas'
import type { Result } from '@core/shared/result'

/** Photos attached to orders. Locally they live in the data folder; in production in CloudBase storage. */
export interface FilePort {
  /** VALIDATION_FAILED when any file was not uploaded by `owner`; checked before anything is written. */
  checkOwned(fileIds: readonly string[], owner: Caller): Promise<Result<void>>
  /**
   * Production: where the mini-program may upload one photo (`repair/<openid>/<id>.<ext>`), recorded
   * before the bytes arrive so that only recorded uploads can be attached and unattached ones pruned.
   * The caller has been admitted (role and daily quota) already.
   */
  reserveUpload(owner: Caller, now: Date, extension: PhotoExtension): Promise<Result<{ cloudPath: string }>>
  /** Ties files to an order so that whoever may see the order may see them. */
  attach(fileIds: readonly string[], orderId: string, owner: Caller): Promise<void>
  /** Deletes one estate's files for good (a resident's erasure, photo retention); unknown ids are skipped. */
  remove(fileIds: readonly string[], estateId: string): Promise<void>
  /** Removes one estate's uploads never attached by `before`; answers how many went. */
  removeUnattached(before: Date, estateId: string): Promise<number>
  /** Short-lived links to files the caller has been found allowed to see. */
  tempUrls(fileIds: readonly string[]): Promise<string[]>
}
