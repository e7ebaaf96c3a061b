import { useMemo, useState } from 'react'
import { Button, Card, InputNumber, Radio, Select, Space, Table, type PrimaryTableCol } from 'tdesign-react'
import { CATEGORY_LABEL, PRIORITY_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import type { SlaPolicy, SlaWindows as Windows } from '@core/repair/sla'
import { promisedDeadlines } from '@core/repair/sla-preview'
import { CATEGORIES, PRIORITIES, TIMERS, type Category, type Priority } from '@core/repair/work-order'
import { dayjs, ESTATE_UTC_OFFSET_MINUTES, formatLocal } from '@core/shared/time'
import { WEEKDAY } from './service-hours'

/** The coming Friday 19:50 in estate time: the example the preview promises against. */
function sampleReportTime(): string {
  const now = dayjs().utcOffset(ESTATE_UTC_OFFSET_MINUTES)
  const friday = now
    .add((5 - now.day() + 7) % 7, 'day')
    .hour(19)
    .minute(50)
    .second(0)
    .millisecond(0)
  return friday.toISOString()
}

const spoken = (at: string) => {
  const local = dayjs(at).utcOffset(ESTATE_UTC_OFFSET_MINUTES)
  return `${formatLocal(at, 'M月D日')}（${WEEKDAY[local.day()]}）${formatLocal(at, 'HH:mm')}`
}

/**
 * 时限标准: the response, arrival and resolution windows per category and priority, with a preview of
 * when a job reported on Friday at 19:50 is due under the draft (`policy`: the draft as validated).
 */
export function SlaWindows({
  draft,
  policy,
  problem,
  saving,
  onChange,
  onSave,
}: {
  draft: SlaPolicy
  policy: SlaPolicy | null
  problem: string
  saving: boolean
  onChange: (p: SlaPolicy) => void
  onSave: () => void
}) {
  const [previewCategory, setPreviewCategory] = useState<Category>('plumbing')
  const [previewPriority, setPreviewPriority] = useState<Priority>('normal')
  const reportedAt = useMemo(sampleReportTime, [])

  const windowsOf = (category: Category | 'default', priority: Priority): Windows =>
    category === 'default'
      ? draft.defaults[priority]
      : (draft.byCategory[category]?.[priority] ?? draft.defaults[priority])
  function setWindow(category: Category | 'default', priority: Priority, timer: keyof Windows, minutes: number) {
    const windows = { ...windowsOf(category, priority), [timer]: minutes }
    if (category === 'default') return onChange({ ...draft, defaults: { ...draft.defaults, [priority]: windows } })
    onChange({
      ...draft,
      byCategory: { ...draft.byCategory, [category]: { ...draft.byCategory[category], [priority]: windows } },
    })
  }

  const rows: { key: Category | 'default'; label: string }[] = [
    { key: 'default', label: '默认' },
    ...CATEGORIES.map((c) => ({ key: c, label: CATEGORY_LABEL[c] })),
  ]
  const columns: PrimaryTableCol<(typeof rows)[number]>[] = [
    { colKey: 'label', title: '类别', width: 110 },
    ...PRIORITIES.flatMap((p) =>
      TIMERS.map((t) => ({
        colKey: `${p}.${t}`,
        title: `${PRIORITY_LABEL[p]}·${TIMER_LABEL[t]}（分钟）`,
        cell: ({ row }: { row: (typeof rows)[number] }) => (
          <InputNumber
            className={`ll-sla__${row.key}-${p}-${t}`}
            theme="normal"
            min={1}
            value={windowsOf(row.key, p)[t]}
            onChange={(v) => typeof v === 'number' && setWindow(row.key, p, t, v)}
          />
        ),
      })),
    ),
  ]

  const preview = policy ? promisedDeadlines(policy, previewCategory, previewPriority, reportedAt) : null

  return (
    <Card title="时限标准" bordered>
      <div className="ll-preview">
        <Space align="center">
          <span>预览</span>
          <Select
            value={previewCategory}
            onChange={(v) => setPreviewCategory(v as Category)}
            options={CATEGORIES.map((c) => ({ label: CATEGORY_LABEL[c], value: c }))}
            style={{ width: 140 }}
          />
          <Radio.Group
            value={previewPriority}
            onChange={(v) => setPreviewPriority(v as Priority)}
            variant="default-filled"
          >
            {PRIORITIES.map((p) => (
              <Radio.Button key={p} value={p}>
                {PRIORITY_LABEL[p]}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Space>
        <p className="ll-preview__text">
          {preview
            ? `${WEEKDAY[5]} 19:50 报修的${PRIORITY_LABEL[previewPriority]}工单（${CATEGORY_LABEL[previewCategory]}），应在 ${spoken(preview.response)} 前响应，${spoken(preview.arrival)} 前上门，${spoken(preview.resolution)} 前完工`
            : `无法预览：${problem}`}
        </p>
      </div>
      <Table rowKey="key" data={rows} columns={columns} size="small" bordered />
      <Space className="ll-settings__actions">
        <Button loading={saving} onClick={onSave}>
          保存服务时间与时限标准
        </Button>
      </Space>
    </Card>
  )
}
