import { useState } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import { NetworkError } from '@nutui/icons-react-taro'
import { DevSignIn } from '../../components/sign-in/dev-sign-in'
import { friendlyMessage } from '../../services/errors'
import type { ClientError } from '../../services/reply'
import { goHome, session } from '../../services/session.service'
import '../../components/common/common.scss'

type Phase = { kind: 'checking' } | { kind: 'pick' } | { kind: 'failed'; error: ClientError }

/** The first page: signs in (dev sign-in on the local host, WeChat elsewhere), then routes by role. */
export default function EntryPage() {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const [busy, setBusy] = useState(false)

  async function enter() {
    if (session.needsSignIn()) return setPhase({ kind: 'pick' })
    setPhase({ kind: 'checking' })
    const profile = await session.profile()
    if (profile.ok) goHome(profile.data.role)
    else setPhase({ kind: 'failed', error: profile.error })
  }

  async function pick(openid: string) {
    setBusy(true)
    const profile = await session.signIn(openid)
    setBusy(false)
    if (profile.ok) goHome(profile.data.role)
    else void Taro.showToast({ title: friendlyMessage(profile.error), icon: 'none' })
  }

  useLoad(() => void enter())

  if (phase.kind === 'pick') return <DevSignIn onPick={(openid) => void pick(openid)} disabled={busy} />
  if (phase.kind === 'failed') {
    return (
      <View className="ll-state">
        <Empty
          image={<NetworkError size={48} color="#c8c9cc" />}
          title="登录失败"
          description={friendlyMessage(phase.error)}
        />
        <Button type="primary" onClick={() => void enter()}>
          重试
        </Button>
        {session.devSignInAvailable() && <Button onClick={() => setPhase({ kind: 'pick' })}>切换账号</Button>}
      </View>
    )
  }
  return (
    <View className="ll-state">
      <Loading type="circular">正在登录…</Loading>
    </View>
  )
}
