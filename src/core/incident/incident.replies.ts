import { CATEGORIES } from '../repair/work-order'
import { documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import { INCIDENT_STATUSES, type Incident } from './incident'

// What the `incident` function answers, as the client's incident service parses it.

export const incidentReply = documentOf<Incident>()({
  id: z.string(),
  version: z.number(),
  status: z.enum(INCIDENT_STATUSES),
  category: z.enum(CATEGORIES),
  title: z.string(),
  eta: z.string().nullable(),
  orderIds: z.array(z.string()),
})
export const incidentListReply = itemsOf(incidentReply)
export const resolvedIncidentReply = z.looseObject({ incident: incidentReply, closedOrders: z.number() })
