import { incidentListReply, incidentReply, resolvedIncidentReply } from '@core/incident/incident.replies'
import type { incidentUpdateSchema, openIncidentSchema } from '@core/incident/incident.schemas'
import type { z } from '@core/shared/zod'
import { actionsOf } from './call'

const incident = actionsOf('incident')

// Apart from vendor.service.ts: the main package's repair form lists open incidents, and a shared
// module would bring the managers' vendor replies into the main package with it.
/** The `incident` cloud function: residents see and join; managers confirm, update and resolve. */
export const incidentService = {
  list: (scope: 'live' | 'all' | 'mine' = 'live') => incident('list', incidentListReply, { scope }),
  get: (id: string) => incident('get', incidentReply, { id }),
  join: (id: string) => incident('join', incidentReply, { id }),
  open: (input: z.input<typeof openIncidentSchema>) => incident('open', incidentReply, input),
  dismiss: (id: string) => incident('dismiss', incidentReply, { id }),
  update: (input: z.input<typeof incidentUpdateSchema>) => incident('update', incidentReply, input),
  resolve: (id: string, resolution: string) => incident('resolve', resolvedIncidentReply, { id, resolution }),
}
