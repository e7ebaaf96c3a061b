import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro'
import { hurryState } from '@core/repair/hurry'
import { confirmRepairSchema, DESCRIPTION_MAX, reopenRepairSchema } from '@core/repair/repair.schemas'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import { validate } from '../../services/validate'
import { BottomBar } from '../common/bottom-bar'
import type { OrderHandle } from '../hooks/use-order'
import { useNow } from '../hooks/use-now'
import '../common/common.scss'
import './repair.scss'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/**
 * 催一下 on a late job; once hurried, when the next one is allowed (the timeline says it was hurried:
 * 「已催单，」 in front made the label two lines, clipped in a half-width button).
 */
function HurryButton({ order, handle }: { order: WorkOrder; handle: OrderHandle }) {
  const now = useNow()
  const state = hurryState(order, new Date(now).toISOString())
  if (!state.can && state.why === 'not_late') return null
  if (!state.can)
    return (
      <Button className="ll-hurry" disabled>
        {formatLocal(state.nextAt, 'HH:mm')} 后可再催
      </Button>
    )
  return (
    <Button
      className="ll-hurry"
      type="primary"
      disabled={handle.busy}
      onClick={() => void handle.run(() => repairService.hurry(order.id), '已催促处理人')}
    >
      催一下
    </Button>
  )
}

/**
 * What the household can do: withdraw before anyone accepts, hurry a late job, and once done
 * accept and rate, or reopen.
 */
export function ResidentActions({ order, handle }: { order: WorkOrder; handle: OrderHandle }) {
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const [starsMissing, setStarsMissing] = useState(false)

  async function cancel() {
    const { confirm } = await Taro.showModal({
      title: '取消报修',
      content: '确定要取消这条报修吗？',
      confirmText: '取消报修',
      cancelText: '再想想',
    })
    if (confirm) await handle.run(() => repairService.cancel({ id: order.id }), '已取消')
  }

  async function accept() {
    if (stars === 0) return setStarsMissing(true)
    const input = validate(confirmRepairSchema, { id: order.id, rating: stars, comment: comment || undefined })
    if (!input.ok) return toast(friendlyMessage(input.error))
    await handle.run(() => repairService.confirm(input.data), '感谢评价')
  }

  async function reopen() {
    const input = validate(reopenRepairSchema, { id: order.id, reason })
    if (!input.ok) return toast(friendlyMessage(input.error))
    if (await handle.run(() => repairService.reopen(input.data), '已申请返修')) setReopening(false)
  }

  if (order.status !== 'completed') {
    const hurry = <HurryButton order={order} handle={handle} />
    if (order.status !== 'submitted')
      return ['accepted', 'in_progress'].includes(order.status) ? <BottomBar>{hurry}</BottomBar> : null
    return (
      <BottomBar>
        <Button className="ll-cancel" disabled={handle.busy} onClick={() => void cancel()}>
          取消报修
        </Button>
        {hurry}
      </BottomBar>
    )
  }
  // The reason is asked for in place rather than in a dialog: the main package carries no popup library.
  if (reopening) {
    return (
      <View className="ll-card ll-reopen-form">
        <View className="ll-card__title">申请返修</View>
        <TextArea
          className="ll-reopen-form__reason"
          value={reason}
          onChange={setReason}
          placeholder="请说明哪里还没修好"
          maxLength={DESCRIPTION_MAX}
          showCount
        />
        <BottomBar>
          <Button onClick={() => setReopening(false)}>再想想</Button>
          <Button
            className="ll-reopen-form__submit"
            type="primary"
            disabled={handle.busy}
            onClick={() => void reopen()}
          >
            提交返修
          </Button>
        </BottomBar>
      </View>
    )
  }
  return (
    <View className="ll-card ll-confirm">
      <View className="ll-card__title">验收评价</View>
      <View className="ll-confirm__ask">师傅的服务怎么样？点星星打分</View>
      <Rate
        className="ll-confirm__rate"
        value={stars}
        onChange={(value) => {
          setStars(value)
          setStarsMissing(false)
        }}
      />
      {starsMissing && <View className="ll-error-text ll-confirm__error">请先为本次服务评分</View>}
      <TextArea
        className="ll-confirm__comment"
        value={comment}
        onChange={setComment}
        placeholder="说说这次维修（可选）"
        maxLength={DESCRIPTION_MAX}
        showCount
      />
      <BottomBar>
        <Button className="ll-reopen" disabled={handle.busy} onClick={() => setReopening(true)}>
          申请返修
        </Button>
        <Button className="ll-confirm__submit" type="primary" disabled={handle.busy} onClick={() => void accept()}>
          确认完成
        </Button>
      </BottomBar>
    </View>
  )
}
