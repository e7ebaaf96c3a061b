import Taro from '@tarojs/taro'
import { uploadPlaceReply } from '@core/repair/repair.replies'
import { parsedReply } from '@core/shared/reply-schemas'
import { asReply, networkFailure } from './reply'
import type { Transport } from './transport.types'

const PHOTO_EXTENSION = /\.(jpg|jpeg|png|gif|webp)$/i

/** The picked file's type by its name; WeChat's temp files are named by type, a stranger one is sent as jpg. */
const extensionOf = (path: string) => (PHOTO_EXTENSION.exec(path)?.[1] ?? 'jpg').toLowerCase()

/** WeChat: identity comes from the platform; functions and files go through wx.cloud. */
export const transport: Transport = {
  signInMode: 'platform',

  async callFunction(name, event) {
    try {
      const res = await Taro.cloud.callFunction({ name, data: event as TaroGeneral.IAnyObject })
      return asReply(res.result)
    } catch (error) {
      return networkFailure(error)
    }
  },

  async uploadPhoto(tempFilePath) {
    // The repair function admits the upload (who may, the daily quota) and records where it goes,
    // under `repair/<caller's openid>/`: only recorded uploads can be attached to an order.
    const place = parsedReply(
      await transport.callFunction('repair', { action: 'prepareUpload', extension: extensionOf(tempFilePath) }),
      uploadPlaceReply,
      'repair.prepareUpload',
    )
    if (!place.ok) return place
    try {
      const { cloudPath } = place.data
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: tempFilePath })
      return { ok: true, data: fileID }
    } catch (error) {
      return networkFailure(error)
    }
  },

  // Storage rules deny clients direct reads: order photos come as links from `repair.photoUrls`.
  photoUrl: () => null,

  async devSignIn() {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'dev sign-in exists only on the local host' } }
  },
  isSignedIn: () => true,
  signOut: () => undefined,
  serverNow: async () => null,
}
