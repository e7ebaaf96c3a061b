import type { IsoTime } from '../shared/time'
import { stateAt } from './visitor-pass.machine'
import type { GatePass, HouseholdPass, SharedPass, VisitorPass } from './visitor-pass'

/** `13800000001` -> `138****0001`: enough for a visitor to recognise their number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length >= 8 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '*'.repeat(phone.length)
}

export const entriesLeft = (pass: VisitorPass): number => Math.max(0, pass.maxEntries - pass.entries)

export const householdView = (pass: VisitorPass, now: IsoTime): HouseholdPass => ({
  ...pass,
  state: stateAt(pass, now),
  entriesLeft: entriesLeft(pass),
})

export const gateView = (pass: VisitorPass): GatePass => ({
  visitorName: pass.visitorName,
  visitorPhone: maskPhone(pass.visitorPhone),
  plate: pass.plate,
  unitId: pass.unitId,
  validFrom: pass.validFrom,
  validUntil: pass.validUntil,
  entriesLeft: entriesLeft(pass),
})

export const sharedView = (pass: VisitorPass, now: IsoTime): SharedPass => ({
  ...gateView(pass),
  state: stateAt(pass, now),
  token: pass.token,
  shortCode: pass.shortCode,
})
