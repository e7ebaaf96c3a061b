import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { IncidentCard } from '../../components/repair/incident-card'
import { incidentService } from '../../services/incident.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'

/** 公共故障: an outage's progress for the residents it affects, and 「我也遇到了」. */
export default function IncidentPage() {
  const id = useRouter().params.id ?? ''
  const incident = useRemote(() => incidentService.get(id))
  usePageRefresh(incident.reload)
  const action = useAction()
  const data = incident.data
  return (
    <ElderView>
      <ListState
        loading={incident.loading}
        error={incident.error}
        count={data ? 1 : null}
        emptyText=""
        onRetry={() => void incident.reload()}
      >
        {data && (
          <View>
            <IncidentCard incident={data} />
            {data.status === 'open' && (
              <View className="ll-actions">
                <Button
                  className="ll-incident__join"
                  type="primary"
                  block
                  disabled={action.busy}
                  onClick={async () => {
                    const joined = await action.run(() => incidentService.join(data.id), '已记录，无需重复报修')
                    if (joined) incident.replace(joined)
                  }}
                >
                  我也遇到了
                </Button>
              </View>
            )}
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
