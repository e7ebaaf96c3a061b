import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Incident } from '@core/incident/incident'
import { formatLocal } from '@core/shared/time'
import { useAction } from '../billing/use-action'
import { useRemote } from '../hooks/use-remote'
import { withId } from '../../services/routes'
import { incidentService } from '../../services/incident.service'
import { VENDOR_ROUTES } from '../../services/vendor.routes'

/**
 * Outages already being handled where the resident lives: 「我也遇到了」 counts them in without a
 * new order. Shows nothing when there are none (or they cannot be read): the form still works.
 */
export function OpenIncidents() {
  const open = useRemote(() => incidentService.list('mine'))
  const action = useAction()
  const { reload } = open
  useEffect(() => {
    void reload()
  }, [reload])
  const items: Incident[] = open.data?.items ?? []
  if (items.length === 0) return null
  return (
    <View className="ll-card ll-open-incidents">
      <View className="ll-card__title">正在处理的公共故障</View>
      {items.map((incident) => (
        <View key={incident.id} className="ll-row ll-open-incident">
          <View
            className="ll-row__main"
            onClick={() => void Taro.navigateTo({ url: withId(VENDOR_ROUTES.incident, incident.id) })}
          >
            <View className="ll-row__title">{incident.title}</View>
            <View className="ll-row__meta">
              {incident.eta ? `预计 ${formatLocal(incident.eta, 'MM-DD HH:mm')} 前修复` : '物业正在处理'} · 查看进展 ›
            </View>
          </View>
          <Button
            className="ll-open-incident__join"
            size="small"
            disabled={action.busy}
            onClick={() => void action.run(() => incidentService.join(incident.id), '已记录，无需重复报修')}
          >
            我也遇到了
          </Button>
        </View>
      ))}
    </View>
  )
}
