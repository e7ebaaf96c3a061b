import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findTestBrowser, launchTestBrowser } from '../support/test-browser'

// Without a CJK font every Chinese character draws as the same empty box, so two different characters
// rendering to identical pixels is exactly the failure a reader of the screenshots would see.
const PAGE = `<!doctype html><meta charset="utf-8">
<style>body { font-family: -apple-system-font, Helvetica Neue, sans-serif; font-size: 40px }</style>
<span id="a">邻</span><span id="b">修</span>`

let server: Server
let baseUrl: string

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.end(PAGE)
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(() => new Promise<void>((closed) => server.close(() => closed())))

describe('the test browser', () => {
  it('is found without a system install when asked to skip the machine’s browsers', async () => {
    const system = process.env.LINLI_TEST_SYSTEM_BROWSER
    const browser = await findTestBrowser()
    if (system === '0' && !process.env.CHROMIUM_PATH) expect(browser.source).toBe('npm')
    expect(browser.executablePath).toBeTruthy()
  })

  it('renders Chinese as distinct glyphs, not boxes', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'linli-fonts-'))
    const context = await launchTestBrowser({ profileDir, viewport: { width: 200, height: 100 } })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(baseUrl)
      await page.evaluate(() => document.fonts.ready)
      const first = await page.locator('#a').screenshot()
      const second = await page.locator('#b').screenshot()
      expect(first.equals(second)).toBe(false)
    } finally {
      await context.close()
      rmSync(profileDir, { recursive: true, force: true })
    }
  })
})
