import { useEffect, useMemo, useState } from 'react'
import {
  Button,
  Calendar,
  Card,
  Checkbox,
  Input,
  InputNumber,
  MessagePlugin,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  type PrimaryTableCol,
} from 'tdesign-react'
import { CATEGORY_LABEL, PRIORITY_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import type { SlaPolicy, SlaWindows } from '@core/repair/sla'
import { promisedDeadlines } from '@core/repair/sla-preview'
import { slaPolicySchema } from '@core/repair/sla.schemas'
import { CATEGORIES, PRIORITIES, TIMERS, type Category, type Priority } from '@core/repair/work-order'
import { dayjs, ESTATE_UTC_OFFSET_MINUTES, formatLocal } from '@core/shared/time'
import { call, messageOf } from '../api'
import { useLoad } from '../live'
import { Grids } from './grids'

interface Settings {
  sla: SlaPolicy
  dispatch: Partial<Record<Category, 'pool' | 'grid' | 'manager'>>
}

const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const DISPATCH_LABEL = { pool: '抢单池', grid: '按网格派给负责人', manager: '物业人工派单' } as const

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

/** 服务设置: service hours and the holiday calendar, SLA windows with a live preview, dispatch, grids. */
export function Settings() {
  const loaded = useLoad(() => call<Settings>('admin', 'getSettings'), [])
  const [draft, setDraft] = useState<SlaPolicy | null>(null)
  useEffect(() => setDraft(loaded.data?.sla ?? null), [loaded.data])

  if (loaded.error) return <p>加载失败：{messageOf(loaded.error)}</p>
  if (!draft || !loaded.data) return <p>加载中…</p>
  return (
    <Space direction="vertical" size="large" className="ll-settings">
      <SlaEditor draft={draft} onChange={setDraft} onSaved={loaded.reload} />
      <DispatchModes settings={loaded.data} onSaved={loaded.reload} />
      <Grids />
    </Space>
  )
}

function SlaEditor({
  draft,
  onChange,
  onSaved,
}: {
  draft: SlaPolicy
  onChange: (p: SlaPolicy) => void
  onSaved: () => void
}) {
  const hours = draft.serviceHours
  const setHours = (change: Partial<SlaPolicy['serviceHours']>) =>
    onChange({ ...draft, serviceHours: { ...hours, ...change } })
  const [saving, setSaving] = useState(false)
  const [previewCategory, setPreviewCategory] = useState<Category>('plumbing')
  const [previewPriority, setPreviewPriority] = useState<Priority>('normal')
  const parsed = slaPolicySchema.safeParse(draft)
  const reportedAt = useMemo(sampleReportTime, [])

  async function save() {
    if (!parsed.success) return void MessagePlugin.error(parsed.error.issues[0]?.message ?? '填写的内容有误')
    setSaving(true)
    const reply = await call('admin', 'updateSlaPolicy', { policy: parsed.data })
    setSaving(false)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success('已保存，新提交的工单按新标准计时')
    onSaved()
  }

  /** Clicking a day cycles it: normal, holiday (休), make-up working day (班). */
  function toggleDay(date: Date) {
    const day = dayjs(date).format('YYYY-MM-DD')
    const without = (list: string[]) => list.filter((d) => d !== day)
    if (hours.holidays.includes(day))
      setHours({ holidays: without(hours.holidays), makeUpDays: [...hours.makeUpDays, day].sort() })
    else if (hours.makeUpDays.includes(day)) setHours({ makeUpDays: without(hours.makeUpDays) })
    else setHours({ holidays: [...hours.holidays, day].sort() })
  }

  const windowsOf = (category: Category | 'default', priority: Priority): SlaWindows =>
    category === 'default'
      ? draft.defaults[priority]
      : (draft.byCategory[category]?.[priority] ?? draft.defaults[priority])
  function setWindow(category: Category | 'default', priority: Priority, timer: keyof SlaWindows, minutes: number) {
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

  const preview = parsed.success ? promisedDeadlines(parsed.data, previewCategory, previewPriority, reportedAt) : null

  return (
    <>
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
              : `无法预览：${parsed.error?.issues[0]?.message ?? '填写的内容有误'}`}
          </p>
        </div>
        <Table rowKey="key" data={rows} columns={columns} size="small" bordered />
        <Space className="ll-settings__actions">
          <Button loading={saving} onClick={() => void save()}>
            保存服务时间与时限标准
          </Button>
        </Space>
      </Card>
    </>
  )
}

function DispatchModes({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  async function set(category: Category, mode: string) {
    const reply = await call('admin', 'setDispatch', { category, mode })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success(`${CATEGORY_LABEL[category]}：${DISPATCH_LABEL[mode as keyof typeof DISPATCH_LABEL]}`)
    onSaved()
  }
  return (
    <Card title="派单方式" bordered>
      <div className="ll-dispatch">
        {CATEGORIES.map((c) => (
          <Space key={c} align="center" className="ll-dispatch__row">
            <span className="ll-dispatch__label">{CATEGORY_LABEL[c]}</span>
            <Select
              value={settings.dispatch[c] ?? 'pool'}
              onChange={(v) => void set(c, v as string)}
              options={Object.entries(DISPATCH_LABEL).map(([value, label]) => ({ label, value }))}
              style={{ width: 200 }}
            />
          </Space>
        ))}
      </div>
    </Card>
  )
}
