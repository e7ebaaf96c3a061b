import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { consoleCodeFrom } from '@core/identity/console-sign-in'
import { adminService } from '../../services/admin.service'
import { friendlyMessage } from '../../services/errors'
import { ROUTES } from '../../services/routes'
import { scanner } from '../../staff/gate/scanner'
import './index.scss'

/** What each refusal means to the manager holding the phone. */
const OVERRIDES = {
  INVALID_TRANSITION: '二维码已过期，请在电脑上刷新二维码后重新扫码',
  CONFLICT: '二维码已使用过，请在电脑上刷新二维码后重新扫码',
  NOT_FOUND: '二维码无效，请重新扫码',
  VALIDATION_FAILED: '二维码无效，请重新扫码',
  FORBIDDEN: '只有物业管理人员和客服前台可以登录物业后台',
} as const

type Step = { kind: 'confirm'; code: string } | { kind: 'done' } | { kind: 'scan'; error?: string }

/** 登录物业后台: the phone side of the console's scan-to-sign-in. Opened with `?code=` or scans here. */
export default function ConsoleLoginPage() {
  const given = consoleCodeFrom(useRouter().params.code ?? '')
  const [step, setStep] = useState<Step>(given ? { kind: 'confirm', code: given } : { kind: 'scan' })
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)

  const take = (text: string | null) => {
    const code = text ? consoleCodeFrom(text) : null
    setStep(code ? { kind: 'confirm', code } : { kind: 'scan', error: text ? '这不是物业后台的登录二维码' : undefined })
  }

  async function approve(code: string) {
    setBusy(true)
    const reply = await adminService.approveConsoleSignIn(code)
    setBusy(false)
    if (reply.ok) return setStep({ kind: 'done' })
    setStep({ kind: 'scan', error: friendlyMessage(reply.error, OVERRIDES) })
  }

  if (step.kind === 'done') {
    return (
      <View className="ll-console-login">
        <View className="ll-console-login__title">已确认登录</View>
        <View className="ll-console-login__text">请回到电脑上继续操作。不是您本人操作时，请在电脑上退出登录。</View>
        <Button block type="primary" onClick={() => void Taro.reLaunch({ url: ROUTES.mine })}>
          完成
        </Button>
      </View>
    )
  }
  if (step.kind === 'confirm') {
    return (
      <View className="ll-console-login">
        <View className="ll-console-login__title">登录物业后台</View>
        <View className="ll-console-login__text">
          将以您的身份在电脑上登录邻里物业后台。请确认电脑就在您面前，二维码是您刚刚扫描的。
        </View>
        <Button block type="primary" loading={busy} disabled={busy} onClick={() => void approve(step.code)}>
          确认登录
        </Button>
        <Button block onClick={() => void Taro.reLaunch({ url: ROUTES.mine })}>
          取消
        </Button>
      </View>
    )
  }
  return (
    <View className="ll-console-login">
      <View className="ll-console-login__title">扫码登录物业后台</View>
      <View className="ll-console-login__text">在电脑上打开物业后台，扫描页面上的二维码。</View>
      {step.error && <View className="ll-console-login__error">{step.error}</View>}
      {scanner.available ? (
        <Button block type="primary" onClick={() => void scanner.scan().then(take)}>
          扫一扫
        </Button>
      ) : (
        <View>
          <Input placeholder="粘贴二维码下方的登录码" value={typed} onChange={setTyped} />
          <Button block type="primary" onClick={() => take(typed)}>
            下一步
          </Button>
        </View>
      )}
    </View>
  )
}
