/**
 * Collections and their indexes, declared once. The SQLite adapter creates them (generated columns
 * over the JSON document plus indexes); for CloudBase they are applied by the deploy tooling.
 * A field may be queried or sorted on only if some index of its collection names it.
 * Each index is an ordered list of (dotted) field paths.
 */
export const COLLECTIONS = {
  workOrders: {
    indexes: [
      ['unitId', 'createdAt'],
      ['createdAt'],
      ['status', 'createdAt'],
      ['inPool', 'deadlines.response'],
      ['assigneeOpenid', 'status', 'createdAt'],
      ['nextCheckAt'],
    ],
  },
  users: { indexes: [['role'], ['unitId'], ['role', 'unitId']] },
  settings: { indexes: [] },
  grids: { indexes: [['name']] },
  units: { indexes: [['building']] },
  inviteCodes: { indexes: [['createdAt'], ['unitId', 'createdAt']] },
  applications: { indexes: [['status', 'createdAt']] },
  auditLog: { indexes: [['at'], ['by', 'at']] },
  files: { indexes: [['ownerOpenid']] },
  verifiedPhones: { indexes: [] },
  departures: { indexes: [['anonymisedAt', 'leftAt']] },
  mediaChecks: { indexes: [['traceId'], ['status', 'submittedAt']] },
  inbox: {
    indexes: [
      ['toOpenid', 'createdAt'],
      ['toOpenid', 'readAt'],
    ],
  },
  consents: { indexes: [] },
  announcements: { indexes: [['createdAt']] },
  outbox: { indexes: [['toOpenid', 'sentAt'], ['sentAt']] },
  visitorPasses: { indexes: [['unitId', 'createdAt'], ['token'], ['shortCode', 'validUntil']] },
  visitorEntries: { indexes: [['at']] },
  gateChecks: { indexes: [] },
  feeItems: { indexes: [['active']] },
  bills: {
    indexes: [
      ['unitId', 'period'],
      ['period', 'building'],
      ['status', 'dueDate'],
    ],
  },
  payOrders: { indexes: [['unitId', 'status', 'createdAt'], ['status', 'createdAt'], ['createdAt']] },
  receipts: { indexes: [['unitId', 'paidAt']] },
  feedback: {
    indexes: [
      ['unitId', 'createdAt'],
      ['createdAt'],
      ['status', 'createdAt'],
      ['assigneeOpenid', 'createdAt'],
      ['ownerOpenid', 'createdAt'],
      ['relatedOrderId'],
      ['nextCheckAt'],
    ],
  },
  returnVisits: { indexes: [['status', 'dueAt'], ['closedAt']] },
  surveys: { indexes: [['createdAt'], ['status', 'createdAt']] },
  surveyAnswers: { indexes: [['surveyId', 'createdAt']] },
  /** Idempotency: the first result of each (caller, action, requestId), kept 24 h. */
  requestLog: { indexes: [['at']] },
  // Published monthly reports, keyed by month (`YYYY-MM`); read newest first by id.
  serviceReports: { indexes: [] },
  consoleSignIns: { indexes: [] },
} as const satisfies Record<string, { indexes: readonly (readonly string[])[] }>

export type CollectionName = keyof typeof COLLECTIONS

/** The fields a collection may be queried or sorted on. */
export function queryableFields(name: CollectionName): Set<string> {
  return new Set(COLLECTIONS[name].indexes.flat())
}
