import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** WeChat's per-package limit (main package and each subpackage). */
export const PACKAGE_LIMIT_KB = 2048
/** Our own budget for the main package, which every user downloads before the first screen (issue 16). */
export const MAIN_BUDGET_KB = 500
/**
 * What the main package may not grow past while it is still over its budget (556.4 KB measured when
 * set, plus a 10 KB margin): a regression fails the size test, and the bench prints the gap to the budget.
 */
export const MAIN_CEILING_KB = 566

export interface PackageSizes {
  /** KB of everything outside the subpackage roots. */
  mainKB: number
  /** KB per subpackage root, e.g. { staff: 40, admin: 38 }. */
  subpackagesKB: Record<string, number>
  limitKB: number
  mainBudgetKB: number
}

/** Files WeChat DevTools does not upload as part of the code package. */
const NOT_UPLOADED = /(^|\/)project(\.private)?\.config\.json$|\.LICENSE\.txt$|\.map$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

/**
 * Sizes of a weapp build (`dist/` by default): the main package and each subpackage, in KB,
 * as app.json declares them. Run `npx taro build --type weapp` first.
 */
export function weappPackageSizes(distDir = 'dist'): PackageSizes {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const bytes: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  for (const file of filesUnder(distDir)) {
    const path = relative(distDir, file).split(sep).join('/')
    if (NOT_UPLOADED.test(path)) continue
    const size = statSync(file).size
    const root = roots.find((r) => path.startsWith(`${r}/`))
    if (root === undefined) main += size
    else bytes[root]! += size
  }
  return {
    mainKB: kb(main),
    subpackagesKB: Object.fromEntries(Object.entries(bytes).map(([r, b]) => [r, kb(b)])),
    limitKB: PACKAGE_LIMIT_KB,
    mainBudgetKB: MAIN_BUDGET_KB,
  }
}

/** Whether the main package is over our budget or any package over WeChat's limit. */
export const overBudget = (sizes: PackageSizes): boolean =>
  sizes.mainKB > sizes.mainBudgetKB ||
  [sizes.mainKB, ...Object.values(sizes.subpackagesKB)].some((kb) => kb > sizes.limitKB)

/** Lines for `npm run bench`. */
export function formatPackageSizes(sizes: PackageSizes): string[] {
  const row = (name: string, size: number) =>
    `${name.padEnd(16)} ${size.toFixed(1).padStart(8)} KB  (limit ${sizes.limitKB} KB)`
  return [
    `${row('weapp main', sizes.mainKB)}  budget ${sizes.mainBudgetKB} KB${sizes.mainKB <= sizes.mainBudgetKB ? '' : `: OVER by ${(sizes.mainKB - sizes.mainBudgetKB).toFixed(1)} KB`}`,
    ...Object.entries(sizes.subpackagesKB).map(([root, size]) => row(`weapp ${root}/`, size)),
  ]
}
