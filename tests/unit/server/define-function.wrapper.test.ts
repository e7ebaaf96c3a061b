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

const T0 = '2026-11-27T02:00:00.000Z'
const logged: Record<string, unknown>[] = []
let dir: string
let runtime: LocalRuntime
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linli-wrapper-'))
  logged.length = 0
  runtime = createLocalRuntime(dir, {
    info: () => {},
    error: (message, details) => logged.push({ message, ...details }),
  })
  runtime.clock.set(T0)
  await seedIfEmpty(runtime.store)
})
afterEach(async () => {
  await runtime.store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Counts how often the use case ran and the input schema was consulted. */
const seen = { parsed: 0, ran: 0 }
beforeEach(() => Object.assign(seen, { parsed: 0, ran: 0 }))
const countedName = z.string().refine(() => {
  seen.parsed++
  return true
})

const probe = defineFunction('probe', {
  actions: {
    rename: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ name: countedName }),
      async run(input, ctx) {
        seen.ran++
        // The entry is written after the change: during the run the log is still empty.
        const during = await ctx.store.collection('auditLog').count({})
        if (input.name === 'refuse') return fail(appError(ErrorCode.CONFLICT, 'no'))
        if (input.name === 'explode') throw new Error('secret: password=hunter2 at /srv/db.sqlite')
        return ok({ id: 'g1', auditedDuring: during })
      },
    }),
    clock: action({
      roles: ['resident'],
      input: z.object({}),
      async run(_input, ctx) {
        const first = ctx.now
        runtime.clock.advanceMinutes(90)
        return ok({ first, later: ctx.now, clock: runtime.clock.now().toISOString() })
      },
    }),
  },
})

const call = (openid: string, event: Record<string, unknown>) => probe.handle(event, { kind: 'user', openid }, runtime)
const auditEntries = () => runtime.store.collection('auditLog').find({ where: {}, limit: 10 })

describe('the function wrapper', () => {
  it('checks the role before it parses the input: a resident sending garbage learns FORBIDDEN, and nothing runs', async () => {
    expect(await call('resident-1', { action: 'rename', name: 42 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await call('someone-unknown', { action: 'rename' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(seen).toEqual({ parsed: 0, ran: 0 })
    // The same garbage from an allowed caller is a validation failure naming the field.
    expect(await call('admin-1', { action: 'rename', name: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { name: expect.any(Array) } },
    })
    expect(seen.ran).toBe(0)
  })

  it('answers an unknown fault as INTERNAL with no detail, and logs the detail instead', async () => {
    const reply = await call('admin-1', { action: 'rename', name: 'explode' })
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } })
    expect(JSON.stringify(reply)).not.toMatch(/hunter2|sqlite|secret/)
    expect(logged).toEqual([
      expect.objectContaining({ message: 'probe failed', error: expect.stringMatching(/hunter2/) }),
    ])
  })

  it('writes the audit entry only after the change succeeded: none for a refusal or a fault', async () => {
    await call('admin-1', { action: 'rename', name: 'refuse' })
    await call('admin-1', { action: 'rename', name: 'explode' })
    expect(await auditEntries()).toEqual([])
    expect(await call('admin-1', { action: 'rename', name: '东区' })).toEqual({
      ok: true,
      data: { id: 'g1', auditedDuring: 0 },
    })
    expect(await auditEntries()).toEqual([expect.objectContaining({ action: 'probe.rename', resultId: 'g1' })])
  })

  it('reads the clock once per call: every time one call writes agrees', async () => {
    const reply = await call('resident-1', { action: 'clock' })
    if (!reply.ok) throw new Error(reply.error.message)
    const { first, later, clock } = reply.data as Record<string, string>
    expect(later).toBe(first)
    expect(Date.parse(clock!) - Date.parse(first!)).toBeGreaterThanOrEqual(90 * 60_000)
  })
})
