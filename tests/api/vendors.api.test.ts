import { startTestHost, type TestHost } from '../support/test-host'

// The smallest valid PNG: a 1x1 transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

const DEMO_VENDOR = 'vendor-demo'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a Friday in Shanghai: inside service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

async function ok<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call(openid, fn, event)
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data as T
}

const report = (category: string, openid = 'resident-1') =>
  ok(openid, 'repair', { action: 'create', category, priority: 'normal', description: '电梯门关不上' })

async function upload(openid: string): Promise<string> {
  const response = await fetch(`${host.url}/api/files`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${await host.login(openid)}` },
    body: new Uint8Array(PNG),
  })
  return ((await response.json()) as { fileId: string }).fileId
}

const stored = (id: string) => host.store.collection('workOrders').get(id)

/** A second vendor whose worker `openid` joined by the vendor's invite code. */
async function secondVendorWithWorker(openid: string): Promise<string> {
  const vendor = await ok('admin-1', 'vendor', {
    action: 'save',
    name: '绿源园林',
    categories: ['public_area'],
    contractFrom: '2026-01-01',
    contractTo: '2026-12-31',
    contactName: '孙经理',
    contactPhone: '13700000001',
  })
  const invite = await ok('admin-1', 'vendor', { action: 'invite', vendorId: vendor.id })
  await ok(openid, 'me', { action: 'redeemInvite', code: invite.id, name: '吴师傅', phone: '13700000002' })
  return vendor.id
}

describe('vendor workers see and act only on their vendor’s orders', () => {
  it('a vendor order reaches only its vendor’s pool; in-house and other vendors’ workers get NOT_FOUND', async () => {
    await ok('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR, mode: 'pool' })
    const lift = await report('elevator')
    const pipe = await report('plumbing')
    expect(lift).toMatchObject({ vendorId: DEMO_VENDOR, vendorName: '安达电梯维保', inPool: true, proofRequired: true })
    expect(pipe).toMatchObject({ vendorId: null, inPool: true, proofRequired: false })
    await secondVendorWithWorker('vendor-b1')

    const poolOf = async (openid: string) =>
      (await ok(openid, 'repair', { action: 'list', scope: 'pool' })).items.map((o: { id: string }) => o.id)
    expect(await poolOf('vendor-1')).toEqual([lift.id])
    expect(await poolOf('staff-1')).toEqual([pipe.id])
    expect(await poolOf('vendor-b1')).toEqual([])

    for (const [openid, id] of [
      ['vendor-1', pipe.id],
      ['staff-1', lift.id],
      ['vendor-b1', lift.id],
    ] as const) {
      expect(await host.call(openid, 'repair', { action: 'get', id })).toMatchObject({ error: { code: 'NOT_FOUND' } })
      expect(await host.call(openid, 'repair', { action: 'accept', id })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      })
    }
    // Nothing was taken by the refused grabs.
    expect(await stored(lift.id)).toMatchObject({ status: 'submitted', assigneeOpenid: null, version: lift.version })
    expect(await stored(pipe.id)).toMatchObject({ status: 'submitted', assigneeOpenid: null, version: pipe.version })

    // Nor can anyone hand work across the line: a manager assigning the in-house job to a vendor worker is refused.
    expect(
      await host.call('admin-1', 'repair', { action: 'assign', id: pipe.id, staffOpenid: 'vendor-1' }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    await ok('vendor-1', 'repair', { action: 'accept', id: lift.id })
    expect(
      await host.call('vendor-1', 'repair', { action: 'transfer', id: lift.id, toOpenid: 'staff-1', reason: '忙' }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    const targets = await ok('vendor-1', 'repair', { action: 'transferTargets', id: lift.id })
    expect(targets.items).toEqual([])
    expect(await ok('vendor-1', 'repair', { action: 'list', scope: 'assigned' })).toMatchObject({
      items: [{ id: lift.id }],
    })
  })

  it('a vendor order runs on the vendor’s contracted windows, an in-house one on the estate’s', async () => {
    await ok('admin-1', 'vendor', {
      action: 'save',
      id: DEMO_VENDOR,
      name: '安达电梯维保',
      categories: ['elevator'],
      contractFrom: '2026-01-01',
      contractTo: '2027-12-31',
      contactName: '周经理',
      contactPhone: '13900000006',
      sla: { elevator: { normal: { response: 10, arrival: 45, resolution: 120 } } },
    })
    await ok('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR })
    const lift = await report('elevator')
    expect(lift.sla.windows).toEqual({ response: 10, arrival: 45, resolution: 120 })
    // The host's clock ticks on, so deadlines are read as minutes after submission.
    const minutesAfter = (order: { createdAt: string }, at: string) =>
      Math.round((Date.parse(at) - Date.parse(order.createdAt)) / 60_000)
    expect(minutesAfter(lift, lift.deadlines.response)).toBe(10)
    expect(minutesAfter(lift, lift.deadlines.arrival)).toBe(45)
    expect(minutesAfter(lift, lift.deadlines.resolution)).toBe(120)
    const pipe = await report('plumbing')
    expect(minutesAfter(pipe, pipe.deadlines.response)).toBe(30)

    // A lapsed contract sends the category back in-house rather than stranding the job.
    await host.post('/api/dev/clock', { set: '2028-01-03T02:00:00.000Z' })
    expect(await report('elevator')).toMatchObject({ vendorId: null, sla: { windows: { response: 30 } } })
  })
})

describe('on-site proof on vendor jobs', () => {
  it('start needs the check-in and complete needs before and after photos; refused calls write nothing', async () => {
    await ok('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR })
    const lift = await report('elevator')
    await ok('vendor-1', 'repair', { action: 'accept', id: lift.id })
    const accepted = await stored(lift.id)

    expect(await host.call('vendor-1', 'repair', { action: 'start', id: lift.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { checkIn: ['请先到场签到'] } },
    })
    expect(await stored(lift.id)).toEqual(accepted)

    await host.advanceMinutes(20)
    const checkedIn = await ok('vendor-1', 'repair', {
      action: 'checkIn',
      id: lift.id,
      location: { latitude: 31.2304, longitude: 121.4737, accuracy: 15 },
    })
    expect(checkedIn.checkIn).toEqual({
      at: expect.stringMatching(/^2026-11-27T02:2/),
      by: 'vendor-1',
      location: { latitude: 31.2304, longitude: 121.4737, accuracy: 15 },
    })
    expect(checkedIn.timeline.at(-1)).toMatchObject({ type: 'checked_in', by: 'vendor-1', note: '已定位' })
    expect(await host.call('vendor-1', 'repair', { action: 'checkIn', id: lift.id })).toMatchObject({
      error: { code: 'INVALID_TRANSITION' },
    })
    await ok('vendor-1', 'repair', { action: 'start', id: lift.id })

    const inProgress = await stored(lift.id)
    expect(await host.call('vendor-1', 'repair', { action: 'complete', id: lift.id, note: '已修好' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fieldErrors: { beforePhotos: ['请上传维修前照片'], photos: ['请上传完工照片'] },
      },
    })
    const before = await upload('vendor-1')
    expect(
      await host.call('vendor-1', 'repair', { action: 'complete', id: lift.id, beforePhotos: [before] }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED', fieldErrors: { photos: ['请上传完工照片'] } } })
    expect(await stored(lift.id)).toEqual(inProgress)

    const after = await upload('vendor-1')
    await ok('vendor-1', 'repair', { action: 'complete', id: lift.id, beforePhotos: [before], photos: [after] })
    // The manager sees the proof: arrival and both sets of photos, and the photos open for them.
    const seen = await ok('admin-1', 'repair', { action: 'get', id: lift.id })
    expect(seen).toMatchObject({
      status: 'completed',
      beforePhotos: [before],
      completionPhotos: [after],
      checkIn: { by: 'vendor-1' },
    })
    expect(seen.timeline.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'accepted',
      'checked_in',
      'started',
      'completed',
    ])
    const photo = await fetch(`${host.url}/files/${before}?token=${await host.login('admin-1')}`)
    expect(photo.status).toBe(200)
  })

  it('in-house jobs need no proof unless the estate asks for it on every job', async () => {
    const plain = await report('plumbing')
    await ok('staff-1', 'repair', { action: 'accept', id: plain.id })
    await ok('staff-1', 'repair', { action: 'start', id: plain.id })

    const rules = await ok('admin-1', 'vendor', { action: 'rules' })
    await ok('admin-1', 'vendor', { action: 'saveRules', rules: { ...withoutStored(rules), proofForAll: true } })
    const proved = await report('plumbing')
    expect(proved.proofRequired).toBe(true)
    await ok('staff-1', 'repair', { action: 'accept', id: proved.id })
    expect(await host.call('staff-1', 'repair', { action: 'start', id: proved.id })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})

function withoutStored<T extends { id: unknown; version: unknown }>(doc: T): Omit<T, 'id' | 'version'> {
  const { id: _id, version: _version, ...rest } = doc
  return rest
}

describe('registering and routing vendors: bad input', () => {
  it('answers stable codes and writes nothing', async () => {
    const vendors = host.store.collection('vendors')
    const routes = host.store.collection('vendorRoutes')
    const before = await vendors.count({})
    const base = {
      action: 'save',
      name: '安平消防',
      categories: ['public_area'],
      contractFrom: '2026-06-01',
      contractTo: '2027-05-31',
      contactName: '钱经理',
      contactPhone: '13600000001',
    }
    expect(await host.call('admin-1', 'vendor', { ...base, contractTo: '2026-01-01' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fieldErrors: { contractTo: ['结束日期须晚于开始日期'] } },
    })
    expect(await host.call('admin-1', 'vendor', { ...base, categories: [] })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(
      await host.call('admin-1', 'vendor', {
        ...base,
        sla: { elevator: { normal: { response: 10, arrival: 20, resolution: 30 } } },
      }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED', fieldErrors: { sla: ['时限只能为服务类别设置'] } } })
    expect(await host.call('staff-1', 'vendor', base)).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await host.call('vendor-1', 'vendor', { action: 'list' })).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await vendors.count({})).toBe(before)

    expect(
      await host.call('admin-1', 'vendor', { action: 'route', category: 'plumbing', vendorId: DEMO_VENDOR }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED', fieldErrors: { category: ['该单位的服务范围不含此类别'] } } })
    expect(
      await host.call('admin-1', 'vendor', {
        action: 'route',
        category: 'elevator',
        vendorId: DEMO_VENDOR,
        mode: 'dispatcher',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED', fieldErrors: { mode: ['该单位尚未指定派单员'] } } })
    expect(
      await host.call('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: 'nope' }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    expect(await routes.count({})).toBe(0)
    expect(await host.call('admin-1', 'vendor', { action: 'invite', vendorId: 'nope' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(await host.store.collection('inviteCodes').count({})).toBe(0)
  })

  it('dispatcher routing hands every order to the vendor’s dispatcher, who passes it to a colleague', async () => {
    await ok('admin-1', 'vendor', {
      action: 'save',
      id: DEMO_VENDOR,
      name: '安达电梯维保',
      categories: ['elevator'],
      contractFrom: '2026-01-01',
      contractTo: '2027-12-31',
      contactName: '周经理',
      contactPhone: '13900000006',
      dispatcherOpenid: 'vendor-1',
    })
    const invite = await ok('admin-1', 'vendor', { action: 'invite', vendorId: DEMO_VENDOR })
    await ok('vendor-2', 'me', { action: 'redeemInvite', code: invite.id, name: '郑师傅', phone: '13900000007' })
    await ok('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR, mode: 'dispatcher' })

    const lift = await report('elevator')
    expect(lift).toMatchObject({ assigneeOpenid: 'vendor-1', inPool: false, vendorId: DEMO_VENDOR })
    await ok('vendor-1', 'repair', { action: 'accept', id: lift.id })
    const targets = await ok('vendor-1', 'repair', { action: 'transferTargets', id: lift.id })
    expect(targets.items.map((t: { openid: string }) => t.openid)).toEqual(['vendor-2'])
    await ok('vendor-1', 'repair', { action: 'transfer', id: lift.id, toOpenid: 'vendor-2', reason: '就近处理' })
    expect(await ok('vendor-2', 'repair', { action: 'get', id: lift.id })).toMatchObject({
      assigneeOpenid: 'vendor-2',
    })
    const vendor = await ok('admin-1', 'vendor', { action: 'get', id: DEMO_VENDOR })
    expect(vendor.workers.map((w: { openid: string }) => w.openid).sort()).toEqual(['vendor-1', 'vendor-2'])
  })
})
