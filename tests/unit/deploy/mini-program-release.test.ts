import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'
import { FUNCTIONS_ROOT } from '../../../scripts/deploy/function-folders'

const ROOT = join(__dirname, '../../..')

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  preloadRule?: Record<string, { network: 'all' | 'wifi'; packages: string[] }>
}

// app.config.ts calls Taro's build-time macro; here it only has to hand the object back (hence require after it, not import).
;(globalThis as unknown as { defineAppConfig: (config: AppConfig) => AppConfig }).defineAppConfig = (config) => config
// eslint-disable-next-line @typescript-eslint/no-require-imports
const app = (require('../../../src/app.config') as { default: AppConfig }).default

describe('WeChat DevTools opens the repository root (project.config.json)', () => {
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as Record<string, unknown>

  it('finds the built app in dist/ and the cloud functions in their folders', () => {
    expect(project.miniprogramRoot).toBe('dist/')
    expect(project.cloudfunctionRoot).toBe(`${FUNCTIONS_ROOT}/`)
  })

  it('carries no real AppID: the release build takes it from TARO_APP_ID', () => {
    expect(project.appid).toBe('touristappid')
  })
})

it('every build defines the environment id the app reads: WeChat has no `process` to fall back on', () => {
  // Taro defines process.env.TARO_APP_* only for keys a .env file declares; an empty value means the default environment.
  expect(parseEnv(readFileSync(join(ROOT, '.env'), 'utf8'))).toEqual({ TARO_APP_CLOUD_ENV: '' })
})

describe('subpackage preloading', () => {
  it('preloads only declared subpackages, from pages of the main package', () => {
    const roots = app.subPackages.map((pkg) => pkg.root)
    expect(Object.keys(app.preloadRule ?? {}).length).toBeGreaterThan(0)
    for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
      expect(app.pages).toContain(page)
      for (const pkg of rule.packages) expect(roots).toContain(pkg)
    }
  })
})
