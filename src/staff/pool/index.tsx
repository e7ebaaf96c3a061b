import { Button } from '@nutui/nutui-react-taro'
import { useConsent } from '../../components/hooks/use-consent'
import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { byUrgencyThenDeadline } from '../../components/repair/sla'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { grab, openJob, STAFF_SECTIONS } from '../staff'

/** 抢单池: jobs nobody has taken, urgent first, then by response deadline. */
export default function PoolPage() {
  const askConsent = useConsent('grabJob')
  return (
    <SectionedOrderList
      sections={STAFF_SECTIONS}
      current={ROUTES.staffPool}
      fetchPage={(cursor) => repairService.list({ scope: 'pool', limit: 20, cursor })}
      emptyText="暂时没有待接的工单"
      sort={byUrgencyThenDeadline}
      onOpen={openJob}
      actionFor={(order, reload) => (
        <Button
          className="ll-grab"
          type="primary"
          size="small"
          onClick={() => void grab(order, askConsent).then((won) => void (won || reload()))}
        >
          抢单
        </Button>
      )}
    />
  )
}
