import { View } from '@tarojs/components'
import { STATUS_GROUPS, type StatusGroup } from './status-groups'
import './repair.scss'

/** A row of filter chips over an order list. */
export function StatusFilter({ value, onChange }: { value: StatusGroup; onChange: (group: StatusGroup) => void }) {
  return (
    <View className="ll-status-filter">
      {STATUS_GROUPS.map((g) => (
        <View
          key={g.key}
          className={`ll-status-filter__chip ll-status-filter__chip--${g.key}${g.key === value ? ' ll-status-filter__chip--active' : ''}`}
          onClick={() => onChange(g.key)}
        >
          {g.label}
        </View>
      ))}
    </View>
  )
}
