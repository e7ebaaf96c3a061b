import { useState } from 'react'
import { Button, DateRangePicker, Select, Table, type PrimaryTableCol, type TableSort } from 'tdesign-react'
import { CATEGORY_LABEL, PRIORITY_LABEL, STATUS_LABEL } from '@core/repair/repair.labels'
import { CATEGORIES, STATUSES, type WorkOrder } from '@core/repair/work-order'
import { buildingListReply, orderSearchReply } from '@core/estate/console.replies'
import { staffRefListReply } from '@core/repair/repair.replies'
import { call } from '../api'
import { tableState, useLoad, useOrderStamp } from '../live'
import {
  breachText,
  canDispatch,
  DispatchDialog,
  nextDeadlineText,
  OrderDrawer,
  OrderRowActions,
  shortTime,
  StatusTag,
} from '../orders-view'

interface Filters {
  status?: string
  category?: string
  building?: string
  assignee?: string
  from?: string
  to?: string
}

const PAGE_SIZE = 20
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ label: labels[k], value: k }))

/** 全部工单: filters, sorting, paging, details in a drawer, dispatch one or many. */
export function Orders() {
  const stamp = useOrderStamp()
  const [filters, setFilters] = useState<Filters>({})
  const [sort, setSort] = useState<{ sortBy: 'createdAt' | 'deadline'; descending: boolean }>({
    sortBy: 'createdAt',
    descending: true,
  })
  const [page, setPage] = useState(1)
  const [selected, setSelected] = useState<string[]>([])
  const [open, setOpen] = useState<WorkOrder | null>(null)
  const [dispatching, setDispatching] = useState<WorkOrder[]>([])

  const buildings = useLoad(() => call('admin', 'listBuildings', buildingListReply), [])
  const staff = useLoad(() => call('admin', 'listStaff', staffRefListReply), [])
  const orders = useLoad(
    () =>
      call('admin', 'findOrders', orderSearchReply, {
        ...filters,
        sort: sort.sortBy,
        direction: sort.descending ? 'desc' : 'asc',
        page,
        pageSize: PAGE_SIZE,
      }),
    [filters, sort, page, stamp],
  )
  const rows = orders.data?.items ?? []

  const filter = (change: Filters) => {
    setFilters((f) => ({ ...f, ...change }))
    setPage(1)
  }

  const columns: PrimaryTableCol<WorkOrder>[] = [
    { colKey: 'row-select', type: 'multiple', width: 46, checkProps: ({ row }) => ({ disabled: !canDispatch(row) }) },
    { colKey: 'description', title: '报修内容', ellipsis: true },
    { colKey: 'unitId', title: '房屋', width: 90 },
    { colKey: 'category', title: '类别', width: 100, cell: ({ row }) => CATEGORY_LABEL[row.category] },
    { colKey: 'priority', title: '紧急', width: 70, cell: ({ row }) => PRIORITY_LABEL[row.priority] },
    { colKey: 'status', title: '状态', width: 90, cell: ({ row }) => <StatusTag order={row} /> },
    { colKey: 'createdAt', title: '报修时间', width: 140, sorter: true, cell: ({ row }) => shortTime(row.createdAt) },
    {
      colKey: 'deadline',
      title: '时限',
      width: 190,
      sorter: true,
      cell: ({ row }) => breachText(row) ?? nextDeadlineText(row),
    },
    { colKey: 'assigneeName', title: '处理人', width: 90, cell: ({ row }) => row.assigneeName ?? '未派单' },
    {
      colKey: 'op',
      title: '操作',
      width: 130,
      cell: ({ row }) => <OrderRowActions order={row} onOpen={setOpen} onDispatch={setDispatching} />,
    },
  ]

  return (
    <div className="ll-orders">
      <div className="ll-toolbar ll-filters">
        <Select
          placeholder="全部状态"
          clearable
          value={filters.status}
          onChange={(v) => filter({ status: (v as string) || undefined })}
          options={options(STATUSES, STATUS_LABEL)}
        />
        <Select
          placeholder="全部类别"
          clearable
          value={filters.category}
          onChange={(v) => filter({ category: (v as string) || undefined })}
          options={options(CATEGORIES, CATEGORY_LABEL)}
        />
        <Select
          placeholder="全部楼栋"
          clearable
          value={filters.building}
          onChange={(v) => filter({ building: (v as string) || undefined })}
          options={(buildings.data?.items ?? []).map((b) => ({ label: b.name, value: b.code }))}
        />
        <Select
          placeholder="全部处理人"
          clearable
          value={filters.assignee}
          onChange={(v) => filter({ assignee: (v as string) || undefined })}
          options={[
            { label: '未派单', value: 'none' },
            ...(staff.data?.items ?? []).map((s) => ({ label: s.name, value: s.openid })),
          ]}
        />
        <DateRangePicker
          placeholder={['报修开始日期', '结束日期']}
          clearable
          value={filters.from && filters.to ? [filters.from, filters.to] : []}
          onChange={(v) => {
            const [from, to] = (v as string[]) ?? []
            filter({ from: from || undefined, to: to || undefined })
          }}
        />
        <Button
          disabled={selected.length === 0}
          onClick={() => setDispatching(rows.filter((o) => selected.includes(o.id)))}
        >
          批量派单{selected.length > 0 ? `（${selected.length}）` : ''}
        </Button>
      </div>
      <Table
        rowKey="id"
        data={rows}
        columns={columns}
        {...tableState(orders, '没有符合条件的工单')}
        selectedRowKeys={selected}
        onSelectChange={(keys) => setSelected(keys.map(String))}
        sort={{ sortBy: sort.sortBy, descending: sort.descending }}
        onSortChange={(s) => {
          const next = (Array.isArray(s) ? s[0] : s) as TableSort & { sortBy?: string; descending?: boolean }
          setSort({
            sortBy: next?.sortBy === 'deadline' ? 'deadline' : 'createdAt',
            descending: next?.descending ?? true,
          })
          setPage(1)
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: orders.data?.total ?? 0,
          showPageSize: false,
          onCurrentChange: setPage,
        }}
        hover
      />
      {orders.data?.truncated && <p className="ll-toolbar__note">符合条件的工单较多，请缩小日期范围</p>}
      <OrderDrawer order={open} onClose={() => setOpen(null)} />
      <DispatchDialog
        orders={dispatching}
        onClose={() => setDispatching([])}
        onDone={() => {
          setDispatching([])
          setSelected([])
          orders.reload()
        }}
      />
    </div>
  )
}
