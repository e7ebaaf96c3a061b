import { APPLICATION_STATUSES, type Application } from '@core/estate/application'
import type { AuditEntry } from '@core/estate/audit'
import type { EstateProfile } from '@core/estate/estate'
import type { EstateSettings } from '@core/estate/estate-settings'
import type { Feedback } from '@core/feedback/feedback'
import type { FeedbackSettings } from '@core/feedback/feedback-settings'
import type { ReturnVisit } from '@core/feedback/return-visit'
import type { Survey, SurveyAnswer } from '@core/feedback/survey'
import type { PublishedReport } from '@core/report/report.schemas'
import type { Grid } from '@core/estate/grid'
import type { InviteCode } from '@core/estate/invite-code'
import { BILL_STATUSES, type Bill } from '@core/billing/bill'
import type { FeeItem } from '@core/billing/fee-item'
import { ORDER_STATUSES, type PaymentOrder } from '@core/billing/payment-order'
import type { Receipt } from '@core/billing/receipt'
import { INCIDENT_STATUSES, type Incident } from '@core/incident/incident'
import type { Announcement } from '@core/notify/announcement'
import type { InboxMessage } from '@core/notify/inbox-message'
import { ROLES } from '@core/identity/actor'
import type { QualityRules } from '@core/repair/quality-rules'
import { CATEGORIES, STATUSES, type WorkOrder } from '@core/repair/work-order'
import type { Vendor, VendorRoute } from '@core/vendor/vendor'
import { z } from '@core/shared/zod'
import type { EntryRecord, VisitorPass } from '@core/visitor/visitor-pass'
import type {
  AbuseLimits,
  AccountDoc,
  ConsentDoc,
  ConsoleSignIn,
  EstateDoc,
  FileDoc,
  LimitSlot,
  LoggedRequest,
  OutboxEntry,
  UnitDoc,
  UserDoc,
  DepartureDoc,
  MediaCheckDoc,
  RetentionDoc,
  VerifiedPhoneDoc,
} from './documents'

/**
 * Every collection, declared once: its document type, the schema reads are parsed with, its
 * indexes and its tenancy. The SQLite adapter creates the indexes (generated columns over the JSON
 * document); the deploy's `db:setup` and security rules apply the same list to CloudBase.
 * A field may be queried or sorted on only if some index of its collection names it.
 */

/**
 * `estate`: documents one estate owns (the store will scope every read and write to the caller's
 * estate). `global`: keyed by a WeChat user across estates, or the platform's own bookkeeping.
 */
export type Scope = 'estate' | 'global'

type SettingsDoc = EstateSettings | EstateProfile | FeedbackSettings | AbuseLimits | RetentionDoc

export interface CollectionSpec<T> {
  /** Parses each document read; checks the listed fields and keeps the others as stored. */
  schema: z.ZodType<T>
  /** Ordered lists of (dotted) field paths; an estate collection's all lead with `estateId`. */
  indexes: readonly (readonly string[])[]
  scope: Scope
  /**
   * Estate collections only: the few lookups the platform makes before it knows the estate (a
   * visitor's shared link), served by the store's `acrossEstates`. Not led by `estateId`.
   */
  acrossEstates?: readonly (readonly string[])[]
}

/** The field the store stamps on every document of an estate collection. */
export const ESTATE_FIELD = 'estateId'

/**
 * Indexes as the backends hold them: an estate collection's lead with the estate (every query the
 * scoped store sends names it), and it always has the estate alone, which counts and migration use.
 */
