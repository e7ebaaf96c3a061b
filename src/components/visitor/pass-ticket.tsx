import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { formatShortCode } from '@core/visitor/pass-code'
import type { SharedPass } from '@core/visitor/visitor-pass'
import { PASS_STATE_LABEL, PASS_STATE_TONE } from './labels'
import { PassFacts } from './pass-facts'
import { QrCode } from './qr-code'
import '../common/common.scss'
import './visitor.scss'

/** The pass as shown at the gate: QR code, manual code, who and when. */
export function PassTicket({ pass }: { pass: SharedPass }) {
  // A pass that can no longer open the gate keeps its details but hides the codes.
  const usable = pass.state === 'valid' || pass.state === 'not_yet_valid'
  return (
    <View className="ll-card ll-ticket">
      <View className="ll-ticket__head">
        <View className="ll-ticket__name">{pass.visitorName}</View>
        <Tag type={PASS_STATE_TONE[pass.state]} className="ll-ticket__state">
          {PASS_STATE_LABEL[pass.state]}
        </Tag>
      </View>
      {usable ? (
        <View className="ll-ticket__codes">
          <QrCode text={pass.token} />
          <View className="ll-ticket__hint">到达门岗时出示二维码，或报出通行码</View>
          <View className="ll-ticket__code">{formatShortCode(pass.shortCode)}</View>
        </View>
      ) : (
        <View className="ll-ticket__void">通行证{PASS_STATE_LABEL[pass.state]}，无法通行</View>
      )}
      <PassFacts pass={pass} />
    </View>
  )
}
