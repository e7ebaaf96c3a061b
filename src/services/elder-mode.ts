import Taro from '@tarojs/taro'

/** 长辈模式, remembered on the device per signed-in person (two people may share a phone). */
const key = (openid: string) => `linli.elder.${openid}`
const listeners = new Set<() => void>()

export const ELDER_CLASS = 'll-elder'

export const elderMode = {
  isOn: (openid: string): boolean => Taro.getStorageSync<boolean>(key(openid)) === true,

  set(openid: string, on: boolean): void {
    Taro.setStorageSync(key(openid), on)
    listeners.forEach((l) => l())
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },

  /**
   * H5: the class goes on <html>, so popups outside the page inherit the larger sizes too. The
   * mini-program has no such root: each page puts the class on its own outer view.
   */
  applyToDocument(on: boolean): void {
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle(ELDER_CLASS, on)
  },
}
