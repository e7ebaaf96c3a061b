import { INCIDENT_STATUSES, type Incident } from '@core/incident/incident'
import type { QualityRules } from '@core/repair/quality-rules'
import { CATEGORIES, STATUSES, type WorkOrder } from '@core/repair/work-order'
import type { Vendor, VendorRoute } from '@core/vendor/vendor'
import { z } from '@core/shared/zod'
import { collectionOf, nullableTime, time } from './collection-spec'
import type { FileDoc, MediaCheckDoc } from './documents'

/** Repairs and what serves them: work orders, their photos, vendors, quality rules, incidents. */
export const REPAIR_COLLECTIONS = {
  workOrders: collectionOf<WorkOrder>()({
    fields: () => ({
      status: z.enum(STATUSES),
      unitId: z.string(),
      residentOpenid: z.string(),
      createdAt: time,
      inPool: z.boolean(),
      assigneeOpenid: z.string().nullable(),
      nextCheckAt: nullableTime,
      category: z.enum(CATEGORIES),
      placeKey: z.string().optional(),
    }),
    indexes: [
      ['unitId', 'createdAt'],
      ['createdAt'],
      ['status', 'createdAt'],
      // Every pool names its team (vendorId null for in-house staff): the vendors index below serves
      // the pool without skills, so no index on the pool alone (CloudBase allows 10 per collection).
      ['inPool', 'category', 'deadlines.response'],
      ['assigneeOpenid', 'status', 'createdAt'],
      ['nextCheckAt'],
      ['lateSince'],
      // Each team's pool: a vendor's, or in-house staff's (vendorId null).
      ['vendorId', 'inPool', 'deadlines.response'],
      // One fault's place (see WorkOrder.placeKey): outage spotting, repeat faults at a public spot.
      ['placeKey', 'createdAt'],
    ],
    scope: 'estate',
  }),
  files: collectionOf<FileDoc>()({
    fields: () => ({ ownerOpenid: z.string(), orderId: z.string().nullable(), createdAt: time }),
    indexes: [['ownerOpenid'], ['orderId', 'createdAt']],
    scope: 'estate',
  }),
  /** Photo checks (content security), keyed by file id. */
  mediaChecks: collectionOf<MediaCheckDoc>()({
    fields: () => ({ traceId: z.string(), status: z.enum(['pending', 'pass', 'risky', 'review']), submittedAt: time }),
    indexes: [['traceId'], ['status', 'submittedAt']],
    scope: 'estate',
    // WeChat pushes a verdict with its trace id alone: the trace id finds the check's estate.
    acrossEstates: [['traceId']],
  }),
  vendors: collectionOf<Vendor>()({
    fields: () => ({ name: z.string(), createdAt: time }),
    indexes: [['createdAt']],
    scope: 'estate',
  }),
  /** One document per routed category (the id): which vendor takes its new orders. */
  vendorRoutes: collectionOf<VendorRoute>()({
    fields: () => ({ vendorId: z.string() }),
    indexes: [['vendorId']],
    scope: 'estate',
  }),
  /** One document (id `rules`): repeat window, on-site proof, outage detection, contract review. */
  qualityRules: collectionOf<QualityRules>()({
    fields: () => ({ repeatWindowDays: z.number() }),
    indexes: [],
    scope: 'estate',
  }),
  incidents: collectionOf<Incident>()({
    fields: () => ({ status: z.enum(INCIDENT_STATUSES), placeKey: z.string(), createdAt: time }),
    indexes: [['status', 'createdAt'], ['placeKey', 'status'], ['createdAt']],
    scope: 'estate',
  }),
} as const
