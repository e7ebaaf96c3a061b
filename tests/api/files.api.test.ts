import { startTestHost, type TestHost } from '../support/test-host'

// The smallest valid PNG: a 1x1 transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

async function upload(openid: string, body: Buffer, contentType = 'image/png') {
  const response = await fetch(`${host.url}/api/files`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Authorization: `Bearer ${await host.login(openid)}` },
    body: new Uint8Array(body),
  })
  return { status: response.status, body: await response.json() }
}

const fetchFile = async (openid: string, fileId: string) =>
  fetch(`${host.url}/files/${fileId}?token=${await host.login(openid)}`)

describe('repair photos on the local host', () => {
  it('a photo attached to an order is visible to the household and staff, not to other households', async () => {
    const uploaded = await upload('resident-1', PNG)
    expect(uploaded.status).toBe(200)
    const { fileId } = uploaded.body
    const created = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
      photos: [fileId],
    })
    expect(created).toMatchObject({ ok: true, data: { photos: [fileId] } })

    const own = await fetchFile('resident-1', fileId)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await own.arrayBuffer()).equals(PNG)).toBe(true)
    expect((await fetchFile('staff-1', fileId)).status).toBe(200)
    expect((await fetchFile('resident-2', fileId)).status).toBe(404)
  })

  it("refuses what is not an image, and someone else's photo on a new order", async () => {
    expect((await upload('resident-1', Buffer.from('<script>alert(1)</script>'), 'image/png')).status).toBe(415)
    const theirs = await upload('resident-2', PNG)
    const created = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'other',
      description: '借图',
      photos: [theirs.body.fileId],
    })
    expect(created).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { photos: expect.any(Array) } },
    })
    const all = await host.call('admin-1', 'repair', { action: 'list', scope: 'all' })
    expect(all.ok && all.data.items).toEqual([])
  })

  it('needs a token to upload or read', async () => {
    const response = await fetch(`${host.url}/api/files`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png' },
      body: new Uint8Array(PNG),
    })
    expect(response.status).toBe(401)
  })
})
