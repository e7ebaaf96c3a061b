/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built; other platforms' branches are dropped at build time. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Output appid for the weapp build (overrides project.config.json). */
    TARO_APP_ID?: string
    /** CloudBase environment the weapp build calls (`Taro.cloud.init`); from a .env file only. */
    TARO_APP_CLOUD_ENV?: string
  }
}
