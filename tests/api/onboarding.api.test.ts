import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

const admin = (event: Record<string, unknown>) => host.call('admin-1', 'admin', event)

async function unitInvite(unitId: string, maxUses = 1, validDays = 7): Promise<string> {
  const created = await admin({ action: 'createInvite', kind: 'unit', unitId, maxUses, validDays })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

const redeem = (openid: string, code: string, extra: Record<string, unknown> = {}) =>
  host.call(openid, 'me', {
    action: 'redeemInvite',
    code,
    name: '新住户',
    phone: '13700000001',
    relation: 'owner',
    ...extra,
  })

const refusedWith = (message: string) => ({
  ok: false,
  error: { code: 'VALIDATION_FAILED', fieldErrors: { code: [message] } },
})

describe('an unknown WeChat user', () => {
  it('is an unbound guest who sees only public information', async () => {
    expect(await host.call('wx-new', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { openid: 'wx-new', role: 'guest', bound: false, unitId: null, application: null },
    })
    const info = await host.call('wx-new', 'me', { action: 'publicInfo' })
    expect(info).toMatchObject({ ok: true, data: { name: '邻里小区', publicAreas: expect.any(Array) } })
    expect(info.ok && info.data.buildings).toEqual([
      { code: '1', name: '1号楼' },
      { code: '2', name: '2号楼' },
      { code: '3', name: '3号楼' },
    ])
    expect(
      await host.call('wx-new', 'repair', { action: 'create', category: 'plumbing', description: '漏水' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await host.call('wx-new', 'admin', { action: 'listUnits', building: '1' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('joining with a unit invite code', () => {
  it('binds the user to that unit, who can then report repairs for that unit only', async () => {
    const code = await unitInvite('3-502')
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
    // People type codes in lower case and with spaces.
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`
    const bound = await redeem('wx-new', typed, { relation: 'tenant' })
    expect(bound).toMatchObject({
      ok: true,
      data: {
        openid: 'wx-new',
        role: 'resident',
        unitId: '3-502',
        bound: true,
        relation: 'tenant',
        verified: false,
        name: '新住户',
      },
    })

    const mine = await host.call('wx-new', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '卫生间漏水',
    })
    expect(mine).toMatchObject({ ok: true, data: { unitId: '3-502', residentOpenid: 'wx-new' } })
    const neighbours = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'electrical',
      description: '跳闸',
    })
    expect(
      await host.call('wx-new', 'repair', { action: 'get', id: neighbours.ok && neighbours.data.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const listed = await host.call('wx-new', 'repair', { action: 'list', scope: 'mine' })
    expect(listed.ok && listed.data.items.map((o: { unitId: string }) => o.unitId)).toEqual(['3-502'])

    // Bound users are no longer guests: the joining actions are closed to them.
    expect(await redeem('wx-new', code)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses a used-up, expired, revoked or unknown code and binds nobody', async () => {
    const single = await unitInvite('1-102')
    await redeem('wx-first', single)
    expect(await redeem('wx-second', single)).toMatchObject(refusedWith('邀请码无效或已失效'))

    const shortLived = await unitInvite('1-102', 5, 1)
    await host.advanceMinutes(24 * 60)
    expect(await redeem('wx-late', shortLived)).toMatchObject(refusedWith('邀请码无效或已失效'))

    const revoked = await unitInvite('1-102', 5)
    expect(await admin({ action: 'revokeInvite', code: revoked })).toMatchObject({
      ok: true,
      data: { status: 'revoked' },
    })
    expect(await redeem('wx-third', revoked)).toMatchObject(refusedWith('邀请码无效或已失效'))

    expect(await redeem('wx-fourth', 'ABCD2345')).toMatchObject(refusedWith('邀请码无效或已失效'))
    expect(await redeem('wx-fourth', 'short')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })

    for (const openid of ['wx-second', 'wx-late', 'wx-third', 'wx-fourth']) {
      expect(await host.call(openid, 'me', { action: 'profile' })).toMatchObject({
        ok: true,
        data: { role: 'guest', bound: false },
      })
    }
  })

  it('a code of three uses binds exactly three of eight people redeeming it at once', async () => {
    const code = await unitInvite('2-301', 3)
    const people = Array.from({ length: 8 }, (_, i) => `wx-family-${i}`)
    await Promise.all(people.map((openid) => host.login(openid)))
    const results = await Promise.all(people.map((openid) => redeem(openid, code, { relation: 'family' })))
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject(refusedWith('邀请码无效或已失效'))
    const listed = await admin({ action: 'listInvites', unitId: '2-301' })
    expect(listed.ok && listed.data.items[0]).toMatchObject({ id: code, uses: 3, maxUses: 3, status: 'used_up' })
    expect(listed.ok && listed.data.items[0].redemptions).toHaveLength(3)
    const residents = await admin({ action: 'listResidents', unitId: '2-301' })
    expect(residents.ok && residents.data.items).toHaveLength(3)
  })

  it('a unit code needs the relation to the home', async () => {
    const code = await unitInvite('1-102')
    expect(await redeem('wx-new', code, { relation: undefined })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { relation: ['请选择与房屋的关系'] } },
    })
    expect(await admin({ action: 'listInvites' })).toMatchObject({ ok: true, data: { items: [{ id: code, uses: 0 }] } })
  })

  it('managers only make codes for units that exist', async () => {
    expect(await admin({ action: 'createInvite', kind: 'unit', unitId: '9-999' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { unitId: ['该房屋不存在'] } },
    })
    expect(
      await host.call('resident-1', 'admin', { action: 'createInvite', kind: 'unit', unitId: '1-101' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('applying to be bound', () => {
  const application = {
    action: 'apply',
    name: '周女士',
    phone: '13700000002',
    building: '2',
    number: '301',
    relation: 'tenant',
  }

  it('a manager approves it and the applicant is bound, verified', async () => {
    expect(await host.call('wx-applicant', 'me', application)).toMatchObject({
      ok: true,
      data: { id: 'wx-applicant', status: 'pending', unitId: '2-301' },
    })
    expect(await host.call('wx-applicant', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { bound: false, application: { status: 'pending', unitId: '2-301' } },
    })
    const pending = await admin({ action: 'listApplications' })
    expect(pending).toMatchObject({
      ok: true,
      data: { items: [{ id: 'wx-applicant', name: '周女士', phone: '13700000002' }], nextCursor: null },
    })

    expect(await admin({ action: 'approveApplication', id: 'wx-applicant' })).toMatchObject({
      ok: true,
      data: { status: 'approved', decidedBy: 'admin-1' },
    })
    expect(await host.call('wx-applicant', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { role: 'resident', unitId: '2-301', bound: true, relation: 'tenant', verified: true, name: '周女士' },
    })
    expect(await admin({ action: 'listApplications' })).toMatchObject({ ok: true, data: { items: [] } })
    expect(await admin({ action: 'approveApplication', id: 'wx-applicant' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('a rejected applicant sees why and may apply again', async () => {
    await host.call('wx-applicant', 'me', application)
    expect(await admin({ action: 'rejectApplication', id: 'wx-applicant', note: '房号与登记不符' })).toMatchObject({
      ok: true,
      data: { status: 'rejected', note: '房号与登记不符' },
    })
    expect(await admin({ action: 'approveApplication', id: 'wx-applicant' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
    expect(await host.call('wx-applicant', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { role: 'guest', application: { status: 'rejected', note: '房号与登记不符' } },
    })
    expect(await host.call('wx-applicant', 'me', { ...application, number: '302' })).toMatchObject({
      ok: true,
      data: { status: 'pending', unitId: '2-302', note: null },
    })
  })

  it('an application names a real unit, and is dropped when the applicant joins with a code instead', async () => {
    expect(await host.call('wx-applicant', 'me', { ...application, number: '999' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { number: ['没有找到该房屋，请核对楼栋和房号'] } },
    })
    await host.call('wx-applicant', 'me', application)
    await redeem('wx-applicant', await unitInvite('2-301'))
    expect(await admin({ action: 'listApplications' })).toMatchObject({ ok: true, data: { items: [] } })
  })
})

describe('joining as staff', () => {
  it('a staff invite makes a maintenance worker who can grab jobs', async () => {
    const created = await admin({
      action: 'createInvite',
      kind: 'staff',
      role: 'maintenance',
      skills: ['plumbing', 'electrical'],
    })
    expect(created).toMatchObject({
      ok: true,
      data: { kind: 'staff', role: 'maintenance', unitId: null, status: 'active' },
    })
    const joined = await redeem('wx-worker', created.ok && created.data.id, { name: '孙师傅', relation: undefined })
    expect(joined).toMatchObject({
      ok: true,
      data: { role: 'maintenance', unitId: null, bound: true, skills: ['plumbing', 'electrical'] },
    })

    const order = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '水管爆了',
    })
    const pool = await host.call('wx-worker', 'repair', { action: 'list', scope: 'pool' })
    expect(pool.ok && pool.data.items.map((o: { id: string }) => o.id)).toContain(order.ok && order.data.id)
    expect(await host.call('wx-worker', 'repair', { action: 'accept', id: order.ok && order.data.id })).toMatchObject({
      ok: true,
      data: { status: 'accepted', assigneeOpenid: 'wx-worker', assigneeName: '孙师傅' },
    })
    const staff = await admin({ action: 'listStaffMembers', role: 'maintenance' })
    expect(staff.ok && staff.data.items.map((s: { openid: string }) => s.openid)).toEqual(
      expect.arrayContaining(['staff-1', 'staff-2', 'wx-worker']),
    )
  })
})

describe('managing people', () => {
  it('a manager unbinds a resident, who is a guest again', async () => {
    expect(await admin({ action: 'unbind', openid: 'resident-2' })).toMatchObject({
      ok: true,
      data: { openid: 'resident-2', unitId: '2-202' },
    })
    expect(await host.call('resident-2', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { role: 'guest', bound: false },
    })
    expect(
      await host.call('resident-2', 'repair', { action: 'create', category: 'other', description: '门铃坏了' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await admin({ action: 'unbind', openid: 'resident-2' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('a worker holding open jobs stays until they are handed over; a manager cannot unbind or re-role themselves', async () => {
    const order = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
    })
    await host.call('staff-1', 'repair', { action: 'accept', id: order.ok && order.data.id })
    expect(await admin({ action: 'unbind', openid: 'staff-1' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await admin({ action: 'setStaff', openid: 'staff-1', role: 'guard' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(
      await admin({ action: 'setStaff', openid: 'staff-2', role: 'maintenance', skills: ['elevator', 'plumbing'] }),
    ).toMatchObject({
      ok: true,
      data: { openid: 'staff-2', role: 'maintenance', skills: ['plumbing', 'elevator'] },
    })
    expect(await admin({ action: 'setStaff', openid: 'staff-2', role: 'guard' })).toMatchObject({
      ok: true,
      data: { role: 'guard', skills: [] },
    })
    expect(await host.call('staff-2', 'repair', { action: 'list', scope: 'pool' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await admin({ action: 'unbind', openid: 'admin-1' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await admin({ action: 'setStaff', openid: 'admin-1', role: 'guard' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await admin({ action: 'setStaff', openid: 'resident-1', role: 'guard' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('lists residents by unit with their relation and verification', async () => {
    await redeem('wx-new', await unitInvite('1-101'), { relation: 'family', name: '王小明' })
    const listed = await admin({ action: 'listResidents', unitId: '1-101' })
    expect(listed.ok && listed.data.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ openid: 'resident-1', relation: null, verified: true }),
        expect.objectContaining({ openid: 'wx-new', relation: 'family', verified: false, name: '王小明' }),
      ]),
    )
    expect(await admin({ action: 'verifyResident', openid: 'wx-new' })).toMatchObject({
      ok: true,
      data: { verified: true },
    })
    const all = await admin({ action: 'listResidents', limit: 2 })
    expect(all.ok && all.data.items).toHaveLength(2)
    const next = await admin({ action: 'listResidents', limit: 2, cursor: all.ok && all.data.nextCursor })
    expect(next.ok && next.data.items.map((r: { unitId: string }) => r.unitId)).toEqual(['2-202'])
  })
})

describe('the audit log', () => {
  it('records manager actions with who, when and what, for managers only to read', async () => {
    const code = await unitInvite('3-502')
    await host.call('wx-applicant', 'me', {
      action: 'apply',
      name: '周女士',
      phone: '13700000002',
      building: '2',
      number: '301',
      relation: 'owner',
    })
    await admin({ action: 'approveApplication', id: 'wx-applicant' })
    await admin({ action: 'unbind', openid: 'resident-2' })
    const order = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
    })
    await host.call('admin-1', 'repair', { action: 'assign', id: order.ok && order.data.id, staffOpenid: 'staff-2' })
    await host.call('resident-1', 'repair', { action: 'cancel', id: order.ok && order.data.id })
    await admin({ action: 'unbind', openid: 'nobody' })

    const log = await admin({ action: 'listAudit' })
    // Residents' own cancels and refused calls are not manager actions on record.
    expect(log.ok && log.data.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'admin.approveApplication',
      'admin.createInvite',
      'admin.unbind',
      'repair.assign',
    ])
    expect(log.ok && log.data.items).toHaveLength(4)
    expect(log.ok && log.data.items.find((e: { action: string }) => e.action === 'admin.createInvite')).toMatchObject({
      by: 'admin-1',
      byName: '刘经理',
      at: expect.stringMatching(/^2026-11-27T02:00/),
      input: { kind: 'unit', unitId: '3-502', maxUses: 1, validDays: 7 },
      resultId: code,
    })
    expect(log.ok && log.data.items.find((e: { action: string }) => e.action === 'admin.unbind')).toMatchObject({
      input: { openid: 'resident-2' },
      resultId: 'resident-2',
    })
    expect(await host.call('staff-1', 'admin', { action: 'listAudit' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
