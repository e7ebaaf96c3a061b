import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
let root: string
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'linli-console-static-'))
  mkdirSync(join(root, 'console'))
  writeFileSync(join(root, 'console/index.html'), '<title>console</title>')
  writeFileSync(join(root, 'console/main.js'), 'console.log(1)')
  // A sibling whose name starts like the folder's: a prefix check alone would serve it.
  mkdirSync(join(root, 'console-secrets'))
  writeFileSync(join(root, 'console-secrets/key.txt'), 'secret')
  writeFileSync(join(root, 'session-secret'), 'secret')
  host = await startTestHost({ consoleDir: join(root, 'console') })
})
afterAll(async () => {
  await host.stop()
  rmSync(root, { recursive: true, force: true })
})

const get = (path: string) => fetch(host.url + path, { redirect: 'manual' })

describe('the console at /console/', () => {
  it('serves its files, and its page for any section path', async () => {
    const script = await get('/console/main.js')
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toBe('console.log(1)')
    expect(await (await get('/console/')).text()).toContain('console')
    expect(await (await get('/console/orders')).text()).toContain('console')
    expect((await get('/console')).headers.get('location')).toBe('/console/')
  })

  it.each([
    '/console/%2e%2e/session-secret',
    '/console/..%2fconsole-secrets%2fkey.txt',
    '/console/%2e%2e/console-secrets/key.txt',
  ])('serves nothing outside its folder: %s', async (path) => {
    const response = await get(path)
    // `%2e%2e` is resolved by the URL parser (the path leaves /console/ and gets no console file);
    // an encoded slash reaches the console's own resolved-path check.
    expect(response.status).not.toBe(200)
    expect(await response.text()).not.toContain('secret')
  })

  it('answers 404 for a missing asset rather than the page', async () => {
    expect((await get('/console/missing.js')).status).toBe(404)
  })
})
