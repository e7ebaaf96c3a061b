import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { installPrivacyHook } from './services/privacy/privacy-consent'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Not a prompt: only routes WeChat's own "needs agreement" event to the app's dialog, when a call needs it.
    installPrivacyHook()
    // Taro.cloud exists only in WeChat; the H5 build talks to the local host instead. The env id
    // comes from .env.production.local in release builds; empty, WeChat picks the account's default environment.
    if (process.env.TARO_ENV === 'weapp')
      Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
  })
  return children
}

export default App
