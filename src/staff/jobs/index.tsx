import { useState } from 'react'
import { Choice } from '../../components/estate/choice'
import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { JOB_TAB_LABELS, JOB_TAB_SORT, JOB_TAB_STATUSES, JOB_TABS, type JobTab } from '../job-tabs'
import { openJob, STAFF_SECTIONS } from '../staff'

/**
 * 我的工单: the jobs this worker holds, 进行中 (dispatched ones wait here for 接单) by the nearest
 * deadline, 已完成 newest first.
 */
export default function JobsPage() {
  const [tab, setTab] = useState<JobTab>('open')
  return (
    <SectionedOrderList
      sections={STAFF_SECTIONS}
      current={ROUTES.staffJobs}
      header={
        <Choice options={JOB_TABS} labels={JOB_TAB_LABELS} value={tab} onChange={setTab} className="ll-jobs-tab" />
      }
      filterKey={tab}
      // A worker holds a handful of open jobs: one full page lets the deadline order span them all.
      fetchPage={(cursor) =>
        repairService.list({
          scope: 'assigned',
          limit: tab === 'open' ? 50 : 20,
          cursor,
          statuses: [...JOB_TAB_STATUSES[tab]],
        })
      }
      sort={JOB_TAB_SORT[tab]}
      emptyText={tab === 'open' ? '手上没有进行中的工单' : '还没有完成的工单'}
      onOpen={openJob}
    />
  )
}
