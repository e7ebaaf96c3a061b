import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CloudFiles } from '@server/files/cloud-files'
import { startTestHost, type TestHost } from '../../support/test-host'

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
      expect(await host.runtime.store.collection('files').count({})).toBe(0)
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
    expect(await host.runtime.store.collection('files').get(fileId)).toBeNull()
  })
})

describe('production files', () => {
  const files = new CloudFiles()
  const actor = { openid: 'oATTACKER', role: 'resident' as const, unitId: '1-101', name: 'x' }
  it.each([
    'cloud://env-1.7465-env-1/repair/oVICTIM/x.jpg?/repair/oATTACKER/',
    'cloud://env-1.7465-env-1/repair/oATTACKER/../oVICTIM/x.jpg',
    'cloud://env-1.7465-env-1/other/repair/oATTACKER/x.jpg',
  ])('a fileID that only mentions the caller is not theirs: %s', async (fileId) => {
    expect((await files.checkOwned([fileId], actor)).ok).toBe(false)
  })
  it('the caller’s own upload passes', async () => {
    expect((await files.checkOwned(['cloud://env-1.7465-env-1/repair/oATTACKER/1700000000-ab12.jpg'], actor)).ok).toBe(
      true,
    )
  })
  it('storage rules deny every client read (photos go out through short-lived URLs from a function)', () => {
    const rules = JSON.parse(readFileSync(resolve('deploy/storage-rules.json'), 'utf8')) as { read: unknown }
    expect(rules.read).toBe(false)
  })
})
