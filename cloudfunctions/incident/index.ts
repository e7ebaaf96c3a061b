import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { incidentFunction } from '../../src/server/incident/incident.function'

export const main = cloudbaseMain(incidentFunction)
