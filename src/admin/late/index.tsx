import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { ADMIN_SECTIONS, openOrder } from '../admin'
import { LateNote } from '../late-note'

// The board is one bounded read, so it comes as a single page.
const lateBoard = async () => {
  const reply = await repairService.late()
  return reply.ok ? { ok: true as const, data: { items: reply.data.items, nextCursor: null } } : reply
}

/** 超时看板: open jobs overdue (oldest breach first), then those close to a deadline. */
export default function LatePage() {
  return (
    <SectionedOrderList
      sections={ADMIN_SECTIONS}
      current={ROUTES.adminLate}
      fetchPage={lateBoard}
      emptyText="没有超时或临近超时的工单"
      onOpen={openOrder}
      actionFor={(order) => <LateNote order={order} />}
    />
  )
}
