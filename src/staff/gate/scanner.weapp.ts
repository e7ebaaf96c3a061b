import Taro from '@tarojs/taro'
import type { Scanner } from './scanner.types'

/** WeChat's scanner; only the camera, so a screenshot from the album cannot stand in for the visitor's phone. */
export const scanner: Scanner = {
  available: true,
  async scan() {
    try {
      return (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
    } catch {
      return null
    }
  },
}
