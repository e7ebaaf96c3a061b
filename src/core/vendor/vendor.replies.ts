import { CATEGORIES } from '../repair/work-order'
import { csvFile, documentOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { VendorMonth, VendorReview } from './scorecard'
import { VENDOR_ROUTE_MODES, type RouteView, type Vendor } from './vendor'

// What the `vendor` function answers, as the client's vendor service parses it.

export const vendorReply = documentOf<Vendor>()({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  categories: z.array(z.enum(CATEGORIES)),
  contractFrom: z.string(),
  contractTo: z.string(),
})

export const routeViewReply: z.ZodType<RouteView> = z.looseObject({
  category: z.enum(CATEGORIES),
  vendorId: z.string().nullable(),
  mode: z.enum(VENDOR_ROUTE_MODES).nullable(),
})

export const vendorListReply = z.looseObject({ items: z.array(vendorReply), routes: z.array(routeViewReply) })

const vendorMonth = documentOf<VendorMonth>()({
  vendorId: z.string(),
  vendorName: z.string(),
  month: z.string(),
  orders: z.number(),
  rank: z.number(),
})
export const scorecardReply = z.looseObject({ month: z.string(), items: z.array(vendorMonth), truncated: z.boolean() })
export const scorecardCsvReply = csvFile

const vendorReview = documentOf<VendorReview>()({
  vendorId: z.string(),
  vendorName: z.string(),
  flagged: z.boolean(),
  belowRun: z.array(z.string()),
})
export const reviewReply = z.looseObject({ month: z.string(), items: z.array(vendorReview) })
