import { session } from './session.service'
import type { Reply } from './reply'
import { transport } from './transport'

/** Uploads a photo picked with Taro.chooseMedia as the signed-in user; resolves to its file id. */
export async function uploadPhoto(tempFilePath: string): Promise<Reply<string>> {
  const me = await session.profile()
  return me.ok ? transport.uploadPhoto(tempFilePath, me.data.openid) : me
}