function tenancyIndexes(
  scope: Scope,
  indexes: readonly (readonly string[])[],
  acrossEstates: readonly (readonly string[])[] = [],
): readonly (readonly string[])[] {
  if (scope === 'global') return indexes
  return [[ESTATE_FIELD], ...indexes.map((fields) => [ESTATE_FIELD, ...fields]), ...acrossEstates]
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Each listed field's schema must produce exactly the document's field type (nullability included). */
type FieldSchemas<T, S> = {
  [K in keyof S]: K extends keyof T ? (Same<z.output<S[K]>, T[K]> extends true ? S[K] : never) : never
}

const stored = { id: z.string().min(1), version: z.number() }

/** A collection of `T`: the schema checks id, version and the fields given (above all the indexed ones). */
const collectionOf =
  <T extends { id: string; version: number }>() =>
  <S extends Record<string, z.ZodType>>(spec: {
    fields: S & FieldSchemas<T, S>
    indexes: readonly (readonly string[])[]
    scope: Scope
    acrossEstates?: readonly (readonly string[])[]
  }): CollectionSpec<T> => ({
    schema: z.looseObject({ ...stored, ...spec.fields }) as unknown as z.ZodType<T>,
    indexes: tenancyIndexes(spec.scope, spec.indexes, spec.acrossEstates),
    scope: spec.scope,
    acrossEstates: spec.acrossEstates,
  })

const time = z.string()
/** The roles a stored person can have: every role but guest (a guest is someone the estate does not know). */
const USER_ROLES = ROLES.filter((role): role is UserDoc['role'] => role !== 'guest') as [
  UserDoc['role'],
  ...UserDoc['role'][],
]
const nullableTime = z.string().nullable()

export const COLLECTIONS = {
  workOrders: collectionOf<WorkOrder>()({
    fields: {
      status: z.enum(STATUSES),
      unitId: z.string(),
      residentOpenid: z.string(),
      createdAt: time,
      inPool: z.boolean(),
      assigneeOpenid: z.string().nullable(),
      nextCheckAt: nullableTime,
      category: z.enum(CATEGORIES),
    },
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
      // Repeat faults at a public spot.
      ['location', 'createdAt'],
    ],
    scope: 'estate',
  }),
  /** The estates of the property company; ids are short slugs (e.g. `sunny-garden`). */
  estates: collectionOf<EstateDoc>()({
    fields: { name: z.string(), city: z.string(), createdAt: time },
    indexes: [['city', 'name'], ['name']],
    scope: 'global',
  }),
  /** A WeChat user across estates: where they are now, where they belong, company roles. */
  accounts: collectionOf<AccountDoc>()({
    fields: {
      currentEstateId: z.string().nullable(),
      memberships: z.array(z.string()),
      companyAdmin: z.boolean(),
    },
    indexes: [['companyAdmin']],
    scope: 'global',
  }),
  /** A person's membership of one estate (their role there), keyed by openid within the estate. */
  users: collectionOf<UserDoc>()({
    fields: {
      role: z.enum(USER_ROLES),
      name: z.string(),
      unitId: z.string().nullable(),
    },
    indexes: [['role'], ['unitId'], ['role', 'unitId']],
    scope: 'estate',
  }),
  /** Documents under fixed ids: the SLA and dispatch settings, the estate's profile, the feedback settings. */
  settings: {
    schema: z.union([
      z.looseObject({ ...stored, id: z.literal('estate'), sla: z.looseObject({}), dispatch: z.looseObject({}) }),
      z.looseObject({ ...stored, id: z.literal('profile'), name: z.string() }),
      z.looseObject({ ...stored, id: z.literal('feedback'), policy: z.looseObject({}) }),
      z.looseObject({
        ...stored,
        id: z.literal('limits'),
        repairCreatesPerHour: z.number(),
        repairCreatesPerDay: z.number(),
      }),
      z.looseObject({ ...stored, id: z.literal('privacyRetention'), photoMonths: z.number() }),
    ]) as unknown as z.ZodType<SettingsDoc>,
    indexes: tenancyIndexes('estate', []),
    scope: 'estate',
  } satisfies CollectionSpec<SettingsDoc>,
  grids: collectionOf<Grid>()({
    fields: { name: z.string(), buildings: z.array(z.string()), ownerOpenid: z.string() },
    indexes: [['name']],
    scope: 'estate',
  }),
  units: collectionOf<UnitDoc>()({
    fields: { building: z.string(), number: z.string(), floor: z.number(), areaM2: z.number() },
    indexes: [['building']],
    scope: 'estate',
  }),
  inviteCodes: collectionOf<InviteCode>()({
    fields: { unitId: z.string().nullable(), createdAt: time, uses: z.number(), maxUses: z.number() },
    indexes: [['createdAt'], ['unitId', 'createdAt']],
    scope: 'estate',
  }),
  applications: collectionOf<Application>()({
    fields: { status: z.enum(APPLICATION_STATUSES), createdAt: time, unitId: z.string() },
    indexes: [['status', 'createdAt']],
    scope: 'estate',
  }),
  auditLog: collectionOf<AuditEntry>()({
    fields: { at: time, by: z.string(), action: z.string() },
    indexes: [['at'], ['by', 'at']],
    scope: 'estate',
  }),
  files: collectionOf<FileDoc>()({
    fields: { ownerOpenid: z.string(), orderId: z.string().nullable(), createdAt: time },
    indexes: [['ownerOpenid'], ['orderId', 'createdAt']],
    scope: 'estate',
  }),
  /** Photo checks (content security), keyed by file id. */
  mediaChecks: collectionOf<MediaCheckDoc>()({
    fields: { traceId: z.string(), status: z.enum(['pending', 'pass', 'risky', 'review']), submittedAt: time },
    indexes: [['traceId'], ['status', 'submittedAt']],
    scope: 'estate',
    // WeChat pushes a verdict with its trace id alone: the trace id finds the check's estate.
    acrossEstates: [['traceId']],
  }),
  /** Residents who left, for the retention run. */
  departures: collectionOf<DepartureDoc>()({
    fields: { unitId: z.string(), leftAt: time, anonymisedAt: nullableTime },
    indexes: [['anonymisedAt', 'leftAt']],
    scope: 'estate',
  }),
  /**
   * The number WeChat vouched for, per WeChat user: a fact about the person, not an estate's record,
   * and a guest verifies it on the onboarding form before belonging to any estate.
   */
  verifiedPhones: collectionOf<VerifiedPhoneDoc>()({ fields: { phone: z.string() }, indexes: [], scope: 'global' }),
  inbox: collectionOf<InboxMessage>()({
    fields: { toOpenid: z.string(), createdAt: time, readAt: nullableTime },
    indexes: [
      ['toOpenid', 'createdAt'],
      ['toOpenid', 'readAt'],
    ],
    scope: 'estate',
  }),
  // A WeChat consent belongs to the user and the mini-program, whichever estate asked.
  consents: collectionOf<ConsentDoc>()({
    fields: { openid: z.string(), remaining: z.number() },
    indexes: [],
    scope: 'global',
  }),
  announcements: collectionOf<Announcement>()({
    fields: { createdAt: time, buildings: z.array(z.string()).nullable(), withdrawnAt: nullableTime },
    indexes: [['createdAt']],
    scope: 'estate',
  }),
  // The local stand-in for WeChat's delivery: the platform's record, not an estate's.
  outbox: collectionOf<OutboxEntry>()({
    fields: { toOpenid: z.string(), sentAt: time },
    indexes: [['toOpenid', 'sentAt'], ['sentAt']],
    scope: 'global',
  }),
  visitorPasses: collectionOf<VisitorPass>()({
    fields: { unitId: z.string(), createdAt: time, token: z.string(), shortCode: z.string(), validUntil: time },
    indexes: [['unitId', 'createdAt'], ['token'], ['shortCode', 'validUntil']],
    scope: 'estate',
    // The visitor opening a shared link belongs to no estate: the token alone finds the pass.
    acrossEstates: [['token']],
  }),
  visitorEntries: collectionOf<EntryRecord>()({
    fields: { passId: z.string(), at: time },
    indexes: [['at']],
    scope: 'estate',
  }),
  /**
   * Limits and caps: one counter document per window (limits/slots.ts). Global: a person's
   * limits (bad invite codes, uploads) hold before they have an estate and across estates; a
   * household's limits name the household's estate in their scope.
   */
  limitSlots: collectionOf<LimitSlot>()({
    fields: { expiresAt: time, count: z.number().int().min(0).optional() },
    indexes: [['expiresAt']],
    scope: 'global',
  }),
  feeItems: collectionOf<FeeItem>()({
    fields: { active: z.boolean(), rateFen: z.number() },
    indexes: [['active']],
    scope: 'estate',
  }),
  bills: collectionOf<Bill>()({
    fields: {
      unitId: z.string(),
      building: z.string(),
      period: z.string(),
      status: z.enum(BILL_STATUSES),
      dueDate: z.string(),
      amount: z.number(),
    },
    indexes: [
      ['unitId', 'period'],
      ['period', 'building'],
      ['status', 'dueDate'],
    ],
    scope: 'estate',
  }),
  payOrders: collectionOf<PaymentOrder>()({
    fields: { unitId: z.string(), status: z.enum(ORDER_STATUSES), createdAt: time, amount: z.number() },
    indexes: [['unitId', 'status', 'createdAt'], ['status', 'createdAt'], ['createdAt']],
    scope: 'estate',
  }),
  receipts: collectionOf<Receipt>()({
    fields: { unitId: z.string(), paidAt: time, amount: z.number() },
    indexes: [['unitId', 'paidAt']],
    scope: 'estate',
  }),
  // The collections below came with feedback, idempotency and reports; their schemas check id and
  // version, and grow field checks as those modules settle.
  feedback: collectionOf<Feedback>()({
    fields: {},
    indexes: [
      ['unitId', 'createdAt'],
      ['createdAt'],
      ['status', 'createdAt'],
      ['assigneeOpenid', 'createdAt'],
      ['ownerOpenid', 'createdAt'],
      ['relatedOrderId'],
      ['nextCheckAt'],
    ],
    scope: 'estate',
  }),
  returnVisits: collectionOf<ReturnVisit>()({
    fields: {},
    indexes: [['status', 'dueAt'], ['closedAt']],
    scope: 'estate',
  }),
  surveys: collectionOf<Survey>()({ fields: {}, indexes: [['createdAt'], ['status', 'createdAt']], scope: 'estate' }),
  surveyAnswers: collectionOf<SurveyAnswer>()({ fields: {}, indexes: [['surveyId', 'createdAt']], scope: 'estate' }),
  /**
   * Idempotency: the first result of each (caller, action, requestId), kept 24 h. Global: keyed by
   * the caller, and a guest's first call (applying, redeeming) comes before they have an estate.
   */
  requestLog: collectionOf<LoggedRequest>()({
    fields: { at: time, payload: z.string() },
    indexes: [['at']],
    scope: 'global',
  }),
  /** Published monthly reports, keyed by month (`YYYY-MM`); read newest first by id. */
  serviceReports: collectionOf<PublishedReport>()({ fields: {}, indexes: [], scope: 'estate' }),
  /** Desktop console sign-ins, keyed by the code the console's QR shows; live for 2 minutes. */
  // A desktop sign-in starts before anyone (and so any estate) is known: the platform's record.
  consoleSignIns: collectionOf<ConsoleSignIn>()({
    fields: { expiresAt: time, status: z.enum(['pending', 'approved', 'completed']) },
    // Housekeeping's range read of the expired ones.
    indexes: [['expiresAt']],
    scope: 'global',
  }),
  vendors: collectionOf<Vendor>()({
    fields: { name: z.string(), createdAt: time },
    indexes: [['createdAt']],
    scope: 'estate',
  }),
  /** One document per routed category (the id): which vendor takes its new orders. */
  vendorRoutes: collectionOf<VendorRoute>()({
    fields: { vendorId: z.string() },
    indexes: [['vendorId']],
    scope: 'estate',
  }),
  /** One document (id `rules`): repeat window, on-site proof, outage detection, contract review. */
  qualityRules: collectionOf<QualityRules>()({
    fields: { repeatWindowDays: z.number() },
    indexes: [],
    scope: 'estate',
  }),
  incidents: collectionOf<Incident>()({
    fields: { status: z.enum(INCIDENT_STATUSES), placeKey: z.string(), createdAt: time },
    indexes: [['status', 'createdAt'], ['placeKey', 'status'], ['createdAt']],
    scope: 'estate',
  }),
} as const

export type CollectionName = keyof typeof COLLECTIONS

/** The document type stored in collection `N`. */
export type DocOf<N extends CollectionName> =
  (typeof COLLECTIONS)[N] extends CollectionSpec<infer T extends { id: string; version: number }> ? T : never

/** The fields a collection may be queried or sorted on. */
export function queryableFields(name: CollectionName): Set<string> {
  return new Set(COLLECTIONS[name].indexes.flat())
}

export const isEstateCollection = (name: CollectionName): boolean => COLLECTIONS[name].scope === 'estate'
