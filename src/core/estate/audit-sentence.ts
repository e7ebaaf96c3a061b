import { rateText } from '../billing/billing.labels'
import type { FeeKind } from '../billing/fee-item'
import { CATEGORY_LABEL } from '../repair/repair.labels'
import type { Category, DispatchMode } from '../repair/work-order'
import type { AuditEntry } from './audit'
import type { StaffRole } from './estate'
import { STAFF_ROLE_LABEL } from './estate.labels'

/** Looks a person up by openid; null when the screen does not know them. */
export type NameOf = (openid: string) => string | null

const DISPATCH_MODE_TEXT: Record<DispatchMode, string> = {
  pool: '师傅抢单',
  grid: '按网格自动派单',
  manager: '物业经理派单',
}

type Input = Record<string, unknown>
const text = (input: Input, key: string): string | null => {
  const value = input[key]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** "2026-11" -> "2026 年 11 月". */
const periodText = (period: string): string => {
  const match = /^(\d{4})-(\d{2})$/.exec(period)
  return match ? `${match[1]} 年 ${Number(match[2])} 月` : period
}

/** Each recorded action as the rest of a sentence that starts with who did it. */
const PREDICATES: Record<string, (input: Input, person: (key: string, fallback: string) => string) => string> = {
  'repair.assign': (_i, person) => `把一张报修工单派给了${person('staffOpenid', '一位师傅')}`,
  'repair.cancel': (i) => `取消了一张报修工单${text(i, 'reason') ? `，原因：${text(i, 'reason')}` : ''}`,
  'admin.updateSlaPolicy': () => '修改了维修服务时限标准',
  'admin.setDispatch': (i) => {
    const category = CATEGORY_LABEL[i.category as Category]
    const mode = DISPATCH_MODE_TEXT[i.mode as DispatchMode]
    return category && mode ? `把「${category}」的派单方式改为${mode}` : '修改了派单方式'
  },
  'admin.saveGrid': (i, person) =>
    `保存了网格「${text(i, 'name') ?? '未命名'}」，负责人为${person('ownerOpenid', '一位师傅')}`,
  'admin.deleteGrid': () => '删除了一个网格',
  'admin.importUnits': () => '导入了一份房屋名单',
  'admin.saveEstateProfile': () => '修改了小区信息',
  'admin.createInvite': (i) => (text(i, 'unitId') ? `为 ${text(i, 'unitId')} 生成了住户邀请码` : '生成了员工邀请码'),
  'admin.revokeInvite': () => '作废了一个邀请码',
  'admin.approveApplication': (_i, person) => `通过了${person('id', '一位住户')}的入住申请`,
  'admin.rejectApplication': (i, person) =>
    `驳回了${person('id', '一位住户')}的入住申请${text(i, 'note') ? `，原因：${text(i, 'note')}` : ''}`,
  'admin.verifyResident': (_i, person) => `认证了住户${person('openid', '')}`,
  'admin.setStaff': (i, person) => {
    const role = STAFF_ROLE_LABEL[i.role as StaffRole]
    return role ? `把${person('openid', '一位员工')}的岗位设为${role}` : `调整了${person('openid', '一位员工')}的岗位`
  },
  'admin.unbind': (_i, person) => `解除了${person('openid', '一位住户')}的房屋绑定`,
  'admin.exportOrders': (i) =>
    text(i, 'from') && text(i, 'to') ? `导出了 ${text(i, 'from')} 至 ${text(i, 'to')} 的工单` : '导出了工单',
  'billing.saveItem': (i) => {
    const name = text(i, 'name') ?? '未命名'
    const kind = i.kind as FeeKind
    const rate =
      typeof i.rateFen === 'number' && ['per_m2_monthly', 'monthly', 'one_off'].includes(kind)
        ? `，${rateText({ kind, rateFen: i.rateFen, period: text(i, 'period') })}`
        : ''
    const scope = Array.isArray(i.unitIds) ? `，适用 ${i.unitIds.length} 户` : '，适用全部住户'
    return `保存了收费项目「${name}」${rate}${scope}`
  },
  'billing.run': (i) => (text(i, 'period') ? `生成了 ${periodText(text(i, 'period')!)}的账单` : '生成了账单'),
  'billing.refund': (i) => `办理了一笔退款${text(i, 'reason') ? `，原因：${text(i, 'reason')}` : ''}`,
}

/**
 * One audit entry as a Chinese sentence with names: 「刘经理把一张报修工单派给了张师傅」.
 * Codes, openids and document ids never appear: an unknown person is 「一位员工」 and the like,
 * an action without a sentence is 「进行了一项管理操作」.
 */
export function auditSentence(entry: Pick<AuditEntry, 'action' | 'by' | 'byName' | 'input'>, nameOf: NameOf): string {
  const who = entry.byName || (entry.by === 'cli' ? '导入脚本' : (nameOf(entry.by) ?? '一位管理员'))
  const input: Input = typeof entry.input === 'object' && entry.input !== null ? (entry.input as Input) : {}
  const person = (key: string, fallback: string) => {
    const openid = text(input, key)
    return (openid && nameOf(openid)) || fallback
  }
  const predicate = PREDICATES[entry.action]
  return `${who}${predicate ? predicate(input, person) : '进行了一项管理操作'}`
}
