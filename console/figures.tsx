import { Radio } from 'tdesign-react'
import type { KpiRange } from '@core/estate/service-kpi'

const RANGE_LABEL: Record<KpiRange, string> = { today: '今天', '7d': '近 7 天', '30d': '近 30 天' }

export const minutes = (value: number | null) => (value === null ? '—' : `${value} 分钟`)
export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`)

/** 今天 / 近 7 天 / 近 30 天: the windows every figure screen offers. */
export function RangePicker({ value, onChange }: { value: KpiRange; onChange: (range: KpiRange) => void }) {
  return (
    <Radio.Group value={value} onChange={(v) => onChange(v as KpiRange)} variant="default-filled">
      {(Object.keys(RANGE_LABEL) as KpiRange[]).map((r) => (
        <Radio.Button key={r} value={r}>
          {RANGE_LABEL[r]}
        </Radio.Button>
      ))}
    </Radio.Group>
  )
}
