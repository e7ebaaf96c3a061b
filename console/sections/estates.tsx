import { useState } from 'react'
import { Button, Card, Dialog, Form, Input, MessagePlugin, Table, type PrimaryTableCol } from 'tdesign-react'
import type { EstateFigures } from '@core/estate/company.schemas'
import type { KpiRange } from '@core/estate/service-kpi'
import { estateComparisonReply } from '@core/estate/company.replies'
import { estateListingReply } from '@core/estate/estate.replies'
import { call, messageOf } from '../api'
import { Chart } from '../chart'
import { minutes, percent, RangePicker } from '../figures'
import { tableState, useLoad } from '../live'

const satisfaction = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} 分`)

const COLUMNS: PrimaryTableCol<EstateFigures>[] = [
  { colKey: 'name', title: '小区', cell: ({ row }) => `${row.city} · ${row.name}` },
  { colKey: 'orders', title: '报修', cell: ({ row }) => `${row.orders} 单` },
  { colKey: 'responseMinutes', title: '平均响应', cell: ({ row }) => minutes(row.responseMinutes) },
  { colKey: 'resolutionMinutes', title: '平均完工', cell: ({ row }) => minutes(row.resolutionMinutes) },
  { colKey: 'onTimeRate', title: '按时率', cell: ({ row }) => percent(row.onTimeRate) },
  { colKey: 'satisfaction', title: '满意度', cell: ({ row }) => satisfaction(row.satisfaction) },
  { colKey: 'collectionRate', title: '本月收缴率', cell: ({ row }) => percent(row.collectionRate) },
  { colKey: 'repeatRate', title: '返修率', cell: ({ row }) => percent(row.repeatRate) },
]

/**
 * 各小区对比 (head office): each estate's service and collection figures side by side, from the
 * `compareEstates` aggregates; no resident or worker appears. New estates are opened here too.
 */
export function Estates() {
  const [range, setRange] = useState<KpiRange>('30d')
  const [creating, setCreating] = useState(false)
  const figures = useLoad(() => call('admin', 'compareEstates', estateComparisonReply, { range }), [range])
  const rows = figures.data?.items ?? []
  return (
    <div className="ll-estates">
      <div className="ll-toolbar">
        <RangePicker value={range} onChange={setRange} />
        <Button className="ll-estates__new" onClick={() => setCreating(true)}>
          新建小区
        </Button>
      </div>
      <Table rowKey="id" data={rows} columns={COLUMNS} {...tableState(figures, '还没有小区')} />
      {rows.length > 0 && (
        <Card title="平均响应与按时率" bordered className="ll-dashboard__charts">
          <Chart
            height={280}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: { type: 'category', data: rows.map((r) => r.name) },
              yAxis: [
                { type: 'value', name: '分钟' },
                { type: 'value', name: '%', max: 100 },
              ],
              series: [
                { type: 'bar', name: '平均响应（分钟）', data: rows.map((r) => r.responseMinutes) },
                {
                  type: 'bar',
                  name: '按时率（%）',
                  yAxisIndex: 1,
                  data: rows.map((r) => (r.onTimeRate === null ? null : Math.round(r.onTimeRate * 100))),
                },
              ],
            }}
          />
        </Card>
      )}
      <NewEstate
        visible={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false)
          figures.reload()
        }}
      />
    </div>
  )
}

interface EstateDraft {
  id: string
  name: string
  city: string
  opensAt: string
  closesAt: string
}

const EMPTY: EstateDraft = { id: '', name: '', city: '', opensAt: '08:00', closesAt: '20:00' }

/** 新建小区: its short id (part of every stored key), name, city and service hours. */
function NewEstate({ visible, onClose, onCreated }: { visible: boolean; onClose: () => void; onCreated: () => void }) {
  const [draft, setDraft] = useState<EstateDraft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [busy, setBusy] = useState(false)
  const field = (key: keyof EstateDraft) => ({
    value: draft[key],
    onChange: (value: string) => setDraft((d) => ({ ...d, [key]: value })),
    status: errors[key] ? ('error' as const) : undefined,
    tips: errors[key]?.[0],
  })

  async function save() {
    setBusy(true)
    const reply = await call('admin', 'createEstate', estateListingReply, { ...draft })
    setBusy(false)
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {})
      if (!reply.error.fieldErrors) void MessagePlugin.error(messageOf(reply.error))
      return
    }
    void MessagePlugin.success(`已新建${draft.name}`)
    setDraft(EMPTY)
    setErrors({})
    onCreated()
  }

  return (
    <Dialog
      header="新建小区"
      visible={visible}
      confirmBtn={{ content: '新建', loading: busy }}
      onConfirm={() => void save()}
      onClose={onClose}
      className="ll-estates__dialog"
    >
      <Form labelWidth={96}>
        <Form.FormItem label="小区编号" help="小写字母、数字和短横线，如 lakeside">
          <Input className="ll-estates__id" {...field('id')} />
        </Form.FormItem>
        <Form.FormItem label="小区名称">
          <Input className="ll-estates__name" {...field('name')} />
        </Form.FormItem>
        <Form.FormItem label="城市">
          <Input className="ll-estates__city" {...field('city')} />
        </Form.FormItem>
        <Form.FormItem label="服务开始">
          <Input {...field('opensAt')} />
        </Form.FormItem>
        <Form.FormItem label="服务结束">
          <Input {...field('closesAt')} />
        </Form.FormItem>
      </Form>
    </Dialog>
  )
}
