import type { UserDoc } from '@server/store/documents'
import { addMinutes } from '@core/shared/time'
import type { TestHost } from '../../support/test-host'

/** The tests' fixed "now": 10:00 in Shanghai. */
export const T0 = '2026-11-27T02:00:00.000Z'
export const at = (minutes: number) => addMinutes(T0, minutes)

export const VISITOR_PHONE = '13812340001'

/** Books a visitor as `openid`, by default one entry from 09:55 to 12:00 Shanghai time; throws unless it succeeds. */
export async function book(host: TestHost, openid = 'resident-1', overrides: Record<string, unknown> = {}) {
  const created = await host.call(openid, 'visitor', {
    action: 'create',
    visitorName: '张三',
    visitorPhone: VISITOR_PHONE,
    validFrom: at(-5),
    validUntil: at(120),
    maxEntries: 1,
    ...overrides,
  })
  if (!created.ok) throw new Error(`booking failed: ${JSON.stringify(created.error)}`)
  return created.data as { id: string; token: string; shortCode: string; [field: string]: unknown }
}

/** Adds people the seed does not have (a second guard, another member of a household). */
export async function addUsers(host: TestHost, users: { id: string; role: UserDoc['role']; unitId?: string }[]) {
  await host.runtime.store
    .collection('users')
    .insertMany(users.map((u) => ({ version: 0, name: u.id, phone: null, unitId: null, ...u })))
}
