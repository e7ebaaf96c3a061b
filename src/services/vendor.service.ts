import { inviteReply } from '@core/estate/console.replies'
import type { z } from '@core/shared/zod'
import {
  reviewReply,
  routeViewReply,
  scorecardCsvReply,
  scorecardReply,
  vendorListReply,
  vendorReply,
} from '@core/vendor/vendor.replies'
import type { routeCategorySchema, saveVendorSchema } from '@core/vendor/vendor.schemas'
import { actionsOf } from './call'

const vendor = actionsOf('vendor')

export type { RouteView } from '@core/vendor/vendor'

/** The `vendor` cloud function (managers). */
export const vendorService = {
  list: () => vendor('list', vendorListReply),
  save: (input: z.input<typeof saveVendorSchema>) => vendor('save', vendorReply, input),
  route: (input: z.input<typeof routeCategorySchema>) => vendor('route', routeViewReply, input),
  invite: (vendorId: string) => vendor('invite', inviteReply, { vendorId }),
  scorecard: (month: string) => vendor('scorecard', scorecardReply, { month }),
  exportScorecard: (month: string) => vendor('exportScorecard', scorecardCsvReply, { month }),
  review: (month: string) => vendor('review', reviewReply, { month }),
}
