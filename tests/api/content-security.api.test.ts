import type { Envelope } from '@core/shared/envelope'
import { REVIEW_IMAGE_MARKER, RISKY_IMAGE_MARKER } from '@server/content/local-content-security'
import { at, T0, VISITOR_PHONE } from './support/visitor-passes'
import { startTestHost, type TestHost } from '../support/test-host'

// The smallest valid PNG; trailing bytes after IEND keep it a PNG and carry the stand-in's markers.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const withMarker = (marker: string) => Buffer.concat([PNG, Buffer.from(marker, 'latin1')])

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: T0 })
})
afterEach(() => host.stop())

const count = (collection: string) => host.store.collection(collection as 'workOrders').count({})

async function upload(openid: string, body: Buffer): Promise<string> {
  const response = await fetch(`${host.url}/api/files`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${await host.login(openid)}` },
    body: new Uint8Array(body),
  })
  return ((await response.json()) as { fileId: string }).fileId
}

const fileStatus = async (openid: string, fileId: string) =>
  (await fetch(`${host.url}/files/${fileId}?token=${await host.login(openid)}`)).status

/** The data of a successful envelope; a failure fails the test with its error. */
function dataOf<T = any>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
  return envelope.data
}

const deliverVerdicts = () => host.post('/api/dev/content/deliver', {})

describe('text other people see is checked before anything is written', () => {
  it('a repair description with a listed word is CONTENT_REJECTED naming the field; no order is stored', async () => {
    const refused = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '楼道里有人聚众赌博，水管也漏了',
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_REJECTED', fieldErrors: { description: [expect.stringContaining('不适宜')] } },
    })
    expect(await count('workOrders')).toBe(0)
    const fine = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '水管漏了',
    })
    expect(fine.ok).toBe(true)
  })

  it('a notice with a listed word is refused and not posted', async () => {
    const refused = await host.call('admin-1', 'inbox', {
      action: 'announce',
      title: '停水通知',
      body: '代开发票请联系',
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_REJECTED', fieldErrors: { body: expect.any(Array) } },
    })
    expect(await count('announcements')).toBe(0)
  })

  it('a visitor name with a listed word is refused and no pass is booked', async () => {
    const refused = await host.call('resident-1', 'visitor', {
      action: 'create',
      visitorName: '色情张',
      visitorPhone: VISITOR_PHONE,
      validFrom: at(-5),
      validUntil: at(120),
      maxEntries: 1,
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_REJECTED', fieldErrors: { visitorName: expect.any(Array) } },
    })
    expect(await count('visitorPasses')).toBe(0)
  })

  it('a staff reply to a complaint is screened too, and the complaint keeps no trace of it', async () => {
    const created = await host.call('resident-1', 'feedback', {
      action: 'create',
      kind: 'complaint',
      topic: '环境卫生',
      description: '垃圾没有及时清运',
    })
    const { id } = dataOf<{ id: string }>(created)
    const reply = await host.call('admin-1', 'feedback', { action: 'reply', id, message: 'LINLI-BLOCKED 测试' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    const stored = await host.call('admin-1', 'feedback', { action: 'get', id })
    expect(JSON.stringify(dataOf(stored))).not.toContain('LINLI-BLOCKED')
  })
})

describe('photos are checked asynchronously, and hidden when the verdict comes back risky', () => {
  async function orderWithPhotos(photos: string[]) {
    const created = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '墙面渗水',
      photos,
    })
    return dataOf<{ id: string }>(created).id
  }
  const photosSeenBy = async (openid: string, id: string) =>
    dataOf<{ photos: string[] }>(await host.call(openid, 'repair', { action: 'get', id })).photos

  it('a risky photo disappears for the household and staff, stays for managers, and the uploader is told', async () => {
    const clean = await upload('resident-1', PNG)
    const risky = await upload('resident-1', withMarker(RISKY_IMAGE_MARKER))
    const id = await orderWithPhotos([clean, risky])
    // Until WeChat answers, the photo shows as uploaded.
    expect(await photosSeenBy('resident-1', id)).toEqual([clean, risky])

    expect((await deliverVerdicts()).body).toEqual({ delivered: 2 })
    expect(await photosSeenBy('resident-1', id)).toEqual([clean])
    expect(await photosSeenBy('staff-1', id)).toEqual([clean])
    const listed = await host.call('resident-1', 'repair', { action: 'list', scope: 'mine' })
    expect(JSON.stringify(dataOf(listed))).not.toContain(risky)
    expect(await photosSeenBy('admin-1', id)).toEqual([clean, risky])
    expect(await fileStatus('resident-1', risky)).toBe(404)
    expect(await fileStatus('staff-1', risky)).toBe(404)
    expect(await fileStatus('admin-1', risky)).toBe(200)
    expect(await fileStatus('resident-1', clean)).toBe(200)

    const inbox = await host.call('resident-1', 'inbox', { action: 'list' })
    expect(JSON.stringify(dataOf(inbox))).toContain('照片未通过审核')
  })

  it('a suspected photo is held until a manager releases it; a repeated verdict push changes nothing', async () => {
    const doubtful = await upload('resident-1', withMarker(REVIEW_IMAGE_MARKER))
    const id = await orderWithPhotos([doubtful])
    await deliverVerdicts()
    expect(await photosSeenBy('resident-1', id)).toEqual([])
    const held = await host.call('admin-1', 'contentCheck', { action: 'held' })
    expect(held).toMatchObject({ ok: true, data: { items: [{ id: doubtful, status: 'review' }] } })
    expect(await host.call('resident-1', 'contentCheck', { action: 'held' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })

    const released = await host.call('admin-1', 'contentCheck', { action: 'decide', fileId: doubtful, release: true })
    expect(released).toMatchObject({ ok: true, data: { status: 'pass', decidedBy: 'admin-1' } })
    expect(await photosSeenBy('resident-1', id)).toEqual([doubtful])
    expect((await deliverVerdicts()).body).toEqual({ delivered: 0 })
    expect(
      await host.call('admin-1', 'contentCheck', { action: 'decide', fileId: doubtful, release: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('a forged verdict event with an unknown trace id changes nothing', async () => {
    const photo = await upload('resident-1', PNG)
    const id = await orderWithPhotos([photo])
    const { receiveMediaCheckEvent } = await import('@server/content/content-check.function')
    const outcome = await receiveMediaCheckEvent(
      { Event: 'wxa_media_check', trace_id: 'guessed', result: { suggest: 'risky', label: 20006 } },
      host.runtime,
    )
    expect(outcome).toBe('ignored')
    expect(await photosSeenBy('resident-1', id)).toEqual([photo])
  })
})
