import { DEMO_ESTATE_ID } from '@server/local/seed'
import type { InProcess } from './in-process'
import { T0 } from './in-process'

/**
 * The people of the matrix: a guest, two residents of different units, two workers, a guard, the
 * manager and the service desk (after the manager, so the fuzz calls the office's actions as the manager).
 */
export const PERSONAS = [
  'stranger-1',
  'resident-1',
  'resident-2',
  'staff-1',
  'staff-2',
  'guard-1',
  'admin-1',
  'desk-1',
] as const
export type Persona = (typeof PERSONAS)[number]

export const ROLE_OF: Record<Persona, string> = {
  'stranger-1': 'guest',
  'resident-1': 'resident',
  'resident-2': 'resident',
  'staff-1': 'maintenance',
  'staff-2': 'maintenance',
  'guard-1': 'guard',
  'desk-1': 'service_desk',
  'admin-1': 'manager',
}

export interface Fixtures {
  /** Ids of documents owned by each persona (their household's order and pass; a worker's job…). */
  owned: Record<Persona, string[]>
  all: string[]
}

async function must(env: InProcess, openid: string, fn: string, event: Record<string, unknown>) {
  const answer = await env.call(openid, fn, event)
  if (!answer.ok) throw new Error(`fixture ${fn}.${String(event.action)} failed: ${JSON.stringify(answer.error)}`)
  return answer.data as { id: string }
}

/** One of everything, owned by each persona, so every action has something real to refuse or reveal. */
export async function buildFixtures(env: InProcess): Promise<Fixtures> {
  await must(env, 'admin-1', 'admin', { action: 'updateLimits', repairCreatesPerHour: 0, repairCreatesPerDay: 0 })
  const order = (openid: string) =>
    must(env, openid, 'repair', { action: 'create', category: 'plumbing', description: '水管漏水' })
  const pass = (openid: string) =>
    must(env, openid, 'visitor', {
      action: 'create',
      visitorName: '张三',
      visitorPhone: '13812340001',
      validFrom: T0,
      validUntil: new Date(Date.parse(T0) + 3600_000).toISOString(),
      maxEntries: 2,
    })
  const [order1, order2, job] = [await order('resident-1'), await order('resident-2'), await order('resident-1')]
  await must(env, 'staff-1', 'repair', { action: 'accept', id: job.id })
  const [pass1, pass2] = [await pass('resident-1'), await pass('resident-2')]
  const invite = await must(env, 'admin-1', 'admin', { action: 'createInvite', kind: 'unit', unitId: '3-101' })
  // Revoked, so the matrix's guest cannot join with it halfway through and change role.
  await must(env, 'admin-1', 'admin', { action: 'revokeInvite', code: invite.id })
  // Not the matrix's guest: a manager approving it would make them a resident halfway through.
  await must(env, 'applicant-9', 'me', {
    action: 'apply',
    estateId: DEMO_ESTATE_ID,
    name: '周先生',
    phone: '13700000009',
    building: '3',
    number: '102',
    relation: 'owner',
  })
  const item = await must(env, 'admin-1', 'billing', {
    action: 'saveItem',
    name: '物业费',
    kind: 'per_m2_monthly',
    rateFen: 250,
  })
  await must(env, 'admin-1', 'billing', { action: 'run', period: '2026-02' })
  const owned: Fixtures['owned'] = {
    'stranger-1': [],
    'resident-1': [order1.id, pass1.id],
    'resident-2': [order2.id, pass2.id],
    'staff-1': [job.id],
    'staff-2': [],
    'guard-1': [],
    'desk-1': [],
    'admin-1': [invite.id, item.id, 'applicant-9'],
  }
  return { owned, all: Object.values(owned).flat() }
}

/**
 * Documents per collection, across both estates and the global collections, as one string: a refused
 * call must leave it unchanged. Limit slots are left out: refusals take them by design (failed codes
 * count). One query over the database file rather than a count per collection and estate through the
 * store: the fuzz and the matrix take it twice per call, tens of thousands of times.
 */
export async function fingerprint(env: InProcess): Promise<string> {
  const reader = env.reader()
  const tables = reader
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'limitSlots' ORDER BY name")
    .pluck()
    .all() as string[]
  if (tables.length === 0) return ''
  const counts = reader
    .prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")`).join(', ')}`)
    .raw()
    .get() as number[]
  return tables.map((t, i) => `${t}:${counts[i]}`).join(',')
}
