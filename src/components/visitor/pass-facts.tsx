import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { GatePass } from '@core/visitor/visitor-pass'
import { formatWindow } from './labels'
import './visitor.scss'

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="ll-ticket__line">
      <View className="ll-ticket__label">{label}</View>
      <View className="ll-ticket__value">{children}</View>
    </View>
  )
}

/** Where, when and how often a pass lets its visitor in; the ticket and the gate both show these. */
export function PassFacts({ pass }: { pass: GatePass }) {
  return (
    <View className="ll-pass-facts">
      <Line label="到访房屋">{pass.unitId}</Line>
      <Line label="有效时间">{formatWindow(pass.validFrom, pass.validUntil)}</Line>
      <Line label="剩余次数">{pass.entriesLeft} 次</Line>
      <Line label="手机号">{pass.visitorPhone}</Line>
      {pass.plate && <Line label="车牌号">{pass.plate}</Line>}
    </View>
  )
}
