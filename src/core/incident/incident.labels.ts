import { CATEGORY_LABEL } from '../repair/repair.labels'
import type { Category } from '../repair/work-order'
import type { IncidentStatus } from './incident'

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  proposed: '待确认',
  open: '处理中',
  resolved: '已修复',
  dismissed: '已忽略',
}

/** The default headline, e.g. 「1号楼 水管漏水 公共故障」. */
export const incidentTitle = (category: Category, place: { building: string | null; location: string | null }) =>
  `${place.location ?? `${place.building ?? ''}号楼`} ${CATEGORY_LABEL[category]} 公共故障`
