import { workOrderReply } from '../repair/repair.replies'
import type { SlaPolicy } from '../repair/sla'
import { CATEGORIES, DISPATCH_MODES, PRIORITIES, TIMERS, type WorkOrder } from '../repair/work-order'
import type { ServiceHours } from '../sla/service-hours'
import { documentOf, itemsOf, pageOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { AuditEntry } from './audit'
import { applicationReply } from './estate.replies'
import { SETTINGS_ID, type EstateSettings } from './estate-settings'
import {
  RELATIONS,
  STAFF_ROLES,
  type Building,
  type EstateProfile,
  type Resident,
  type StaffMember,
  type UnitRow,
} from './estate'
import type { Grid } from './grid'
import { INVITE_KINDS, INVITE_STATUSES, type InviteView } from './invite-code'
import type { OrderExport } from './order-export'
import { KPI_RANGES, type ServiceDashboard, type ServiceKpis } from './service-kpi'
import type { ImportReport } from './unit-import'

// What the managers' `admin` actions answer, as the client's console service parses them.

const serviceKpis = documentOf<ServiceKpis>()({ submitted: z.number(), open: z.number(), late: z.number() })

export const serviceDashboardReply = documentOf<ServiceDashboard>()({
  range: z.enum(KPI_RANGES),
  from: z.string(),
  to: z.string(),
  totals: serviceKpis,
  truncated: z.boolean(),
})

export const orderExportReply: z.ZodType<OrderExport> = z.looseObject({
  filename: z.string(),
  csv: z.string(),
  rows: z.number(),
  truncated: z.boolean(),
})

export const buildingListReply = itemsOf<Building>(
  z.looseObject({ code: z.string(), name: z.string(), unitCount: z.number(), floors: z.number() }),
)
export const unitListReply = itemsOf(
  documentOf<UnitRow>()({ id: z.string(), building: z.string(), number: z.string(), residents: z.number() }),
)
export const importReportReply: z.ZodType<ImportReport> = z.looseObject({
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  buildings: z.number(),
})
export const estateProfileReply = documentOf<EstateProfile>()({
  version: z.number(),
  name: z.string(),
  address: z.string(),
  servicePhone: z.string(),
})

export const residentReply = documentOf<Resident>()({
  openid: z.string(),
  name: z.string(),
  unitId: z.string(),
  relation: z.enum(RELATIONS).nullable(),
  verified: z.boolean(),
})
export const residentPageReply = pageOf(residentReply)

export const staffMemberReply = documentOf<StaffMember>()({
  openid: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  role: z.enum(STAFF_ROLES),
  skills: z.array(z.enum(CATEGORIES)),
})
export const staffMemberListReply = itemsOf(staffMemberReply)
export const unboundReply = z.looseObject({ openid: z.string() })

/** `listApplications`: one page of the move-in applications. */
export const applicationPageReply = pageOf(applicationReply)

export const inviteReply = documentOf<InviteView>()({
  id: z.string(),
  kind: z.enum(INVITE_KINDS),
  status: z.enum(INVITE_STATUSES),
  maxUses: z.number(),
  uses: z.number(),
  expiresAt: z.string(),
})
export const invitePageReply = pageOf(inviteReply)

export const auditPageReply = pageOf(
  documentOf<AuditEntry>()({ id: z.string(), at: z.string(), byName: z.string(), action: z.string() }),
)

/** `approveConsoleSignIn`: the sign-in request approved. */
export const approvedSignInReply = z.looseObject({ id: z.string() })

/** `consoleSignOut`: the session's end recorded. */
export const signedOutReply = z.looseObject({ signedOut: z.literal(true) })

/** `orderChanges`: the live console's stamp of the open orders. */
export const orderChangesReply = z.looseObject({ stamp: z.string(), changed: z.boolean() })

/** `findOrders`: one numbered page of the order table. */
export interface OrderSearch {
  items: WorkOrder[]
  total: number
  truncated: boolean
}
export const orderSearchReply: z.ZodType<OrderSearch> = z.looseObject({
  items: z.array(workOrderReply),
  total: z.number(),
  truncated: z.boolean(),
})

const windows = z.record(z.enum(TIMERS), z.number())
const serviceHours = documentOf<ServiceHours>()({
  opensAt: z.string(),
  closesAt: z.string(),
  weekdays: z.array(z.number()),
  holidays: z.array(z.string()),
  makeUpDays: z.array(z.string()),
})
const slaPolicy = documentOf<SlaPolicy>()({
  defaults: z.record(z.enum(PRIORITIES), windows),
  byCategory: z.partialRecord(z.enum(CATEGORIES), z.partialRecord(z.enum(PRIORITIES), windows)),
  warnShare: z.number(),
  serviceHours,
})
/** `getSettings`, and what `updateSlaPolicy` / `setDispatch` save: the settings editor reads all of it. */
export const settingsReply = documentOf<EstateSettings>()({
  id: z.literal(SETTINGS_ID),
  version: z.number(),
  sla: slaPolicy,
  dispatch: z.partialRecord(z.enum(CATEGORIES), z.enum(DISPATCH_MODES)),
})

export const gridReply: z.ZodType<Grid> = z.looseObject({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  buildings: z.array(z.string()),
  publicAreas: z.boolean(),
  ownerOpenid: z.string(),
})
export const gridListReply = itemsOf(gridReply)
/** `deleteGrid`: the grid removed. */
export const deletedGridReply = z.looseObject({ id: z.string() })
