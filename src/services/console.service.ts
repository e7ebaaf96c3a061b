import type { ApplicationStatus } from '@core/estate/application'
import {
  applicationPageReply,
  auditPageReply,
  buildingListReply,
  estateProfileReply,
  importReportReply,
  invitePageReply,
  inviteReply,
  orderExportReply,
  residentPageReply,
  residentReply,
  serviceDashboardReply,
  staffMemberListReply,
  staffMemberReply,
  unboundReply,
  unitListReply,
} from '@core/estate/console.replies'
import type { StaffRole } from '@core/estate/estate'
import type { CreateInviteInput, saveEstateProfileSchema, setStaffSchema } from '@core/estate/estate.schemas'
import { applicationReply } from '@core/estate/estate.replies'
import type { KpiRange } from '@core/estate/service-kpi'
import type { z } from '@core/shared/zod'
import { actionsOf, callCreate } from './call'

const admin = actionsOf('admin')

/** A page request of a console list. */
export interface PageRequest {
  limit?: number
  cursor?: string
}

/** The manager console: the `admin` actions over the estate, its people and its service figures. */
export const consoleService = {
  dashboard: (range: KpiRange) => admin('serviceDashboard', serviceDashboardReply, { range }),
  /** Orders submitted between two estate-local dates, inclusive, as CSV; the reason goes to the audit log. */
  exportOrders: (from: string, to: string, exportReason: string) =>
    admin('exportOrders', orderExportReply, { from, to, exportReason }),

  buildings: () => admin('listBuildings', buildingListReply),
  units: (building: string) => admin('listUnits', unitListReply, { building }),
  importUnits: (csv: string) => admin('importUnits', importReportReply, { csv }),
  estateProfile: () => admin('getEstateProfile', estateProfileReply),
  saveEstateProfile: (profile: z.input<typeof saveEstateProfileSchema> & { version: number }) =>
    admin('saveEstateProfile', estateProfileReply, profile),

  residents: (page: PageRequest & { unitId?: string }) => admin('listResidents', residentPageReply, page),
  staff: (role?: StaffRole) => admin('listStaffMembers', staffMemberListReply, role ? { role } : {}),
  setStaff: (input: z.input<typeof setStaffSchema>) => admin('setStaff', staffMemberReply, input),
  verifyResident: (openid: string) => admin('verifyResident', residentReply, { openid }),
  unbind: (openid: string) => admin('unbind', unboundReply, { openid }),

  applications: (status: ApplicationStatus, page: PageRequest = {}) =>
    admin('listApplications', applicationPageReply, { status, ...page }),
  approve: (id: string) => admin('approveApplication', applicationReply, { id }),
  reject: (id: string, note: string) => admin('rejectApplication', applicationReply, { id, note }),

  invites: (page: PageRequest = {}) => admin('listInvites', invitePageReply, page),
  createInvite: (input: CreateInviteInput) => callCreate('admin', { action: 'createInvite', ...input }, inviteReply),
  revokeInvite: (code: string) => admin('revokeInvite', inviteReply, { code }),

  audit: (page: PageRequest = {}) => admin('listAudit', auditPageReply, page),
}
