import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import decompress from 'wawoff2/decompress'

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

const FONT_PACKAGE = 'noto-sans-sc'
/** The weights a screen uses most; fontconfig draws 500 as 400 and 600 as 700. */
const FONT_WEIGHTS = ['regular', 'bold']

const fontsConf = (folder: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${folder}</dir>
  <cachedir>${join(folder, 'cache')}</cachedir>
  <match target="pattern">
    <edit name="family" mode="prepend" binding="strong"><string>Noto Sans SC</string></edit>
  </match>
</fontconfig>
`

let fontConfig: Promise<string> | undefined

/**
 * Lets Chinese render in screenshots on a machine without CJK fonts: Noto Sans SC from an npm
 * package is the test browser's one system font, first for every family a page asks for (the app's
 * stacks name a phone's fonts, `-apple-system-font, Helvetica Neue, sans-serif`). The package ships
 * WOFF2, which fontconfig cannot read, so it is unpacked to TrueType once per machine. Measured on
 * two browser test files: loaded as a webfont (each browser fetching, decompressing and checking the
 * files again) the browsers took 53 CPU-seconds, as system fonts 44; the variable-weight package's
 * files, nine named weights each, cost 63 as system fonts (fontconfig's fallback searches them all).
 * Returns the fontconfig file to start the browser with.
 */
export function testFontConfig(): Promise<string> {
  fontConfig ??= (async () => {
    const folder = resolve(__dirname, '../../node_modules', FONT_PACKAGE)
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }
    const fonts = join(tmpdir(), `linli-test-fonts-${version}`)
    if (existsSync(join(fonts, 'fonts.conf'))) return join(fonts, 'fonts.conf')
    // Unpacked beside and renamed into place, so a browser never starts on half the files.
    const staging = mkdtempSync(`${fonts}-`)
    for (const weight of FONT_WEIGHTS) {
      const files = join(folder, `noto_sans_sc_${weight}`)
      for (const name of readdirSync(files).filter((file) => file.endsWith('.woff2'))) {
        const truetype = await decompress(readFileSync(join(files, name)))
        writeFileSync(join(staging, `${weight}-${name.replace(/\.woff2$/, '.ttf')}`), truetype)
      }
    }
    writeFileSync(join(staging, 'fonts.conf'), fontsConf(fonts))
    try {
      renameSync(staging, fonts)
    } catch {
      // Another test process unpacked the same files first.
      rmSync(staging, { recursive: true, force: true })
    }
    return join(fonts, 'fonts.conf')
  })()
  return fontConfig
}

export interface LaunchOptions {
  profileDir: string
  viewport: { width: number; height: number }
  deviceScaleFactor?: number
}

/** One isolated browser profile (its own storage, so sessions never mix) with the test fonts installed. */
export async function launchTestBrowser(options: LaunchOptions): Promise<BrowserContext> {
  const browser = await findTestBrowser()
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: browser.executablePath,
    headless: true,
    args: browser.args,
    viewport: options.viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    env: { ...process.env, FONTCONFIG_FILE: await testFontConfig() },
  })
}
