import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '@server/action'
import { defineFunction } from '@server/define-function'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'

const errors: unknown[] = []
let dir: string
let runtime: LocalRuntime
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linli-audit-'))
  errors.length = 0
  runtime = createLocalRuntime(dir, {
    info: () => {},
    error: (message, details) => errors.push({ message, ...details }),
  })
  runtime.clock.set('2026-11-27T02:00:00.000Z')
  await seedIfEmpty(runtime.store)
})
afterEach(async () => {
  await runtime.store.close()
  rmSync(dir, { recursive: true, force: true })
})

const probe = defineFunction('probe', {
  actions: {
    rename: action({
      roles: ['manager', 'resident'],
      audit: true,
      input: z.object({ id: z.string(), name: z.string() }),
      run: async (input) =>
        input.name === 'bad' ? fail(appError(ErrorCode.CONFLICT, 'no')) : ok({ id: input.id, name: input.name }),
    }),
    read: action({ roles: ['manager'], input: z.object({}), run: async () => ok({ id: 'x' }) }),
  },
})

const call = (openid: string, event: Record<string, unknown>) => probe.handle(event, { kind: 'user', openid }, runtime)
const entries = () => runtime.store.collection('auditLog').find({ where: {}, limit: 100 })

describe('the audit flag on an action', () => {
  it("records a manager's successful call: who, when, what and on which id", async () => {
    expect(await call('admin-1', { action: 'rename', id: 'g1', name: '东区' })).toEqual({
      ok: true,
      data: { id: 'g1', name: '东区' },
    })
    const [entry, ...rest] = await entries()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({
      by: 'admin-1',
      byName: '刘经理',
      action: 'probe.rename',
      input: { id: 'g1', name: '东区' },
      resultId: 'g1',
    })
    expect(Date.parse(entry!.at) - Date.parse('2026-11-27T02:00:00.000Z')).toBeLessThan(5_000)
  })

  it('records nothing for a failed call, a resident caller or an action without the flag', async () => {
    await call('admin-1', { action: 'rename', id: 'g1', name: 'bad' })
    await call('resident-1', { action: 'rename', id: 'g1', name: '东区' })
    await call('admin-1', { action: 'read' })
    expect(await entries()).toEqual([])
  })

  it('a log that cannot be written is reported to the logs, and the done change still answers as done', async () => {
    const store = runtime.store
    const real = store.collection.bind(store)
    // The audit collection alone fails, as a full disk or a lost connection would make it.
    store.collection = ((name: Parameters<typeof real>[0]) =>
      name === 'auditLog'
        ? Object.assign(Object.create(real(name)), { insert: () => Promise.reject(new Error('disk full')) })
        : real(name)) as typeof store.collection
    expect(await call('admin-1', { action: 'rename', id: 'g1', name: '东区' })).toEqual({
      ok: true,
      data: { id: 'g1', name: '东区' },
    })
    expect(errors).toEqual([
      { message: 'audit entry not recorded', action: 'probe.rename', by: 'admin-1', error: 'Error: disk full' },
    ])
  })
})
