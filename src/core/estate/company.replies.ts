import { documentOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { EstateFigures } from './company.schemas'
import { KPI_RANGES, type KpiRange } from './service-kpi'

// What head office's `admin` actions answer, as the console parses them (`createEstate` answers
// the estate's listing: estate.replies.ts).

/** `compareEstates`: every estate's figures over one window. */
export interface EstateComparison {
  range: KpiRange
  from: string
  to: string
  period: string
  items: EstateFigures[]
}

const orNull = z.number().nullable()
const estateFigures = documentOf<EstateFigures>()({
  id: z.string(),
  name: z.string(),
  city: z.string(),
  orders: z.number(),
  responseMinutes: orNull,
  resolutionMinutes: orNull,
  onTimeRate: orNull,
  satisfaction: orNull,
  collectionRate: orNull,
  repeatRate: orNull,
})

export const estateComparisonReply = documentOf<EstateComparison>()({
  range: z.enum(KPI_RANGES),
  from: z.string(),
  to: z.string(),
  period: z.string(),
  items: z.array(estateFigures),
})
