import { View } from '@tarojs/components'
import './kpi.scss'

export interface KpiColumn<T> {
  title: string
  cell: (row: T) => string
}

/** A small right-aligned figures table; the first column names the row. */
export function KpiTable<T>({
  columns,
  rows,
  rowKey,
}: {
  columns: readonly KpiColumn<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
}) {
  return (
    <View className="ll-kpi-table">
      <View className="ll-kpi-table__row ll-kpi-table__row--head">
        {columns.map((c) => (
          <View key={c.title} className="ll-kpi-table__cell">
            {c.title}
          </View>
        ))}
      </View>
      {rows.map((row) => (
        <View key={rowKey(row)} className="ll-kpi-table__row">
          {columns.map((c) => (
            <View key={c.title} className="ll-kpi-table__cell">
              {c.cell(row)}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
