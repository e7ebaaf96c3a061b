import { useEffect } from 'react'
import { View } from '@tarojs/components'
import type { OrderContact } from '@core/repair/order-contact'
import type { WorkOrder } from '@core/repair/work-order'
import { maskPhone } from '@core/visitor/pass-views'
import { callPhone } from '../../services/privacy/personal-info'
import { repairService } from '../../services/repair.service'
import { PrivacyDialog } from '../privacy/privacy-dialog'
import { useRemote } from '../hooks/use-remote'
import './repair.scss'

const TITLE: Record<OrderContact['kind'], string> = { worker: '联系师傅', resident: '联系住户', desk: '联系物业' }

/** Who to call about this order, the number masked until the tap dials it. */
export function ContactBar({ order }: { order: WorkOrder }) {
  const contact = useRemote(() => repairService.contact(order.id))
  const { reload } = contact
  // Fetched again when the holder changes (a grab, a handover).
  useEffect(() => {
    void reload()
  }, [reload, order.id, order.assigneeOpenid])
  const found = contact.data
  if (!found || !found.phone) return null
  return (
    <>
      <View className={`ll-contact ll-contact--${found.kind}`} onClick={() => void callPhone(found.phone!)}>
        <View className="ll-contact__main">
          <View className="ll-contact__title">{TITLE[found.kind]}</View>
          <View className="ll-contact__who">
            {found.name} {maskPhone(found.phone)}
          </View>
        </View>
        <View className="ll-contact__call">拨打</View>
      </View>
      <PrivacyDialog />
    </>
  )
}
