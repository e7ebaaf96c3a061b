import type { Status } from '@core/repair/work-order'

/** The order lists' filters, in the words a household uses. */
export const STATUS_GROUPS = [
  { key: 'all', label: '全部', statuses: null },
  { key: 'waiting', label: '待接单', statuses: ['submitted'] },
  { key: 'working', label: '处理中', statuses: ['accepted', 'in_progress', 'on_hold'] },
  { key: 'checking', label: '待验收', statuses: ['completed'] },
  { key: 'done', label: '已完成', statuses: ['closed'] },
  { key: 'cancelled', label: '已取消', statuses: ['cancelled'] },
] as const satisfies readonly { key: string; label: string; statuses: readonly Status[] | null }[]

export type StatusGroup = (typeof STATUS_GROUPS)[number]['key']

export const inGroup = (group: StatusGroup, status: Status): boolean => {
  const statuses = STATUS_GROUPS.find((g) => g.key === group)?.statuses
  return !statuses || (statuses as readonly Status[]).includes(status)
}

/** What a list request adds for the group: its statuses, or nothing for 全部. */
export const groupFilter = (group: StatusGroup): { statuses?: Status[] } => {
  const statuses = STATUS_GROUPS.find((g) => g.key === group)?.statuses
  return statuses ? { statuses: [...statuses] } : {}
}

/** The filter the 报修 tab opens with: a tab page takes no query, so 我的 leaves it here. */
let requested: StatusGroup | null = null
export const requestedGroup = {
  set: (group: StatusGroup) => void (requested = group),
  /** Reads and clears it. */
  take: (): StatusGroup | null => {
    const group = requested
    requested = null
    return group
  },
}
