import type { Relation, Unit } from '@core/estate/estate'
import type { Role } from '@core/identity/actor'
import type { SubscribeMessage } from '@core/notify/subscribe-message'
import type { TemplateKey } from '@core/notify/templates'
import type { Category } from '@core/repair/work-order'
import type { IsoTime } from '@core/shared/time'

/**
 * Shapes of the documents only the server stores (the others are core entities). They live beside
 * the collection registry so the store layer depends on no module above it.
 */

/**
 * A person the estate knows, keyed by openid. The fields after `phone` came with onboarding and
 * are absent on older records (the demo seed); readers apply the defaults documented on each.
 */
export interface UserDoc {
  id: string
  version: number
  role: Exclude<Role, 'guest' | 'company_admin'>
  name: string
  unitId: string | null
  /** Full number; only the user and managers ever see it unmasked. */
  phone: string | null
  /** Residents: how they live in the unit. Absent: unknown. */
  relation?: Relation
  /** Residents: whether the estate checked the person and relation. Absent: entered by the estate, so checked. */
  verified?: boolean
  /** Maintenance staff: the categories they take. Absent or empty: all. */
  skills?: Category[]
  /** When they joined through an invite or an approved application. */
  joinedAt?: IsoTime
  /** Vendor workers: the vendor (外包单位) they work for. */
  vendorId?: string
}

/** One estate of the property company, as the estate picker and head office list it. */
export interface EstateDoc {
  /** A short slug, e.g. `sunny-garden`: part of every stored key of the estate's documents. */
  id: string
  version: number
  name: string
  /** Where it is, e.g. 上海; the estate picker groups by it. */
  city: string
  createdAt: IsoTime
}

/**
 * A WeChat user across the company's estates, keyed by openid. Their role in each estate lives in
 * that estate's `users` (a membership); this says which estate they are acting in now.
 */
export interface AccountDoc {
  id: string
  version: number
  /** The estate the user's calls go to; null until they join or pick one. */
  currentEstateId: string | null
  /** Estates where they have (or had) a membership: a hint for the switcher, each checked on use. */
  memberships: string[]
  /** Head office: creates estates, appoints managers, compares estates (no residents' personal data). */
  companyAdmin: boolean
}

/** A home in the estate, e.g. `1-101` is building 1, room 101. */
export type UnitDoc = Unit

/** An uploaded photo's metadata; the bytes live in the file port. */
export interface FileDoc {
  id: string
  version: number
  ownerOpenid: string
  contentType: string
  size: number
  createdAt: IsoTime
  /** The order the file belongs to once attached; who may see the order may see the file. */
  orderId: string | null
  /** Production: the CloudBase fileID the upload was reserved as (the client shows and attaches that id). */
  storedAs?: string
}

/**
 * How many subscribe messages each user has allowed per template. WeChat grants one message per
 * accepted request and reports no balance, so the product counts them itself.
 */
export interface ConsentDoc {
  id: string
  version: number
  openid: string
  template: TemplateKey
  remaining: number
  updatedAt: IsoTime
}

/** A message the local host "sent": what WeChat would have shown the user. */
export interface OutboxEntry extends SubscribeMessage {
  id: string
  version: number
  sentAt: IsoTime
}

/** The limits managers may tune (settings document `limits`); 0 means no limit. */
export interface AbuseLimits {
  id: 'limits'
  version: number
  repairCreatesPerHour: number
  repairCreatesPerDay: number
}

/** A limit's window (limits/slots.ts): its id names the scope and the window; `count` the slots held. */
/**
 * An active fee item's name and kind, claimed by the item that holds it: two active items with one
 * name and kind would bill every unit twice, and an insert of a taken claim fails atomically.
 */
export interface FeeItemNameClaim {
  /** A hash of the kind and the name. */
  id: string
  version: number
  itemId: string
  claimedAt: IsoTime
}

export interface LimitSlot {
  id: string
  version: number
  /** Absent on the one-per-slot documents written before counters; housekeeping removes those. */
  count?: number
  /** When the window ends; housekeeping removes the slot after it. */
  expiresAt: IsoTime
}

/** Idempotency: the first result of one (caller, action, requestId), kept 24 h. */
export interface LoggedRequest {
  id: string
  version: number
  at: IsoTime
  /** The input without the request id, as canonical JSON: a retry must carry the same. */
  payload: string
  /** Null while the first call is still running. */
  result: unknown
}

/** One console's request to be signed in, keyed by the code its QR shows. */
export interface ConsoleSignIn {
  id: string
  version: number
  /** SHA-256 of the secret only the console that opened it holds: seeing the QR is not enough to poll. */
  secretHash: string
  createdAt: IsoTime
  expiresAt: IsoTime
  status: 'pending' | 'approved' | 'completed'
  approvedBy: { openid: string; name: string } | null
}

/** The image check of one uploaded photo (its id is the file id); see content/media-checks.ts. */
export interface MediaCheckDoc {
  id: string
  version: number
  traceId: string
  uploaderOpenid: string
  /** What the photo is attached to, for the message to the uploader. */
  ref: { type: string; id: string }
  /** `pending` until WeChat's verdict arrives; `review` until a manager decides. */
  status: 'pending' | 'pass' | 'risky' | 'review'
  label: number | null
  submittedAt: IsoTime
  decidedAt: IsoTime | null
  /** The manager who released or refused a photo held for review. */
  decidedBy: string | null
}

/** A resident who left their unit (keyed by openid); anonymised once retention runs out. */
export interface DepartureDoc {
  id: string
  version: number
  unitId: string
  leftAt: IsoTime
  /** Set when their personal fields were anonymised (at once on request, or by the retention run). */
  anonymisedAt: IsoTime | null
}

/** The number WeChat vouched for, per user (keyed by openid); their phone is verified while it equals this. */
export interface VerifiedPhoneDoc {
  id: string
  version: number
  phone: string
  verifiedAt: IsoTime
}

/** How long personal data is kept (settings document `privacyRetention`). */
export interface RetentionDoc {
  id: 'privacyRetention'
  version: number
  /** Photos of a closed repair are deleted this many months after it closed. */
  photoMonths: number
  /** A former resident's personal fields are anonymised this many days after they left. */
  formerResidentDays: number
}
