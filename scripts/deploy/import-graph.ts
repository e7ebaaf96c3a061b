import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

// `import type` is left out: it is erased from the bundle, so nothing it names runs.
const SPECIFIERS =
  /(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g

/** The source file a relative or `@core/`/`@server/` specifier names; null for packages and JSON. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith('.')
    ? resolve(dirname(from), specifier)
    : specifier.startsWith('@core/')
      ? join(root, 'src', 'core', specifier.slice('@core/'.length))
      : specifier.startsWith('@server/')
        ? join(root, 'src', 'server', specifier.slice('@server/'.length))
        : null
  if (base === null) return null
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((file) => existsSync(file)) ?? null
}

/**
 * The first module reachable from `entry` whose source matches `pattern`, or null. Reads imports
 * as text, like the dependency-rules test: enough to follow this code base's own modules.
 */
export function findReachable(root: string, entry: string, pattern: RegExp): string | null {
  const base = resolve(root)
  const seen = new Set<string>()
  const pending = [resolve(entry)]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    if (pattern.test(text)) return file
    for (const match of text.matchAll(SPECIFIERS)) {
      const next = resolveSpecifier(base, file, match[1] ?? match[2] ?? match[3]!)
      if (next) pending.push(next)
    }
  }
  return null
}
