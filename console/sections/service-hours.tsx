import { Calendar, Card, Checkbox, Input, Space, Tag } from 'tdesign-react'
import type { SlaPolicy } from '@core/repair/sla'
import { dayjs } from '@core/shared/time'

export const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

type Hours = SlaPolicy['serviceHours']

/** 服务时间与节假日: the hours normal jobs are timed in, the service days, and a calendar of holidays and make-up days. */
export function ServiceHours({
  hours,
  onChange: setHours,
}: {
  hours: Hours
  onChange: (change: Partial<Hours>) => void
}) {
  /** Clicking a day cycles it: normal, holiday (休), make-up working day (班). */
  function toggleDay(date: Date) {
    const day = dayjs(date).format('YYYY-MM-DD')
    const without = (list: string[]) => list.filter((d) => d !== day)
    if (hours.holidays.includes(day))
      setHours({ holidays: without(hours.holidays), makeUpDays: [...hours.makeUpDays, day].sort() })
    else if (hours.makeUpDays.includes(day)) setHours({ makeUpDays: without(hours.makeUpDays) })
    else setHours({ holidays: [...hours.holidays, day].sort() })
  }

  return (
    <Card title="服务时间与节假日" bordered>
      <Space direction="vertical">
        <Space align="center">
          <span>普通工单计时时段</span>
          <Input
            className="ll-hours__opens"
            value={hours.opensAt}
            onChange={(v) => setHours({ opensAt: String(v) })}
            style={{ width: 90 }}
          />
          <span>至</span>
          <Input
            className="ll-hours__closes"
            value={hours.closesAt}
            onChange={(v) => setHours({ closesAt: String(v) })}
            style={{ width: 90 }}
          />
          <span className="ll-toolbar__note">紧急工单全天计时</span>
        </Space>
        <Space align="center">
          <span>服务日</span>
          <Checkbox.Group
            value={hours.weekdays}
            onChange={(v) => setHours({ weekdays: (v as number[]).slice().sort() })}
            options={[1, 2, 3, 4, 5, 6, 0].map((d) => ({ label: WEEKDAY[d]!, value: d }))}
          />
        </Space>
        <div className="ll-toolbar__note">
          点击日期切换：节假日（休，不计时）→ 调休工作日（班，照常计时）→ 恢复。 节假日 {hours.holidays.length}{' '}
          天，调休工作日 {hours.makeUpDays.length} 天。
        </div>
        <Calendar
          className="ll-calendar"
          theme="card"
          onCellClick={({ cell }) => cell.date && toggleDay(cell.date)}
          cellAppend={(cell) => {
            const day = dayjs(cell.date).format('YYYY-MM-DD')
            if (hours.holidays.includes(day)) return <Tag theme="danger">休</Tag>
            if (hours.makeUpDays.includes(day)) return <Tag theme="primary">班</Tag>
            return null
          }}
        />
      </Space>
    </Card>
  )
}
