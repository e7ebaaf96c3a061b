import { call, chooseTransport, signInApi } from '../../../console/api'
import type { Reply, Transport } from '../../../console/transport/transport.port'
import { gridListReply, orderChangesReply, orderSearchReply, settingsReply } from '@core/estate/console.replies'
import { rehearsalReply } from '@core/estate/rehearsal.replies'

// Checked by the typecheck, not at run time: `call` has no form without a reply schema.
// @ts-expect-error every console call names the schema its reply is parsed with
void (() => call('admin', 'listGrids'))

/** A console transport answering each `fn.action` with a fixed body, as the functions would send it. */
function answering(bodies: Record<string, unknown>): Transport {
  const refuse = () => Promise.reject(new Error('not asked'))
  return {
    call: async (fn, event) => bodies[`${fn}.${String(event.action)}`] as Reply<unknown>,
    openSignIn: refuse,
    pollSignIn: refuse,
    adopt: refuse,
    signOut: refuse,
  }
}

const grid = { id: 'g1', version: 0, name: '一号楼', buildings: ['1'], publicAreas: false, ownerOpenid: 'staff-1' }
const spread = { mean: 12, median: 10, p90: null }
const side = {
  workers: 2,
  shifts: [{ from: '08:00', to: '17:00' }],
  promises: { response: 30, resolution: 600 },
  figures: {
    orders: 40,
    neverTaken: 0,
    response: { business: spread, wall: spread, inHoursWall: spread },
    resolution: { business: spread, wall: spread },
    withinPromise: { response: 0.9, arrival: null, resolution: 0.8 },
    breaches: 3,
    escalations: 1,
    complaints: 2,
  },
}
const rehearsal = {
  basis: { orders: 40, fromEstate: true, minOrders: 30, historyDays: 90, units: 120, perDay: 1.3 },
  current: side,
  proposed: side,
}

describe('the console parses every reply with its action’s schema', () => {
  it('passes good replies through unchanged, extra fields included', async () => {
    chooseTransport(
      answering({
        'admin.listGrids': { ok: true, data: { items: [grid] } },
        'admin.orderChanges': { ok: true, data: { stamp: 'abc', changed: true } },
        'rehearsal.rehearse': { ok: true, data: rehearsal },
      }),
    )
    expect(await call('admin', 'listGrids', gridListReply)).toEqual({ ok: true, data: { items: [grid] } })
    expect(await call('admin', 'orderChanges', orderChangesReply)).toEqual({
      ok: true,
      data: { stamp: 'abc', changed: true },
    })
    // neverTaken and the business spreads are not shown, yet kept as the simulation sent them.
    expect(await call('rehearsal', 'rehearse', rehearsalReply)).toEqual({ ok: true, data: rehearsal })
  })

  it.each([
    ['admin', 'listGrids', gridListReply, { items: [{ ...grid, ownerOpenid: undefined }] }, 'items.0.ownerOpenid'],
    ['admin', 'findOrders', orderSearchReply, { items: [], total: '3', truncated: false }, 'total'],
    ['admin', 'orderChanges', orderChangesReply, { changed: true }, 'stamp'],
    ['admin', 'getSettings', settingsReply, { id: 'estate', version: 1, dispatch: {} }, 'sla'],
    [
      'rehearsal',
      'rehearse',
      rehearsalReply,
      { ...rehearsal, proposed: { ...side, figures: { ...side.figures, breaches: null } } },
      'proposed.figures.breaches',
    ],
  ] as const)('a malformed %s.%s is INTERNAL naming the field off', async (fn, action, schema, data, path) => {
    chooseTransport(answering({ [`${fn}.${action}`]: { ok: true, data } }))
    expect(await call(fn, action, schema as never)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: `malformed reply: ${fn}.${action} ${path}` },
    })
  })

  it('hands an error envelope on as sent, whatever the schema', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'managers only' } }
    chooseTransport(answering({ 'admin.getSettings': refused }))
    expect(await call('admin', 'getSettings', settingsReply)).toEqual(refused)
  })

  it('parses the sign-in answers too: a poll whose user has no role is INTERNAL, a good one passes', async () => {
    const user = { openid: 'admin-1', name: '赵经理', role: 'manager', companyAdmin: false }
    const polled = (answer: unknown): Transport => ({
      ...answering({}),
      openSignIn: async () => ({ ok: true, data: { code: 'c1', secret: 's1', expiresAt: '2026-11-29T10:02:00.000Z' } }),
      pollSignIn: async () => ({ ok: true, data: answer }),
    })
    chooseTransport(polled({ status: 'signedIn', token: 't', user }))
    expect(await signInApi.open()).toMatchObject({ ok: true, data: { code: 'c1', secret: 's1' } })
    expect(await signInApi.poll('c1', 's1')).toEqual({ ok: true, data: { status: 'signedIn', token: 't', user } })
    chooseTransport(polled({ status: 'signedIn', token: 't', user: { ...user, role: undefined } }))
    expect(await signInApi.poll('c1', 's1')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'malformed reply: consoleSignIn.poll user.role' },
    })
  })
})
