import Taro from '@tarojs/taro'
import { chooseChatFile } from './privacy/personal-info'
import { networkFailure } from './reply'
import type { CsvFiles } from './csv-file.types'

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string }).errMsg ?? error))

/** WeChat: pick a file sent to a chat; save one to the user's folder and forward it to a chat. */
export const csvFiles: CsvFiles = {
  async pick() {
    try {
      const file = (await chooseChatFile(['csv']))?.[0]
      if (!file) return { ok: true, data: null }
      const text = Taro.getFileSystemManager().readFileSync(file.path, 'utf8') as string
      return { ok: true, data: { name: file.name, text } }
    } catch (error) {
      return cancelled(error) ? { ok: true, data: null } : networkFailure(error)
    }
  },

  async save(filename, text) {
    try {
      const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
      Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8')
      // Excel cannot open inside WeChat: the file goes to a chat, to be opened on a computer.
      await Taro.shareFileMessage({ filePath, fileName: filename })
      return { ok: true, data: undefined }
    } catch (error) {
      return cancelled(error) ? { ok: true, data: undefined } : networkFailure(error)
    }
  },
}
