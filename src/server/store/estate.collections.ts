import { APPLICATION_STATUSES, type Application } from '@core/estate/application'
import type { AuditEntry } from '@core/estate/audit'
import type { EstateProfile } from '@core/estate/estate'
import type { EstateSettings } from '@core/estate/estate-settings'
import type { Grid } from '@core/estate/grid'
import type { InviteCode } from '@core/estate/invite-code'
import type { FeedbackSettings } from '@core/feedback/feedback-settings'
import { storedFields } from '@core/shared/reply-schemas'
import { z } from '@core/shared/zod'
import { collectionOf, nullableTime, tenancyIndexes, time, USER_ROLES, type CollectionSpec } from './collection-spec'
import type {
  AbuseLimits,
  AccountDoc,
  DepartureDoc,
  EstateDoc,
  RetentionDoc,
  UnitDoc,
  UserDoc,
  VerifiedPhoneDoc,
} from './documents'

type SettingsDoc = EstateSettings | EstateProfile | FeedbackSettings | AbuseLimits | RetentionDoc

/** The estates, the people who belong to them and how the estate is set up. */
export const ESTATE_COLLECTIONS = {
  /** The estates of the property company; ids are short slugs (e.g. `sunny-garden`). */
  estates: collectionOf<EstateDoc>()({
    fields: () => ({ name: z.string(), city: z.string(), createdAt: time }),
    indexes: [['city', 'name'], ['name']],
    scope: 'global',
  }),
  /** A WeChat user across estates: where they are now, where they belong, company roles. */
  accounts: collectionOf<AccountDoc>()({
    fields: () => ({
      currentEstateId: z.string().nullable(),
      memberships: z.array(z.string()),
      companyAdmin: z.boolean(),
    }),
    indexes: [['companyAdmin']],
    scope: 'global',
  }),
  /** A person's membership of one estate (their role there), keyed by openid within the estate. */
  users: collectionOf<UserDoc>()({
    fields: () => ({
      role: z.enum(USER_ROLES),
      name: z.string(),
      unitId: z.string().nullable(),
    }),
    indexes: [['role'], ['unitId'], ['role', 'unitId']],
    scope: 'estate',
  }),
  /** Documents under fixed ids: the SLA and dispatch settings, the estate's profile, the feedback settings. */
  settings: {
    schema: z.union([
      z.looseObject({ ...storedFields, id: z.literal('estate'), sla: z.looseObject({}), dispatch: z.looseObject({}) }),
      z.looseObject({ ...storedFields, id: z.literal('profile'), name: z.string() }),
      z.looseObject({ ...storedFields, id: z.literal('feedback'), policy: z.looseObject({}) }),
      z.looseObject({
        ...storedFields,
        id: z.literal('limits'),
        repairCreatesPerHour: z.number(),
        repairCreatesPerDay: z.number(),
      }),
      z.looseObject({ ...storedFields, id: z.literal('privacyRetention'), photoMonths: z.number() }),
    ]) as unknown as z.ZodType<SettingsDoc>,
    indexes: tenancyIndexes('estate', []),
    scope: 'estate',
  } satisfies CollectionSpec<SettingsDoc>,
  grids: collectionOf<Grid>()({
    fields: () => ({ name: z.string(), buildings: z.array(z.string()), ownerOpenid: z.string() }),
    indexes: [['name']],
    scope: 'estate',
  }),
  units: collectionOf<UnitDoc>()({
    fields: () => ({ building: z.string(), number: z.string(), floor: z.number(), areaM2: z.number() }),
    indexes: [['building']],
    scope: 'estate',
  }),
  inviteCodes: collectionOf<InviteCode>()({
    fields: () => ({ unitId: z.string().nullable(), createdAt: time, uses: z.number(), maxUses: z.number() }),
    indexes: [['createdAt'], ['unitId', 'createdAt']],
    scope: 'estate',
  }),
  applications: collectionOf<Application>()({
    fields: () => ({ status: z.enum(APPLICATION_STATUSES), createdAt: time, unitId: z.string() }),
    indexes: [['status', 'createdAt']],
    scope: 'estate',
  }),
  auditLog: collectionOf<AuditEntry>()({
    fields: () => ({ at: time, by: z.string(), action: z.string() }),
    indexes: [['at'], ['by', 'at']],
    scope: 'estate',
  }),
  /** Residents who left, for the retention run. */
  departures: collectionOf<DepartureDoc>()({
    fields: () => ({ unitId: z.string(), leftAt: time, anonymisedAt: nullableTime }),
    indexes: [['anonymisedAt', 'leftAt']],
    scope: 'estate',
  }),
  /**
   * The number WeChat vouched for, per WeChat user: a fact about the person, not an estate's record,
   * and a guest verifies it on the onboarding form before belonging to any estate.
   */
  verifiedPhones: collectionOf<VerifiedPhoneDoc>()({
    fields: () => ({ phone: z.string() }),
    indexes: [],
    scope: 'global',
  }),
} as const
