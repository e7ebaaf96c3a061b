import { useState } from 'react'
import { Alert, Button, Card, Input, InputNumber, Table } from 'tdesign-react'
import {
  rehearsalReply,
  type Rehearsal,
  type RehearsalFigures,
  type RehearsalSide,
  type Spread,
} from '@core/estate/rehearsal.replies'
import { call, messageOf } from '../api'
import { Chart } from '../chart'
import { percent } from '../figures'

type Shift = RehearsalSide['shifts'][number]

/** Wall-clock minutes read as hours once they pass two hours: managers think of a day in hours. */
const duration = (m: number | null) =>
  m === null ? '—' : m < 120 ? `${Math.round(m)} 分钟` : `${(m / 60).toFixed(1)} 小时`
const trio = (s: Spread) => `${duration(s.mean)} / ${duration(s.median)} / ${duration(s.p90)}`

const ROWS: [string, (f: RehearsalFigures) => string][] = [
  ['预计报修', (f) => `${f.orders} 单`],
  ['接单用时（平均 / 中位 / 九成以内）', (f) => trio(f.response.wall)],
  ['修好用时（平均 / 中位 / 九成以内）', (f) => trio(f.resolution.wall)],
  ['按时接单', (f) => percent(f.withinPromise.response)],
  ['按时修好', (f) => percent(f.withinPromise.resolution)],
  ['超时工单', (f) => `${f.breaches} 单`],
  ['升级到经理', (f) => `${f.escalations} 单`],
  ['住户打电话催', (f) => `${f.complaints} 次`],
]

const shiftsText = (shifts: Shift[]) => shifts.map((s) => `${s.from}–${s.to}`).join('，')

/** 演练: try a staffing and promises on the estate's own traffic before changing anything. */
export function Rehearsal() {
  const [workers, setWorkers] = useState(4)
  const [shifts, setShifts] = useState<Shift[]>([
    { from: '08:00', to: '17:00' },
    { from: '11:00', to: '20:00' },
  ])
  const [promises, setPromises] = useState({ response: 30, resolution: 720 })
  const [result, setResult] = useState<Rehearsal | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [running, setRunning] = useState(false)

  async function run() {
    setRunning(true)
    const reply = await call('rehearsal', 'rehearse', rehearsalReply, { workers, shifts, promises })
    setRunning(false)
    if (reply.ok) {
      setResult(reply.data)
      setError(null)
    } else setError(messageOf(reply.error))
  }
  const setShift = (i: number, key: keyof Shift, value: string) =>
    setShifts(shifts.map((s, j) => (j === i ? { ...s, [key]: value } : s)))

  return (
    <div className="ll-rehearsal">
      <Card bordered title="我的安排">
        <div className="ll-toolbar">
          <label>
            维修工人数{' '}
            <InputNumber
              value={workers}
              min={1}
              max={50}
              onChange={(v) => setWorkers(Number(v))}
              aria-label="维修工人数"
            />
          </label>
          {shifts.map((s, i) => (
            <label key={i} className="ll-rehearsal__shift">
              班次{i + 1}{' '}
              <Input
                value={s.from}
                onChange={(v) => setShift(i, 'from', v)}
                style={{ width: 80 }}
                aria-label={`班次${i + 1}上班`}
              />
              –
              <Input
                value={s.to}
                onChange={(v) => setShift(i, 'to', v)}
                style={{ width: 80 }}
                aria-label={`班次${i + 1}下班`}
              />
            </label>
          ))}
          <label>
            接单时限（分钟）{' '}
            <InputNumber
              value={promises.response}
              min={5}
              onChange={(v) => setPromises({ ...promises, response: Number(v) })}
            />
          </label>
          <label>
            修好时限（分钟）{' '}
            <InputNumber
              value={promises.resolution}
              min={30}
              onChange={(v) => setPromises({ ...promises, resolution: Number(v) })}
            />
          </label>
          <Button loading={running} onClick={() => void run()}>
            开始演练
          </Button>
        </div>
        <p className="ll-toolbar__note">
          时限指普通报修在服务时间内的分钟数；紧急报修的时限不变。演练只做预测，不会改动任何设置。
        </p>
      </Card>
      {error && <Alert theme="error" message={`演练失败：${error}`} />}
      {result && <Outcome result={result} />}
    </div>
  )
}

function Outcome({ result }: { result: Rehearsal }) {
  const { basis, current, proposed } = result
  const source = basis.fromEstate
    ? `按本小区近${basis.historyDays}天的 ${basis.orders} 单报修估算（约每天 ${basis.perDay} 单，按报修的时段、星期、类别和紧急比例）`
    : `近${basis.historyDays}天报修不足${basis.minOrders}单（${basis.orders} 单），按典型小区（${basis.units} 户，约每天 ${basis.perDay} 单）估算`
  const columns = [
    { colKey: 'label', title: '下个月预计' },
    { colKey: 'current', title: `现在：${current.workers} 人（${shiftsText(current.shifts)}）` },
    { colKey: 'proposed', title: `我的安排：${proposed.workers} 人（${shiftsText(proposed.shifts)}）` },
  ]
  const data = ROWS.map(([label, cell]) => ({
    label,
    current: cell(current.figures),
    proposed: cell(proposed.figures),
  }))
  return (
    <Card bordered title="预测结果" className="ll-rehearsal__result">
      <p className="ll-rehearsal__basis">
        {source}。按网格派单、推送提醒和超时升级计算；时间为钟表时间，夜里报修的普通单要等到早上。
      </p>
      <Table rowKey="label" columns={columns} data={data} bordered />
      <Chart
        height={260}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          xAxis: { type: 'category', data: ['平均接单（分钟）', '平均修好（分钟）'] },
          yAxis: { type: 'value' },
          series: [current, proposed].map((side, i) => ({
            type: 'bar',
            name: i === 0 ? '现在' : '我的安排',
            data: [side.figures.response.wall.mean, side.figures.resolution.wall.mean],
          })),
        }}
      />
    </Card>
  )
}
