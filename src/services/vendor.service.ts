import type { Incident } from '@core/incident/incident'
import type { incidentUpdateSchema, openIncidentSchema } from '@core/incident/incident.schemas'
import type { InviteView } from '@core/estate/invite-code'
import type { Category } from '@core/repair/work-order'
import type { z } from '@core/shared/zod'
import type { VendorMonth, VendorReview } from '@core/vendor/scorecard'
import type { Vendor, VendorRouteMode } from '@core/vendor/vendor'
import type { routeCategorySchema, saveVendorSchema } from '@core/vendor/vendor.schemas'
import { callFunction } from './call'

const vendor = <T>(action: string, fields: object = {}) => callFunction<T>('vendor', { action, ...fields })
const incident = <T>(action: string, fields: object = {}) => callFunction<T>('incident', { action, ...fields })

export interface RouteView {
  category: Category
  vendorId: string | null
  mode: VendorRouteMode | null
}

/** The `vendor` cloud function (managers). */
export const vendorService = {
  list: () => vendor<{ items: Vendor[]; routes: RouteView[] }>('list'),
  save: (input: z.input<typeof saveVendorSchema>) => vendor<Vendor>('save', input),
  route: (input: z.input<typeof routeCategorySchema>) => vendor<RouteView>('route', input),
  invite: (vendorId: string) => vendor<InviteView>('invite', { vendorId }),
  scorecard: (month: string) =>
    vendor<{ month: string; items: VendorMonth[]; truncated: boolean }>('scorecard', { month }),
  exportScorecard: (month: string) => vendor<{ filename: string; csv: string }>('exportScorecard', { month }),
  review: (month: string) => vendor<{ month: string; items: VendorReview[] }>('review', { month }),
}

/** The `incident` cloud function: residents see and join; managers confirm, update and resolve. */
export const incidentService = {
  list: (scope: 'live' | 'all' | 'mine' = 'live') => incident<{ items: Incident[] }>('list', { scope }),
  get: (id: string) => incident<Incident>('get', { id }),
  join: (id: string) => incident<Incident>('join', { id }),
  open: (input: z.input<typeof openIncidentSchema>) => incident<Incident>('open', input),
  dismiss: (id: string) => incident<Incident>('dismiss', { id }),
  update: (input: z.input<typeof incidentUpdateSchema>) => incident<Incident>('update', input),
  resolve: (id: string, resolution: string) =>
    incident<{ incident: Incident; closedOrders: number }>('resolve', { id, resolution }),
}
