import { BILL_STATUSES, type Bill } from '@core/billing/bill'
import type { FeeItem } from '@core/billing/fee-item'
import { ORDER_STATUSES, type PaymentOrder } from '@core/billing/payment-order'
import type { Receipt } from '@core/billing/receipt'
import type { Feedback } from '@core/feedback/feedback'
import type { ReturnVisit } from '@core/feedback/return-visit'
import type { Survey, SurveyAnswer } from '@core/feedback/survey'
import type { Announcement } from '@core/notify/announcement'
import type { InboxMessage } from '@core/notify/inbox-message'
import type { PublishedReport } from '@core/report/report.schemas'
import { z } from '@core/shared/zod'
import type { EntryRecord, VisitorPass } from '@core/visitor/visitor-pass'
import { collectionOf, nullableTime, time } from './collection-spec'
import type { ConsentDoc, FeeItemNameClaim } from './documents'

/** What residents use besides repairs: messages, visitors, bills, feedback and the published reports. */
export const RESIDENT_SERVICE_COLLECTIONS = {
  inbox: collectionOf<InboxMessage>()({
    fields: () => ({ toOpenid: z.string(), createdAt: time, readAt: nullableTime }),
    indexes: [
      ['toOpenid', 'createdAt'],
      ['toOpenid', 'readAt'],
    ],
    scope: 'estate',
  }),
  // A WeChat consent belongs to the user and the mini-program, whichever estate asked.
  consents: collectionOf<ConsentDoc>()({
    fields: () => ({ openid: z.string(), remaining: z.number() }),
    indexes: [],
    scope: 'global',
  }),
  announcements: collectionOf<Announcement>()({
    fields: () => ({ createdAt: time, buildings: z.array(z.string()).nullable(), withdrawnAt: nullableTime }),
    indexes: [['createdAt']],
    scope: 'estate',
  }),
  visitorPasses: collectionOf<VisitorPass>()({
    fields: () => ({ unitId: z.string(), createdAt: time, token: z.string(), shortCode: z.string(), validUntil: time }),
    indexes: [['unitId', 'createdAt'], ['token'], ['shortCode', 'validUntil']],
    scope: 'estate',
    // The visitor opening a shared link belongs to no estate: the token alone finds the pass.
    acrossEstates: [['token']],
  }),
  visitorEntries: collectionOf<EntryRecord>()({
    fields: () => ({ passId: z.string(), at: time }),
    indexes: [['at']],
    scope: 'estate',
  }),
  feeItems: collectionOf<FeeItem>()({
    fields: () => ({ active: z.boolean(), rateFen: z.number() }),
    indexes: [['active']],
    scope: 'estate',
  }),
  /** Which fee item holds each active name and kind (billing/fee-item-names.ts). */
  feeItemNames: collectionOf<FeeItemNameClaim>()({
    fields: () => ({ itemId: z.string(), claimedAt: time }),
    indexes: [],
    scope: 'estate',
  }),
  bills: collectionOf<Bill>()({
    fields: () => ({
      unitId: z.string(),
      building: z.string(),
      period: z.string(),
      status: z.enum(BILL_STATUSES),
      dueDate: z.string(),
      amount: z.number(),
    }),
    indexes: [
      ['unitId', 'period'],
      ['period', 'building'],
      ['status', 'dueDate'],
    ],
    scope: 'estate',
  }),
  payOrders: collectionOf<PaymentOrder>()({
    fields: () => ({ unitId: z.string(), status: z.enum(ORDER_STATUSES), createdAt: time, amount: z.number() }),
    indexes: [['unitId', 'status', 'createdAt'], ['status', 'createdAt'], ['createdAt']],
    scope: 'estate',
  }),
  receipts: collectionOf<Receipt>()({
    fields: () => ({ unitId: z.string(), paidAt: time, amount: z.number() }),
    indexes: [['unitId', 'paidAt']],
    scope: 'estate',
  }),
  // The collections below came with feedback and reports; their schemas check id and version, and
  // grow field checks as those modules settle.
  feedback: collectionOf<Feedback>()({
    fields: () => ({}),
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
    fields: () => ({}),
    indexes: [['status', 'dueAt'], ['closedAt']],
    scope: 'estate',
  }),
  surveys: collectionOf<Survey>()({
    fields: () => ({}),
    indexes: [['createdAt'], ['status', 'createdAt']],
    scope: 'estate',
  }),
  surveyAnswers: collectionOf<SurveyAnswer>()({
    fields: () => ({}),
    indexes: [['surveyId', 'createdAt']],
    scope: 'estate',
  }),
  /** Published monthly reports, keyed by month (`YYYY-MM`); read newest first by id. */
  serviceReports: collectionOf<PublishedReport>()({ fields: () => ({}), indexes: [], scope: 'estate' }),
} as const
