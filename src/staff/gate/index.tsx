import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { GateResult } from '@core/visitor/visitor-pass'
import { gateCodeSchema } from '@core/visitor/visitor.schemas'
import { ElderView } from '../../components/common/elder-view'
import { SectionNav, type Section } from '../../components/common/section-nav'
import { REFUSAL_LABEL } from '../../components/visitor/labels'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import { PassFacts } from '../../components/visitor/pass-facts'
import { friendlyMessage } from '../../services/errors'
import type { Reply } from '../../services/reply'
import { ROUTES } from '../../services/routes'
import { validate } from '../../services/validate'
import { visitorService } from '../../services/visitor.service'
import { scanner } from './scanner'
import '../../components/common/common.scss'
import '../../components/visitor/visitor.scss'

const GATE_SECTIONS: readonly Section[] = [
  { label: '门岗核验', url: ROUTES.staffGate },
  { label: '我的', url: ROUTES.mine, tab: true },
]

const verdictOf = (result: GateResult): string =>
  result.outcome === 'refused' ? REFUSAL_LABEL[result.reason] : result.outcome === 'valid' ? '可以通行' : '已放行'

/** The gate's failures in words a guard acts on. */
const GATE_OVERRIDES = {
  RATE_LIMITED: '无效核验次数过多，请 10 分钟后再试',
  CONFLICT: '其他岗亭正在核验此证，请重试',
} as const

/** 门岗核验: scan (WeChat) or type the code, see who it is, let them in once. */
export default function GatePage() {
  const [typed, setTyped] = useState('')
  const [checked, setChecked] = useState<{ code: string; result: GateResult } | null>(null)
  const [busy, setBusy] = useState(false)

  async function run(code: string, call: (code: string) => Promise<Reply<GateResult>>) {
    const input = validate(gateCodeSchema, { code })
    if (!input.ok) return void Taro.showToast({ title: friendlyMessage(input.error), icon: 'none' })
    setBusy(true)
    const reply = await call(input.data.code)
    setBusy(false)
    if (!reply.ok)
      return void Taro.showToast({ title: friendlyMessage(reply.error, GATE_OVERRIDES), icon: 'none', duration: 2500 })
    setChecked({ code: input.data.code, result: reply.data })
    if (reply.data.outcome === 'admitted') void Taro.showToast({ title: '已放行', icon: 'success' })
  }

  async function scan() {
    const code = await scanner.scan()
    if (code) await run(code, visitorService.verify)
  }

  function next() {
    setChecked(null)
    setTyped('')
  }

  const result = checked?.result
  return (
    <ElderView className="ll-gate">
      <SectionNav sections={GATE_SECTIONS} current={ROUTES.staffGate} />
      <PrivacyDialog />
      {scanner.available && (
        <View className="ll-actions">
          <Button
            className="ll-gate__scan"
            type="primary"
            size="large"
            block
            disabled={busy}
            onClick={() => void scan()}
          >
            扫码核验
          </Button>
        </View>
      )}
      <View className="ll-card">
        <View className="ll-card__title">输入通行码</View>
        <View className="ll-gate__entry">
          <Input className="ll-gate__input" value={typed} onChange={setTyped} placeholder="8 位通行码" maxLength={12} />
          <Button
            className="ll-gate__verify"
            type="primary"
            disabled={busy}
            onClick={() => void run(typed, visitorService.verify)}
          >
            核验
          </Button>
        </View>
      </View>
      {result && (
        <View className="ll-card ll-gate__result">
          <View className={`ll-gate__verdict ll-gate__verdict--${result.outcome === 'refused' ? 'refused' : 'ok'}`}>
            {verdictOf(result)}
          </View>
          {result.pass && (
            <>
              <View className="ll-ticket__name">{result.pass.visitorName}</View>
              <PassFacts pass={result.pass} />
            </>
          )}
          <View className="ll-actions">
            {result.outcome === 'valid' ? (
              <Button
                className="ll-gate__admit"
                type="primary"
                block
                disabled={busy}
                onClick={() => void run(checked.code, visitorService.admit)}
              >
                确认放行
              </Button>
            ) : (
              <Button className="ll-gate__next" block onClick={next}>
                核验下一位
              </Button>
            )}
          </View>
        </View>
      )}
    </ElderView>
  )
}
