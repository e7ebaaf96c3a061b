import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/**
 * The browser the tests drive, found without installing anything outside npm:
 * `CHROMIUM_PATH`, else a Chromium or Chrome already on the machine, else the headless Chromium that
 * ships inside the `@sparticuz/chromium` dev dependency. `LINLI_TEST_SYSTEM_BROWSER=0` skips the
 * machine's own browsers, which proves the npm-only path on a machine that has one.
 */
export interface TestBrowser {
  executablePath: string
  args: string[]
  source: 'CHROMIUM_PATH' | 'system' | 'npm'
}

/** Flags for a container without a display, a sandbox or a network (Debian's Chromium and the npm one alike). */
const CONTAINER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

function systemBrowser(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin']
  for (const dir of dirs) {
    for (const name of SYSTEM_NAMES) {
      const candidate = join(dir, name)
      if (dir && existsSync(candidate)) return candidate
    }
  }
  return undefined
}

/**
 * The package is ESM only and unpacks its binary on first use; a child Node process does both, so
 * jest's CommonJS runtime never loads it.
 */
function unpackNpmChromium(): { executablePath: string; args: string[] } {
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => " +
    'process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args })))'
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`@sparticuz/chromium could not unpack: ${result.stderr}`)
  return JSON.parse(result.stdout) as { executablePath: string; args: string[] }
}

let found: Promise<TestBrowser> | undefined

export function findTestBrowser(): Promise<TestBrowser> {
  found ??= (async (): Promise<TestBrowser> => {
    const fromEnv = process.env.CHROMIUM_PATH
    if (fromEnv) return { executablePath: fromEnv, args: CONTAINER_ARGS, source: 'CHROMIUM_PATH' }
    const system = process.env.LINLI_TEST_SYSTEM_BROWSER === '0' ? undefined : systemBrowser()
    if (system) return { executablePath: system, args: CONTAINER_ARGS, source: 'system' }
    const packaged = unpackNpmChromium()
    // Its own flags (single process, software GL) are what make the packaged build start without libraries.
    const args = [...packaged.args.filter((arg) => !arg.startsWith('--headless')), ...CONTAINER_ARGS]
    return { executablePath: packaged.executablePath, args, source: 'npm' }
  })()
  return found
}

const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc'
const FONT_ROUTE = '/__linli-test-fonts__/'

/**
 * Family names the app's font stacks name for a phone's system font (Taro's H5 base style asks for
 * `-apple-system-font, Helvetica Neue, sans-serif`); none exists on a bare Linux machine.
 */
const PHONE_FONT_FAMILIES = ['Noto Sans SC Variable', '-apple-system-font', 'Helvetica Neue', 'PingFang SC']

/** The font package's @font-face rules under each phone family name, pointed at a route the test browser answers. */
function fontFaces(): { css: string; folder: string } {
  const folder = resolve(__dirname, '../../node_modules', FONT_PACKAGE)
  const css = readFileSync(join(folder, 'index.css'), 'utf8').replaceAll('url(./files/', `url(${FONT_ROUTE}`)
  const aliased = PHONE_FONT_FAMILIES.map((family) =>
    css.replaceAll("font-family: 'Noto Sans SC Variable'", `font-family: '${family}'`),
  )
  return { css: aliased.join('\n'), folder: join(folder, 'files') }
}

/**
 * Lets Chinese render in screenshots on a machine without CJK fonts: a Noto Sans SC webfont from npm
 * stands in for the phone's system font, under the family names the app asks for and as the page's
 * default (`:where()` keeps that below every rule of the app, so its own choices still win).
 */
async function installTestFonts(context: BrowserContext): Promise<void> {
  const { css, folder } = fontFaces()
  const files = new Set(readdirSync(folder))
  await context.route(`**${FONT_ROUTE}*`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(FONT_ROUTE.length)
    if (!files.has(name)) return route.fulfill({ status: 404 })
    return route.fulfill({ path: join(folder, name), contentType: 'font/woff2' })
  })
  // Text fields take the browser's own font rather than inheriting, so they are named too.
  const style = `${css}\n:where(html, input, textarea) { font-family: 'Noto Sans SC Variable', sans-serif; }`
  await context.addInitScript((text: string) => {
    const add = () => {
      const element = document.createElement('style')
      element.dataset.linliTestFonts = ''
      element.textContent = text
      document.head.prepend(element)
    }
    if (document.head) add()
    else document.addEventListener('DOMContentLoaded', add, { once: true })
  }, style)
}

export interface LaunchOptions {
  profileDir: string
  viewport: { width: number; height: number }
  deviceScaleFactor?: number
}

/** One isolated browser profile (its own storage, so sessions never mix) with the test fonts installed. */
export async function launchTestBrowser(options: LaunchOptions): Promise<BrowserContext> {
  const browser = await findTestBrowser()
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: browser.executablePath,
    headless: true,
    args: browser.args,
    viewport: options.viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  await installTestFonts(context)
  return context
}
