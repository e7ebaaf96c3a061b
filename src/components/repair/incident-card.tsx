import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { Incident } from '@core/incident/incident'
import { INCIDENT_STATUS_LABEL } from '@core/incident/incident.labels'
import { formatLocal } from '@core/shared/time'

/** An outage as everyone reads it: what, since when, when it should be fixed, and what has happened. */
export function IncidentCard({ incident }: { incident: Incident }) {
  return (
    <View className="ll-card ll-incident">
      <View className="ll-card__title">
        {incident.title}{' '}
        <Tag type={incident.status === 'resolved' ? 'success' : 'warning'}>
          {INCIDENT_STATUS_LABEL[incident.status]}
        </Tag>
      </View>
      <View className="ll-row__meta">
        {incident.orderIds.length + incident.affected.length} 户反映 · 发现于{' '}
        {formatLocal(incident.createdAt, 'MM-DD HH:mm')}
      </View>
      {incident.eta && incident.status === 'open' && (
        <View className="ll-hint ll-incident__eta">预计 {formatLocal(incident.eta, 'MM-DD HH:mm')} 前修复</View>
      )}
      {incident.updates.map((u) => (
        <View key={u.at} className="ll-row__meta ll-incident__update">
          {formatLocal(u.at, 'MM-DD HH:mm')} {u.text}
        </View>
      ))}
      {incident.resolution && <View className="ll-hint">处理结果：{incident.resolution}</View>}
    </View>
  )
}
