import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const pattern =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!)
}

/** The absolute path a relative or aliased specifier points at, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier)
  if (specifier.startsWith('@core/')) return join(SRC, 'core', specifier.slice(6))
  if (specifier.startsWith('@server/')) return join(SRC, 'server', specifier.slice(8))
  return null
}

const CLIENT_DIRS = ['pages', 'life', 'staff', 'admin', 'components', 'services'].map((d) => join(SRC, d))
const clientFiles = () => [
  ...CLIENT_DIRS.flatMap((d) => {
    try {
      return sourceFiles(d)
    } catch {
      return []
    }
  }),
  ...['app.ts', 'app.tsx', 'app.config.ts']
    .map((f) => join(SRC, f))
    .filter((f) => {
      try {
        return statSync(f).isFile()
      } catch {
        return false
      }
    }),
]

describe('dependency rules', () => {
  it('src/core imports only zod, dayjs and itself', () => {
    const violations = sourceFiles(join(SRC, 'core')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const to = target(file, spec)
          if (to) return !to.startsWith(join(SRC, 'core'))
          return !(spec === 'zod' || spec === 'dayjs' || spec.startsWith('dayjs/plugin/'))
        })
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    )
    expect(violations).toEqual([])
  })

  it('mini-program code never imports src/server or Node built-ins', () => {
    const files = clientFiles()
    expect(files.length).toBeGreaterThan(0)
    const violations = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const to = target(file, spec)
          return (
            (to !== null && to.startsWith(join(SRC, 'server'))) || spec.startsWith('node:') || spec === 'better-sqlite3'
          )
        })
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    )
    expect(violations).toEqual([])
  })

  it('only console/transport imports the CloudBase web SDK: never the mini-program, the functions or the rest of the console', () => {
    const transport = join(ROOT, 'console', 'transport')
    const shipped = [...sourceFiles(SRC), ...sourceFiles(join(ROOT, 'console'))]
    const importers = shipped.filter((file) => importsOf(file).some((spec) => spec.startsWith('@cloudbase/js-sdk')))
    expect(importers.length).toBeGreaterThan(0)
    expect(importers.filter((file) => !file.startsWith(transport)).map((file) => relative(ROOT, file))).toEqual([])
  })

  it('sees through every import form it checks', () => {
    const probe = join(SRC, 'core', 'shared', 'time.ts')
    expect(importsOf(probe)).toEqual(expect.arrayContaining(['dayjs', 'dayjs/plugin/utc']))
  })
})

describe('layers inside the server and the client', () => {
  const SERVER = join(SRC, 'server')

  it('the store imports no use case: only core, itself and the SDK loaders', () => {
    const store = join(SERVER, 'store')
    const allowed = [store, join(SRC, 'core'), join(SERVER, 'sdk')]
    const violations = sourceFiles(store).flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const to = target(file, spec)
          return to !== null && !allowed.some((dir) => to.startsWith(dir))
        })
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    )
    expect(violations).toEqual([])
  })

  it('no two modules of src/server import each other', () => {
    const moduleOf = (path: string) => relative(SERVER, path).split('/')[0]!.replace(/\.ts$/, '')
    const arrows = new Set<string>()
    for (const file of sourceFiles(SERVER)) {
      for (const spec of importsOf(file)) {
        const to = target(file, spec)
        if (!to?.startsWith(SERVER)) continue
        const [from, into] = [moduleOf(file), moduleOf(to)]
        if (from !== into) arrows.add(`${from} -> ${into}`)
      }
    }
    const pairs = [...arrows].filter((arrow) => arrows.has(arrow.split(' -> ').reverse().join(' -> ')))
    expect(pairs).toEqual([])
  })

  it('services import no component or page', () => {
    const services = join(SRC, 'services')
    const violations = sourceFiles(services).flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const to = target(file, spec)
          return (
            to !== null && ['components', 'pages', 'life', 'staff', 'admin'].some((d) => to.startsWith(join(SRC, d)))
          )
        })
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    )
    expect(violations).toEqual([])
  })

  it('every page URL in services/ is a page of app.config.ts, and every page there has its URL', () => {
    const config = readFileSync(join(SRC, 'app.config.ts'), 'utf8')
    const mainList = /^\s*pages: \[([^\]]*)\]/m.exec(config)?.[1] ?? ''
    const mainPages = [...mainList.matchAll(/'(pages\/[\w-]+\/index)'/g)].map((m) => `/${m[1]}`)
    const subPages = [...config.matchAll(/root: '([\w-]+)',\s*pages: \[([^\]]*)\]/g)].flatMap(([, root, list]) =>
      [...list!.matchAll(/'([\w-]+\/index)'/g)].map((m) => `/${root}/${m[1]}`),
    )
    const declared = [...mainPages, ...subPages].sort()
    const routed = sourceFiles(join(SRC, 'services'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(\/[\w-]+\/[\w-]+\/index)'/g)])
      .map((m) => m[1]!)
    expect(declared.length).toBeGreaterThan(20)
    expect([...new Set(routed)].sort()).toEqual(declared)
  })
})
