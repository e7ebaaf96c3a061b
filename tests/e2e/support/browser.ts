import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { launchTestBrowser } from '../../support/test-browser'
import { REPO } from './host'

/** Refreshed by every browser run; the README links them. */
export const SCREENSHOTS = join(REPO, 'docs/screenshots')

export interface User {
  page: Page
  /** The page Taro shows now (earlier pages of the stack stay in the DOM, hidden). */
  screen(): Locator
  shot(name: string): Promise<void>
  close(): Promise<void>
}

export interface SignInOptions {
  /**
   * Playwright's clock in place of the page's own: time still runs, and `page.clock.fastForward`
   * jumps it, firing the page's due timers (a tab page's poll) without waiting them out.
   */
  clock?: boolean
}

/**
 * One signed-in person: their own browser profile, so tokens never mix. (One Chromium per person:
 * the npm Chromium runs single-process, where a second context of one browser never renders the
 * app, and without that flag one shared browser costs as much CPU as a browser each.)
 */
export async function signIn(baseUrl: string, openid: string, options: SignInOptions = {}): Promise<User> {
  const profileDir = mkdtempSync(join(tmpdir(), `linli-${openid}-`))
  const context = await launchTestBrowser({ profileDir, viewport: { width: 390, height: 844 } })
  // Before the app loads, so its timers are the clock's.
  if (options.clock) await context.clock.install()
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${baseUrl}/#/pages/entry/index`)
  await page.locator(`.ll-sign-in__user--${openid}`).click()
  // Signing in ends with a relaunch to the user's home, whose code loads asynchronously: a test that
  // navigates before the home page is shown would have it land on top of the page it opened.
  await page.waitForURL((url) => !url.hash.startsWith('#/pages/entry/'))
  await page.waitForFunction(
    () => document.querySelector('.taro_page.taro_page_show') && !document.querySelector('[class*="ll-sign-in__user"]'),
  )
  const screen = () => page.locator('.taro_page:visible')
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    page,
    screen,
    async shot(name) {
      // Let toasts fade so the screenshot shows the screen itself.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every(
          (el) => getComputedStyle(el).display === 'none',
        ),
      )
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
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
