import type { Reply } from './reply'
import { transport } from './transport'

/** Uploads a photo picked with Taro.chooseMedia as the signed-in user; resolves to its file id. */
export function uploadPhoto(tempFilePath: string): Promise<Reply<string>> {
  return transport.uploadPhoto(tempFilePath)
}
