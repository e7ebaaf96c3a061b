import Taro from '@tarojs/taro'
import { asReply, networkFailure } from './reply'
import type { Transport } from './transport.types'

const extensionOf = (path: string) => /\.[A-Za-z0-9]+$/.exec(path)?.[0] ?? '.jpg'

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

  async uploadPhoto(tempFilePath, owner) {
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
    try {
      // The repair function accepts only files under `repair/<caller's openid>/` (cloud-files.ts
      // checkOwned): that is how it knows a photo on an order is the caller's own.
      const cloudPath = `repair/${owner}/${stamp}${extensionOf(tempFilePath)}`
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
