import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { REPO } from './host'

export const SCREENSHOTS = join(REPO, 'tests/e2e/screenshots')
/** Screenshots the README links to: a test that writes here refreshes the docs. */
export const DOCS_SCREENSHOTS = join(REPO, 'docs/screenshots')

/** Flags for Debian's Chromium in a container (REFERENCE.md §10). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface User {
  page: Page
  /** The page Taro shows now (earlier pages of the stack stay in the DOM, hidden). */
  screen(): Locator
  /** Saves what the screen shows as `<dir>/<name>.png` (the test screenshots folder by default). */
  shot(name: string, dir?: string): Promise<void>
  close(): Promise<void>
}

/** One signed-in person: their own browser profile, so tokens never mix. */
export async function signIn(baseUrl: string, openid: string): Promise<User> {
  const profileDir = mkdtempSync(join(tmpdir(), `linli-${openid}-`))
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${baseUrl}/#/pages/entry/index`)
  await page.locator(`.ll-sign-in__user--${openid}`).click()
  const screen = () => page.locator('.taro_page:visible')
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    page,
    screen,
    async shot(name, dir = SCREENSHOTS) {
      // Let toasts fade so the screenshot shows the screen itself.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
          (el) => getComputedStyle(el).display === 'none',
        ),
      )
      await page.waitForTimeout(300)
      mkdirSync(dir, { recursive: true })
      await page.screenshot({ path: join(dir, `${name}.png`) })
    },
    async close() {
      await context.close()
      rmSync(profileDir, { recursive: true, force: true })
      if (errors.length > 0) throw new Error(`page errors for ${openid}:\n${errors.join('\n')}`)
    },
  }
}

/** The id of the order whose detail page is open (`...?id=<id>` in the hash route). */
export function orderIdFrom(page: Page): string {
  const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')
  if (!id) throw new Error(`no order id in ${page.url()}`)
  return id
}
