import { useState } from 'react'
import { Button, Card, DatePicker, Dialog, Input, MessagePlugin, Space, Table, Tabs, Tag } from 'tdesign-react'
import { FEE_KIND_LABEL, ORDER_STATUS_LABEL, rateText } from '@core/billing/billing.labels'
import type { OrderView } from '@core/billing/billing.views'
import { formatYuan } from '@core/shared/money'
import { dayjs } from '@core/shared/time'
import {
  arrearsReply,
  billRunReply,
  collectionReportReply,
  feeItemListReply,
  orderViewListReply,
  paymentOrderReply,
  reminderReply,
} from '@core/billing/billing.replies'
import { call, messageOf } from '../api'
import { tableState, useLoad } from '../live'
import { shortTime } from '../orders-view'

const yuan = (fen: number) => `${formatYuan(fen)} 元`
const percentOfBp = (bp: number) => `${(bp / 100).toFixed(2)}%`

/** 收费: collection by period, raising a period's bills, arrears, fee items, payments and refunds. */
export function Billing() {
  return (
    <Tabs defaultValue="collection">
      <Tabs.TabPanel value="collection" label="收缴率">
        <Collection />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="arrears" label="欠费">
        <Arrears />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="items" label="收费项目">
        <Items />
      </Tabs.TabPanel>
      <Tabs.TabPanel value="orders" label="缴费与退款">
        <Payments />
      </Tabs.TabPanel>
    </Tabs>
  )
}

function Collection() {
  const [period, setPeriod] = useState(dayjs().format('YYYY-MM'))
  const report = useLoad(() => call('billing', 'collection', collectionReportReply, { period }), [period])
  const [running, setRunning] = useState(false)

  async function run() {
    setRunning(true)
    const reply = await call('billing', 'run', billRunReply, { period })
    setRunning(false)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success(`新出账 ${reply.data.created} 笔，共 ${yuan(reply.data.createdAmount)}`)
    report.reload()
  }

  const rows = report.data ? [...report.data.rows, report.data.total] : []
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space className="ll-toolbar" align="center">
        <DatePicker mode="month" value={period} onChange={(v) => v && setPeriod(String(v))} clearable={false} />
        <Button loading={running} onClick={() => void run()}>
          出账（生成本期账单）
        </Button>
      </Space>
      <Table
        rowKey="building"
        data={rows}
        {...tableState(report, '本期还没有账单')}
        columns={[
          {
            colKey: 'building',
            title: '楼栋',
            cell: ({ row }) => (row.building === 'all' ? '全小区' : `${row.building}号楼`),
          },
          { colKey: 'bills', title: '账单数' },
          { colKey: 'paidBills', title: '已缴' },
          { colKey: 'billed', title: '应收', cell: ({ row }) => yuan(row.billed) },
          { colKey: 'collected', title: '实收', cell: ({ row }) => yuan(row.collected) },
          { colKey: 'rateBp', title: '收缴率', cell: ({ row }) => percentOfBp(row.rateBp) },
        ]}
      />
    </Space>
  )
}

function Arrears() {
  const list = useLoad(() => call('billing', 'arrears', arrearsReply), [])
  async function remind() {
    const reply = await call('billing', 'remind', reminderReply)
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success(`已提醒 ${reply.data.units} 户`)
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space className="ll-toolbar" align="center">
        {list.data && (
          <span>
            欠费 {list.data.units} 户，共 {yuan(list.data.total)}
          </span>
        )}
        <Button variant="outline" onClick={() => void remind()}>
          发送缴费提醒
        </Button>
      </Space>
      <Table
        rowKey="id"
        data={list.data?.items ?? []}
        {...tableState(list, '没有欠费')}
        columns={[
          { colKey: 'unitId', title: '房屋' },
          { colKey: 'itemName', title: '项目' },
          { colKey: 'period', title: '账期' },
          { colKey: 'amount', title: '金额', cell: ({ row }) => yuan(row.amount) },
          { colKey: 'dueDate', title: '缴费截止' },
          { colKey: 'daysOverdue', title: '逾期', cell: ({ row }) => `${row.daysOverdue} 天` },
        ]}
        pagination={{ defaultPageSize: 20, showPageSize: false }}
      />
    </Space>
  )
}

function Items() {
  const items = useLoad(() => call('billing', 'items', feeItemListReply), [])
  return (
    <Table
      rowKey="id"
      data={items.data?.items ?? []}
      {...tableState(items, '还没有收费项目')}
      columns={[
        { colKey: 'name', title: '项目' },
        { colKey: 'kind', title: '计费方式', cell: ({ row }) => FEE_KIND_LABEL[row.kind] },
        { colKey: 'rate', title: '单价', cell: ({ row }) => rateText(row) },
        {
          colKey: 'unitIds',
          title: '范围',
          cell: ({ row }) => (row.unitIds ? `${row.unitIds.length} 户` : '全部房屋'),
        },
        { colKey: 'active', title: '状态', cell: ({ row }) => (row.active ? <Tag theme="success">在用</Tag> : '停用') },
      ]}
    />
  )
}

function Payments() {
  const orders = useLoad(() => call('billing', 'orders', orderViewListReply), [])
  const [refunding, setRefunding] = useState<OrderView | null>(null)
  const [reason, setReason] = useState('')
  async function refund() {
    const reply = await call('billing', 'refund', paymentOrderReply, { orderId: refunding!.id, reason })
    if (!reply.ok) return void MessagePlugin.error(messageOf(reply.error))
    void MessagePlugin.success('已提交退款')
    setRefunding(null)
    setReason('')
    orders.reload()
  }
  return (
    <Card bordered={false}>
      <Table
        rowKey="id"
        data={orders.data?.items ?? []}
        {...tableState(orders, '还没有缴费记录')}
        columns={[
          { colKey: 'createdAt', title: '时间', cell: ({ row }) => shortTime(row.createdAt) },
          { colKey: 'unitId', title: '房屋' },
          { colKey: 'amount', title: '金额', cell: ({ row }) => yuan(row.amount) },
          { colKey: 'displayStatus', title: '状态', cell: ({ row }) => ORDER_STATUS_LABEL[row.displayStatus] },
          {
            colKey: 'op',
            title: '操作',
            cell: ({ row }) =>
              row.status === 'paid' && (
                <Button variant="text" theme="danger" onClick={() => setRefunding(row)}>
                  退款
                </Button>
              ),
          },
        ]}
        pagination={{ defaultPageSize: 20, showPageSize: false }}
      />
      <Dialog
        visible={refunding !== null}
        header={refunding ? `退款 ${yuan(refunding.amount)}（${refunding.unitId}）` : ''}
        onConfirm={() => void refund()}
        onClose={() => setRefunding(null)}
        onCancel={() => setRefunding(null)}
      >
        <Input placeholder="退款原因" value={reason} onChange={(v) => setReason(String(v))} />
      </Dialog>
    </Card>
  )
}
