import { useEffect, useState } from 'react'
import { Button, Card, Loading } from 'tdesign-react'
import { CONSOLE_QR_PREFIX } from '@core/identity/console-sign-in'
import { messageOf, signInApi, type ConsoleUser } from './api'
import { QrSvg } from './qr-svg'

const POLL_MS = 2000

type Shown =
  | { kind: 'loading' }
  | { kind: 'code'; code: string; secret: string; expiresAt: string }
  | { kind: 'expired' }
  | { kind: 'error'; message: string }

/** 扫码登录: a QR for the mini-program to approve, polled until a manager confirms it. */
export function SignIn({ onSignedIn }: { onSignedIn: (user: ConsoleUser) => void }) {
  const [shown, setShown] = useState<Shown>({ kind: 'loading' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    let live = true
    void signInApi.open().then((reply) => {
      if (!live) return
      setShown(reply.ok ? { kind: 'code', ...reply.data } : { kind: 'error', message: messageOf(reply.error) })
    })
    return () => {
      live = false
    }
  }, [round])

  useEffect(() => {
    if (shown.kind !== 'code') return
    const timer = setInterval(async () => {
      const reply = await signInApi.poll(shown.code, shown.secret)
      if (reply.ok && reply.data.status === 'signedIn') {
        const { token, user } = reply.data
        const adopted = await signInApi.complete(token, user)
        return adopted.ok ? onSignedIn(user) : setShown({ kind: 'error', message: messageOf(adopted.error) })
      }
      if (!reply.ok && reply.error.code === 'FORBIDDEN') {
        return setShown({ kind: 'error', message: '只有物业管理人员和客服前台可以登录物业后台' })
      }
      if (!reply.ok && reply.error.code !== 'NETWORK') setShown({ kind: 'expired' })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [shown, onSignedIn])

  return (
    <div className="ll-signin">
      <Card className="ll-signin__card" bordered>
        <h1 className="ll-signin__title">邻里物业后台</h1>
        <p className="ll-signin__hint">请用邻里小程序「我的 → 扫码登录物业后台」扫描二维码，并在手机上确认登录</p>
        <div className="ll-signin__qr">
          {shown.kind === 'loading' && <Loading />}
          {shown.kind === 'code' && (
            <>
              <QrSvg text={CONSOLE_QR_PREFIX + shown.code} size={220} />
              <div className="ll-signin__code" data-code={shown.code}>
                二维码 2 分钟内有效，仅可使用一次
              </div>
            </>
          )}
          {(shown.kind === 'expired' || shown.kind === 'error') && (
            <div className="ll-signin__expired">
              <p>{shown.kind === 'expired' ? '二维码已失效' : shown.message}</p>
              <Button onClick={() => setRound((r) => r + 1)}>刷新二维码</Button>
            </div>
          )}
        </div>
      </Card>
    </div>
  )
}
