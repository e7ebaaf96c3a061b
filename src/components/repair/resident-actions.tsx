import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro'
import { confirmRepairSchema, DESCRIPTION_MAX, reopenRepairSchema } from '@core/repair/repair.schemas'
import type { WorkOrder } from '@core/repair/work-order'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import { validate } from '../../services/validate'
import type { OrderHandle } from '../hooks/use-order'
import '../common/common.scss'
import './repair.scss'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** What the household can do: withdraw before anyone accepts; accept and rate, or reopen, once done. */
export function ResidentActions({ order, handle }: { order: WorkOrder; handle: OrderHandle }) {
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')

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
    const input = validate(confirmRepairSchema, { id: order.id, rating: stars, comment: comment || undefined })
    if (!input.ok) return toast(friendlyMessage(input.error))
    await handle.run(() => repairService.confirm(input.data), '感谢评价')
  }

  async function reopen() {
    const input = validate(reopenRepairSchema, { id: order.id, reason })
    if (!input.ok) return toast(friendlyMessage(input.error))
    if (await handle.run(() => repairService.reopen(input.data), '已申请返修')) setReopening(false)
  }

  if (order.status === 'submitted') {
    return (
      <View className="ll-actions">
        <Button className="ll-cancel" disabled={handle.busy} onClick={() => void cancel()}>
          取消报修
        </Button>
      </View>
    )
  }
  if (order.status !== 'completed') return null
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
        <View className="ll-actions">
          <Button onClick={() => setReopening(false)}>再想想</Button>
          <Button
            className="ll-reopen-form__submit"
            type="primary"
            disabled={handle.busy}
            onClick={() => void reopen()}
          >
            提交返修
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className="ll-card ll-confirm">
      <View className="ll-card__title">验收评价</View>
      <Rate className="ll-confirm__rate" value={stars} onChange={setStars} />
      <TextArea
        className="ll-confirm__comment"
        value={comment}
        onChange={setComment}
        placeholder="说说这次维修（可选）"
        maxLength={DESCRIPTION_MAX}
        showCount
      />
      <View className="ll-actions">
        <Button className="ll-reopen" disabled={handle.busy} onClick={() => setReopening(true)}>
          申请返修
        </Button>
        <Button className="ll-confirm__submit" type="primary" disabled={handle.busy} onClick={() => void accept()}>
          确认完成
        </Button>
      </View>
    </View>
  )
}
