import { useState } from 'react'
import { Card, Col, Row } from 'tdesign-react'
import type { KpiRange } from '@core/estate/service-kpi'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { formatLocal } from '@core/shared/time'
import { serviceDashboardReply } from '@core/estate/console.replies'
import { call, messageOf } from '../api'
import { Chart } from '../chart'
import { minutes, percent, RangePicker } from '../figures'
import { useLoad } from '../live'

/** 服务看板: response and resolution times, the share within the promise, per category and worker. */
export function Dashboard() {
  const [range, setRange] = useState<KpiRange>('7d')
  const board = useLoad(() => call('admin', 'serviceDashboard', serviceDashboardReply, { range }), [range])
  const data = board.data
  return (
    <div className="ll-dashboard">
      <div className="ll-toolbar">
        <RangePicker value={range} onChange={setRange} />
        {data?.truncated && <span className="ll-toolbar__note">工单较多，统计只含最早的一部分</span>}
      </div>
      {board.error && <p>加载失败：{messageOf(board.error)}</p>}
      {data && (
        <>
          <Row gutter={16}>
            {[
              ['报修', `${data.totals.submitted} 单`],
              ['未完成', `${data.totals.open} 单`],
              ['超时', `${data.totals.late} 单`],
              ['平均响应', minutes(data.totals.response.average)],
              ['平均完工', minutes(data.totals.resolution.average)],
              ['按时完成率', percent(data.totals.withinSla.share)],
            ].map(([title, value]) => (
              <Col span={2} key={title}>
                <Card bordered>
                  <div className="ll-kpi__title">{title}</div>
                  <div className="ll-kpi__value">{value}</div>
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={16} className="ll-dashboard__charts">
            <Col span={6}>
              <Card title="每日平均响应（分钟，服务时间内）" bordered>
                <Chart
                  option={{
                    tooltip: { trigger: 'axis' },
                    xAxis: {
                      type: 'category',
                      data: data.trend.map((p) => formatLocal(`${p.date}T12:00:00+08:00`, 'M/D')),
                    },
                    yAxis: { type: 'value' },
                    series: [{ type: 'line', name: '平均响应', data: data.trend.map((p) => p.averageResponse) }],
                  }}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card title="各类别报修量与超时" bordered>
                <Chart
                  option={{
                    tooltip: { trigger: 'axis' },
                    legend: {},
                    xAxis: { type: 'category', data: data.byCategory.map((c) => CATEGORY_LABEL[c.category]) },
                    yAxis: { type: 'value', minInterval: 1 },
                    series: [
                      { type: 'bar', name: '报修', data: data.byCategory.map((c) => c.submitted) },
                      { type: 'bar', name: '超时', data: data.byCategory.map((c) => c.late) },
                    ],
                  }}
                />
              </Card>
            </Col>
          </Row>
          <Card title="维修人员" bordered className="ll-dashboard__charts">
            <Chart
              height={260}
              option={{
                tooltip: { trigger: 'axis' },
                legend: {},
                xAxis: { type: 'category', data: data.byStaff.map((s) => s.name) },
                yAxis: { type: 'value', minInterval: 1 },
                series: [
                  { type: 'bar', name: '经手工单', data: data.byStaff.map((s) => s.submitted) },
                  { type: 'bar', name: '超时', data: data.byStaff.map((s) => s.late) },
                ],
              }}
            />
          </Card>
        </>
      )}
    </div>
  )
}
