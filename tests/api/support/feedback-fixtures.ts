import type { TestHost } from '../../support/test-host'

/** An estate-local wall time (`2026-03-02 09:00`, Asia/Shanghai) as the ISO instant the dev clock takes. */
export const local = (time: string) => new Date(`${time.replace(' ', 'T')}:00+08:00`).toISOString()

/** Monday 2 March 2026, 09:00 in the estate: one service hour after opening (08:00–20:00 every day). */
export const MONDAY_9AM = '2026-03-02 09:00'

export async function setClock(host: TestHost, time: string): Promise<void> {
  await host.post('/api/dev/clock', { set: local(time) })
}

export async function complain(
  host: TestHost,
  fields: Record<string, unknown> = {},
  openid = 'resident-1',
): Promise<any> {
  const created = await host.call(openid, 'feedback', {
    action: 'create',
    kind: 'complaint',
    topic: '噪音扰民',
    description: '楼上装修每天中午电钻声不断',
    ...fields,
  })
  if (!created.ok) throw new Error(`create failed: ${JSON.stringify(created.error)}`)
  return created.data
}

/** The kinds of the inbox messages one person has received, oldest first. */
export async function inboxKinds(host: TestHost, openid: string): Promise<string[]> {
  const inbox = await host.call(openid, 'inbox', { action: 'list', limit: 50 })
  if (!inbox.ok) throw new Error(inbox.error.message)
  return inbox.data.items.map((m: { kind: string }) => m.kind).reverse()
}

export async function inboxBodies(host: TestHost, openid: string, kind: string): Promise<string[]> {
  const inbox = await host.call(openid, 'inbox', { action: 'list', limit: 50 })
  if (!inbox.ok) throw new Error(inbox.error.message)
  return inbox.data.items.filter((m: { kind: string }) => m.kind === kind).map((m: { body: string }) => m.body)
}

/** How many documents a collection holds: what a refused call must leave unchanged. */
export const countDocs = (host: TestHost, collection: 'feedback' | 'returnVisits' | 'surveyAnswers' | 'requestLog') =>
  host.runtime.store.collection(collection).count({})

/** Matches an instant within the given estate-local minute: the dev clock keeps running after it is set. */
export const inMinute = (time: string) => expect.stringMatching(new RegExp(`^${local(time).slice(0, 16)}`))

/** A call whose reply the test reads freely: each test asserts `ok` where it matters. */
export const callAny = (host: TestHost, openid: string, fn: string, event: Record<string, unknown>): Promise<any> =>
  host.call(openid, fn, event)
