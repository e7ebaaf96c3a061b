import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Incident } from '@core/incident/incident'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { ReasonDialog } from '../../components/common/reason-dialog'
import { SectionNav } from '../../components/common/section-nav'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { IncidentCard } from '../../components/repair/incident-card'
import type { Reply } from '../../services/reply'
import { incidentService } from '../../services/incident.service'
import { VENDOR_ROUTES } from '../../services/vendor.routes'
import { VENDOR_SECTIONS } from '../vendor-sections'
import '../../components/common/common.scss'

type Asking = { incident: Incident; step: 'update' | 'resolve' } | null

/** 公共故障: confirm a suspected outage (every household of the building is told once), post progress, resolve it. */
export default function IncidentsPage() {
  const list = useRemote(() => incidentService.list('live'))
  usePageRefresh(list.reload)
  const action = useAction()
  const [asking, setAsking] = useState<Asking>(null)

  async function act<T>(call: () => Promise<Reply<T>>, done: string) {
    if (await action.run(call, done)) await list.reload()
  }

  function answer(text: string) {
    if (!asking) return
    const { incident, step } = asking
    setAsking(null)
    if (step === 'update') void act(() => incidentService.update({ id: incident.id, text }), '已发布进展')
    else void act(() => incidentService.resolve(incident.id, text), '已修复，相关工单已关闭')
  }

  return (
    <View>
      <SectionNav sections={VENDOR_SECTIONS} current={VENDOR_ROUTES.incidents} />
      <ListState
        loading={list.loading}
        error={list.error}
        count={list.data?.items.length ?? null}
        emptyText="没有正在处理的公共故障"
        onRetry={() => void list.reload()}
      >
        {list.data?.items.map((incident) => (
          <View key={incident.id}>
            <IncidentCard incident={incident} />
            <View className="ll-actions">
              {incident.status === 'proposed' ? (
                <>
                  <Button size="small" onClick={() => void act(() => incidentService.dismiss(incident.id), '已忽略')}>
                    不是公共故障
                  </Button>
                  <Button
                    className="ll-incident__open"
                    type="primary"
                    size="small"
                    onClick={() => void act(() => incidentService.open({ id: incident.id }), '已通知受影响住户')}
                  >
                    确认并通知住户
                  </Button>
                </>
              ) : (
                <>
                  <Button size="small" onClick={() => setAsking({ incident, step: 'update' })}>
                    发布进展
                  </Button>
                  <Button type="primary" size="small" onClick={() => setAsking({ incident, step: 'resolve' })}>
                    已修复
                  </Button>
                </>
              )}
            </View>
          </View>
        ))}
      </ListState>
      <ReasonDialog
        visible={asking !== null}
        title={asking?.step === 'resolve' ? '处理结果' : '最新进展'}
        placeholder={asking?.step === 'resolve' ? '例如：主管道阀门已更换，已恢复供水' : '例如：抢修队已到场'}
        confirmText={asking?.step === 'resolve' ? '确认修复' : '发布'}
        onConfirm={answer}
        onClose={() => setAsking(null)}
      />
    </View>
  )
}
