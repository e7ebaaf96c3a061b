import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { HouseholdPass } from '@core/visitor/visitor-pass'
import { formatWindow, PASS_STATE_LABEL, PASS_STATE_TONE } from './labels'
import '../common/common.scss'
import './visitor.scss'

/** One pass in the household's list. */
export function PassCard({ pass, onOpen }: { pass: HouseholdPass; onOpen: (pass: HouseholdPass) => void }) {
  return (
    <View className="ll-card ll-pass-card" data-pass-id={pass.id} onClick={() => onOpen(pass)}>
      <View className="ll-pass-card__head">
        <View className="ll-pass-card__name">{pass.visitorName}</View>
        {pass.plate && <View className="ll-pass-card__plate">{pass.plate}</View>}
        <View className="ll-pass-card__spacer" />
        <Tag type={PASS_STATE_TONE[pass.state]}>{PASS_STATE_LABEL[pass.state]}</Tag>
      </View>
      <View className="ll-pass-card__meta">
        {formatWindow(pass.validFrom, pass.validUntil)} · 已进入 {pass.entries}/{pass.maxEntries} 次
      </View>
    </View>
  )
}
