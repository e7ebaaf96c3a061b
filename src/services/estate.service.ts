import type { Application, ApplicationStatus } from '@core/estate/application'
import type { AuditEntry } from '@core/estate/audit'
import type {
  Building,
  EstateProfile,
  PublicInfo,
  Resident,
  StaffMember,
  StaffRole,
  UnitRow,
} from '@core/estate/estate'
import type {
  ApplyInput,
  CreateInviteInput,
  RedeemInviteInput,
  saveEstateProfileSchema,
  setStaffSchema,
} from '@core/estate/estate.schemas'
import type { EstateListing, Membership } from '@core/estate/company.schemas'
import type { InviteView } from '@core/estate/invite-code'
import type { OrderExport } from '@core/estate/order-export'
import type { Profile } from '@core/estate/profile'
import type { KpiRange, ServiceDashboard } from '@core/estate/service-kpi'
import type { ImportReport } from '@core/estate/unit-import'
import type { z } from '@core/shared/zod'
import { callCreate, callFunction } from './call'
import type { Page } from '@core/shared/page'

const me = <T>(action: string, fields: object = {}) => callFunction<T>('me', { action, ...fields })
const admin = <T>(action: string, fields: object = {}) => callFunction<T>('admin', { action, ...fields })

/** A page request of a console list. */
export interface PageRequest {
  limit?: number
  cursor?: string
}

/** Joining the estate: the `me` actions a guest may call. */
export const onboardingService = {
  publicInfo: () => me<PublicInfo>('publicInfo'),
  /** The estates of the company, by city then name: what a user not yet in one picks from. */
  estates: () => me<{ items: EstateListing[] }>('estates'),
  /** The estates where the caller holds a role (households, jobs), the current one first. */
  memberships: () => me<{ items: Membership[] }>('memberships'),
  /** Acts in that estate from now on (a guest there until they join); answers the profile there. */
  switchEstate: (estateId: string) => me<Profile>('switchEstate', { estateId }),
  /** Binds the caller with a unit or staff code; answers their new profile. */
  redeemInvite: (input: RedeemInviteInput) => me<Profile>('redeemInvite', input),
  apply: (input: ApplyInput) => callCreate<Application>('me', { action: 'apply', ...input }),
}

/** The manager console: the `admin` actions over the estate, its people and its service figures. */
export const consoleService = {
  dashboard: (range: KpiRange) => admin<ServiceDashboard>('serviceDashboard', { range }),
  /** Orders submitted between two estate-local dates, inclusive, as CSV; the reason goes to the audit log. */
  exportOrders: (from: string, to: string, exportReason: string) =>
    admin<OrderExport>('exportOrders', { from, to, exportReason }),

  buildings: () => admin<{ items: Building[] }>('listBuildings'),
  units: (building: string) => admin<{ items: UnitRow[] }>('listUnits', { building }),
  importUnits: (csv: string) => admin<ImportReport>('importUnits', { csv }),
  estateProfile: () => admin<EstateProfile>('getEstateProfile'),
  saveEstateProfile: (profile: z.input<typeof saveEstateProfileSchema> & { version: number }) =>
    admin<EstateProfile>('saveEstateProfile', profile),

  residents: (page: PageRequest & { unitId?: string }) => admin<Page<Resident>>('listResidents', page),
  staff: (role?: StaffRole) => admin<{ items: StaffMember[] }>('listStaffMembers', role ? { role } : {}),
  setStaff: (input: z.input<typeof setStaffSchema>) => admin<StaffMember>('setStaff', input),
  verifyResident: (openid: string) => admin<Resident>('verifyResident', { openid }),
  unbind: (openid: string) => admin<{ openid: string }>('unbind', { openid }),

  applications: (status: ApplicationStatus, page: PageRequest = {}) =>
    admin<Page<Application>>('listApplications', { status, ...page }),
  approve: (id: string) => admin<Application>('approveApplication', { id }),
  reject: (id: string, note: string) => admin<Application>('rejectApplication', { id, note }),

  invites: (page: PageRequest = {}) => admin<Page<InviteView>>('listInvites', page),
  createInvite: (input: CreateInviteInput) => callCreate<InviteView>('admin', { action: 'createInvite', ...input }),
  revokeInvite: (code: string) => admin<InviteView>('revokeInvite', { code }),

  audit: (page: PageRequest = {}) => admin<Page<AuditEntry>>('listAudit', page),
}
