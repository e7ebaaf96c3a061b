import { itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import {
  PASS_STATES,
  type GatePass,
  type EntryRecord,
  type GateResult,
  type HouseholdPass,
  type SharedPass,
} from './visitor-pass'

// What the `visitor` function answers, as the client's visitor service parses it.

const gatePassFields = {
  visitorName: z.string(),
  visitorPhone: z.string(),
  plate: z.string().nullable(),
  unitId: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  entriesLeft: z.number(),
}
const passState = z.enum(PASS_STATES)

export const householdPassReply: z.ZodType<HouseholdPass> = z.looseObject({
  ...gatePassFields,
  id: z.string(),
  version: z.number(),
  residentOpenid: z.string(),
  residentName: z.string(),
  maxEntries: z.number(),
  entries: z.number(),
  lastEntryAt: z.string().nullable(),
  token: z.string(),
  shortCode: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  state: passState,
})
export const householdPassListReply = itemsOf(householdPassReply)

export const sharedPassReply: z.ZodType<SharedPass> = z.looseObject({
  ...gatePassFields,
  state: passState,
  token: z.string(),
  shortCode: z.string(),
})

const gatePass: z.ZodType<GatePass> = z.looseObject(gatePassFields)
export const gateResultReply: z.ZodType<GateResult> = z.union([
  z.looseObject({ outcome: z.enum(['valid', 'admitted']), pass: gatePass }),
  z.looseObject({
    outcome: z.literal('refused'),
    reason: z.union([passState.exclude(['valid']), z.literal('unknown')]),
    pass: gatePass.nullable(),
  }),
])

/** `entries`: the admissions log, as the console's visitor log shows it. */
export const entryListReply = itemsOf<EntryRecord>(
  z.looseObject({
    id: z.string(),
    version: z.number(),
    passId: z.string(),
    unitId: z.string(),
    visitorName: z.string(),
    visitorPhone: z.string(),
    plate: z.string().nullable(),
    guardOpenid: z.string(),
    guardName: z.string(),
    at: z.string(),
  }),
)
