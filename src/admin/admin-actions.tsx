import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ActionSheet, Button } from '@nutui/nutui-react-taro'
import { OPEN_STATUSES, type WorkOrder } from '@core/repair/work-order'
import type { OrderHandle } from '../components/hooks/use-order'
import { useRemote } from '../components/hooks/use-remote'
import { adminService } from '../services/admin.service'
import { friendlyMessage } from '../services/errors'
import { repairService } from '../services/repair.service'
import '../components/common/common.scss'

/** A manager's moves on an open order: hand it to a maintenance worker, or cancel it. */
export function AdminActions({ order, handle }: { order: WorkOrder; handle: OrderHandle }) {
  const staff = useRemote(() => adminService.listStaff())
  const [picking, setPicking] = useState(false)

  async function openPicker() {
    if (!staff.data) await staff.reload()
    setPicking(true)
  }

  async function cancel() {
    const { confirm } = await Taro.showModal({
      title: '取消工单',
      content: '确定取消这张工单吗？住户会看到取消记录。',
      confirmText: '取消工单',
      cancelText: '再想想',
    })
    if (confirm) await handle.run(() => repairService.cancel({ id: order.id, reason: '物业取消' }), '已取消')
  }

  if (!OPEN_STATUSES.includes(order.status)) return null
  const people = staff.data?.items ?? []
  return (
    <View className="ll-actions">
      <Button className="ll-cancel" disabled={handle.busy} onClick={() => void cancel()}>
        取消工单
      </Button>
      <Button className="ll-assign" type="primary" disabled={handle.busy} onClick={() => void openPicker()}>
        {order.assigneeName ? '改派师傅' : '指派师傅'}
      </Button>
      <ActionSheet
        visible={picking}
        title="指派给"
        description={staff.error ? friendlyMessage(staff.error) : undefined}
        options={people.map((p) => ({ name: p.openid === order.assigneeOpenid ? `${p.name}（当前）` : p.name }))}
        cancelText="取消"
        onCancel={() => setPicking(false)}
        onSelect={(_option, index) => {
          setPicking(false)
          const person = people[index]
          if (person)
            void handle.run(
              () => repairService.assign({ id: order.id, staffOpenid: person.openid }),
              `已派给${person.name}`,
            )
        }}
      />
    </View>
  )
}
