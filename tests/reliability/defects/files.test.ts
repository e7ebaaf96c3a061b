import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CloudFiles, type CloudStorage } from '@server/files/cloud-files'
import type { FilePort } from '@server/ports/file.port'
import type { Envelope } from '@core/shared/envelope'
import { startTestHost, type TestHost } from '../../support/test-host'
import { inProcess, T0, type InProcess } from '../support/in-process'

// Defect 8: anyone uploaded without limit, HTML behind a PNG header was served as is, unattached
// uploads stayed forever; in production any signed-in user could read any photo, and the fileID
// ownership check was a substring test.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const PNG_THEN_HTML = Buffer.concat([PNG, Buffer.from('<html><script>alert(1)</script></html>')])

describe('uploads on the local host', () => {
  let host: TestHost
  beforeEach(async () => (host = await startTestHost()))
  afterEach(() => host.stop())

  const upload = async (openid: string, bytes = PNG) =>
    fetch(`${host.url}/api/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await host.login(openid)}`, 'Content-Type': 'image/png' },
      body: bytes,
    })

  it.each(['stranger-1', 'guard-1'])(
    '%s (not a bound resident or maintenance staff) may not upload',
    async (openid) => {
      const res = await upload(openid)
      expect(res.status).toBe(403)
      expect(await host.store.collection('files').count({})).toBe(0)
    },
  )

  it('a resident uploads at most 50 files a day', async () => {
    for (let i = 0; i < 50; i++) expect((await upload('resident-1')).status).toBe(200)
    const over = await upload('resident-1')
    expect(over.status).toBe(429)
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED')
  })

  it('a file is served with nosniff and the type its bytes show', async () => {
    const { fileId } = (await (await upload('resident-1', PNG_THEN_HTML)).json()) as { fileId: string }
    const res = await fetch(`${host.url}/files/${fileId}`, {
      headers: { Authorization: `Bearer ${await host.login('resident-1')}` },
    })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-type')).toBe('image/png')
  })

  it('uploads never attached to an order are removed a day later by the timer', async () => {
    const { fileId } = (await (await upload('resident-1')).json()) as { fileId: string }
    await host.advanceMinutes(25 * 60)
    await host.fireTimer('slaSweep')
    expect(await host.store.collection('files').get(fileId)).toBeNull()
  })
})

/** CloudBase storage as the functions see it: the fileID an upload will get, deletions, links. */
function fakeStorage(): CloudStorage & { deleted: string[] } {
  const deleted: string[] = []
  return {
    deleted,
    fileIdFor: async (cloudPath) => `cloud://env-1.7465-env-1/${cloudPath}`,
    deleteFiles: async (fileIds) => void deleted.push(...fileIds),
    tempUrls: async (fileIds) => fileIds.map((id) => `https://env-1.tcb.qcloud.la/${id.split('/').pop()}?sign=1`),
  }
}

describe('production files (CloudFiles over the handlers, WeChat storage faked)', () => {
  let env: InProcess
  let storage: ReturnType<typeof fakeStorage>
  beforeEach(async () => {
    env = await inProcess()
    storage = fakeStorage()
    // The host's own routes need LocalFiles; the handlers need only the port, as in production.
    ;(env.runtime as { files: FilePort }).files = new CloudFiles(env.runtime.store, storage, env.runtime.newId, 'env-1')
  })
  afterEach(() => env.close())

  const prepare = (openid: string) => env.call(openid, 'repair', { action: 'prepareUpload', extension: 'jpg' })
  const reserved = async (openid: string) => {
    const place = await prepare(openid)
    if (!place.ok) throw new Error(place.error.message)
    return `cloud://env-1.7465-env-1/${(place.data as { cloudPath: string }).cloudPath}`
  }
  const codeOf = (reply: Envelope<unknown>) => (reply.ok ? 'OK' : reply.error.code)
  const report = (openid: string, photos: string[]) =>
    env.call(openid, 'repair', { action: 'create', category: 'plumbing', description: '厨房水管漏水', photos })

  it('a reserved upload is the caller’s, under their own folder, and attaches to their order', async () => {
    const fileId = await reserved('resident-1')
    expect(fileId).toMatch(/^cloud:\/\/env-1\.7465-env-1\/repair\/resident-1\/[A-Za-z0-9_-]+\.jpg$/)
    const order = await report('resident-1', [fileId])
    if (!order.ok) throw new Error(order.error.message)
    const links = await env.call('staff-1', 'repair', { action: 'photoUrls', id: (order.data as { id: string }).id })
    expect(links.ok && links.data.items).toEqual([{ fileId, url: expect.stringMatching(/^https:\/\/.+\?sign=1$/) }])
  })

  it.each(['stranger-1', 'guard-1'])('%s may not upload in production either', async (openid) => {
    expect(codeOf(await prepare(openid))).toBe('FORBIDDEN')
  })

  it('a resident reserves at most 50 uploads a day', async () => {
    for (let i = 0; i < 50; i++) expect((await prepare('resident-1')).ok).toBe(true)
    expect(codeOf(await prepare('resident-1'))).toBe('RATE_LIMITED')
  })

  it.each([
    'cloud://env-1.7465-env-1/repair/resident-2/x.jpg?/repair/resident-1/',
    'cloud://env-1.7465-env-1/repair/resident-1/../resident-2/x.jpg',
    'cloud://env-1.7465-env-1/other/repair/resident-1/x.jpg',
    'cloud://env-2.7465-env-2/repair/resident-1/x.jpg',
    // The right shape and folder, but uploaded around prepareUpload: never recorded, so never attached.
    'cloud://env-1.7465-env-1/repair/resident-1/unreserved.jpg',
  ])('a fileID the caller did not reserve is refused and nothing is written: %s', async (fileId) => {
    const before = await env.store.collection('workOrders').count({})
    expect(codeOf(await report('resident-1', [fileId]))).toBe('VALIDATION_FAILED')
    expect(await env.store.collection('workOrders').count({})).toBe(before)
  })

  it('another resident’s reserved upload is not mine to attach', async () => {
    const theirs = await reserved('resident-2')
    expect(codeOf(await report('resident-1', [theirs]))).toBe('VALIDATION_FAILED')
  })

  it('uploads reserved but never attached are deleted from storage a day later; attached ones stay', async () => {
    const abandoned = await reserved('resident-1')
    const kept = await reserved('resident-1')
    expect((await report('resident-1', [kept])).ok).toBe(true)
    env.runtime.clock.set(new Date(Date.parse(T0) + 25 * 3600_000).toISOString())
    await env.fireTimer('slaSweep')
    expect(storage.deleted).toEqual([abandoned])
    expect(await env.store.collection('files').count({})).toBe(1)
  })

  it('storage rules deny every client read (photos go out through short-lived URLs from a function)', () => {
    const rules = JSON.parse(readFileSync(resolve('deploy/storage-rules.json'), 'utf8')) as { read: unknown }
    expect(rules.read).toBe(false)
  })
})
