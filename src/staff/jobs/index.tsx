import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { openJob, STAFF_SECTIONS } from '../staff'

/** 我的工单: the jobs this worker holds (dispatched ones wait here for 接单), newest first. */
export default function JobsPage() {
  return (
    <SectionedOrderList
      sections={STAFF_SECTIONS}
      current={ROUTES.staffJobs}
      fetchPage={(cursor) => repairService.list({ scope: 'assigned', limit: 20, cursor })}
      emptyText="还没有接到工单"
      onOpen={openJob}
    />
  )
}
