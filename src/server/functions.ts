import { adminFunction } from './admin/admin.function'
import { billingFunction } from './billing/billing.function'
import { payCallbackFunction } from './billing/pay-callback.function'
import { contentCheckFunction } from './content/content-check.function'
import type { CloudFunction } from './define-function'
import { feedbackFunction } from './feedback/feedback.function'
import { meFunction } from './identity/me.function'
import { incidentFunction } from './incident/incident.function'
import { inboxFunction } from './inbox/inbox.function'
import { privacyFunction } from './privacy/privacy.function'
import { repairFunction } from './repair/repair.function'
import { rehearsalFunction } from './rehearsal/rehearsal.function'
import { reportFunction } from './report/report.function'
import { slaSweepFunction } from './repair/sla-sweep.function'
import { vendorFunction } from './vendor/vendor.function'
import { visitorFunction } from './visitor/visitor.function'

/** Every cloud function, by its deployed name (= its folder under cloudfunctions/). */
export const FUNCTIONS: Record<string, CloudFunction> = {
  repair: repairFunction,
  slaSweep: slaSweepFunction,
  me: meFunction,
  admin: adminFunction,
  visitor: visitorFunction,
  inbox: inboxFunction,
  billing: billingFunction,
  payCallback: payCallbackFunction,
  vendor: vendorFunction,
  incident: incidentFunction,
  feedback: feedbackFunction,
  report: reportFunction,
  rehearsal: rehearsalFunction,
  contentCheck: contentCheckFunction,
  privacy: privacyFunction,
}
