import { CATEGORY_LABEL, PRIORITY_LABEL, STATUS_LABEL } from '../repair/repair.labels'
import { TIMERS, type WorkOrder } from '../repair/work-order'
import { formatLocal, type IsoTime } from '../shared/time'
import { toCsv, type CsvValue } from './csv'

/** The work-order export managers open in Excel: one row per order, Chinese headers, local times. */

const HEADER = [
  '工单号',
  '提交时间',
  '类别',
  '紧急程度',
  '状态',
  '房屋',
  '报修人',
  '问题描述',
  '处理人',
  '接单时间',
  '完工时间',
  '关闭时间',
  '响应用时(分钟)',
  '上门用时(分钟)',
  '完工用时(分钟)',
  '是否超时',
  '按时完成',
  '返修次数',
  '评分',
  '评价',
] as const

const local = (at: IsoTime | null) => (at === null ? null : formatLocal(at))
const yesNo = (value: boolean | null) => (value === null ? null : value ? '是' : '否')

function orderRow(order: WorkOrder): CsvValue[] {
  const late = TIMERS.some((t) => order.overdue[t] !== null)
  return [
    order.id,
    local(order.createdAt),
    CATEGORY_LABEL[order.category],
    PRIORITY_LABEL[order.priority],
    STATUS_LABEL[order.status],
    order.unitId,
    order.residentName,
    order.description,
    order.assigneeName,
    local(order.acceptedAt),
    local(order.completedAt),
    local(order.closedAt),
    order.durations.responseMinutes,
    order.durations.arrivalMinutes,
    order.durations.resolutionMinutes,
    yesNo(late),
    yesNo(order.outcomes.resolution?.met ?? null),
    order.reopenCount,
    order.rating?.stars ?? null,
    order.rating?.comment ?? null,
  ]
}

export const ordersCsv = (orders: readonly WorkOrder[]): string => toCsv(HEADER, orders.map(orderRow))

/** The `admin.exportOrders` answer: the file to save, and how much it holds. */
export interface OrderExport {
  filename: string
  /** UTF-8 text starting with a BOM, so Excel reads the Chinese correctly. */
  csv: string
  rows: number
  /** True when the range held more orders than one export takes; the file has the oldest. */
  truncated: boolean
}
