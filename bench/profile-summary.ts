import { relative } from 'node:path'
import { fmt } from './stats'

/** The parts of V8's .cpuprofile this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[]
  samples: number[]
}

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}

/** Code areas by file, first match wins; native calls (no file) take their caller's area. */
const AREAS: [string, RegExp][] = [
  ['zod', /node_modules\/zod\//],
  ['better-sqlite3 (JS side)', /node_modules\/better-sqlite3\//],
  ['tsx loader', /node_modules\/(tsx|esbuild|get-tsconfig)\//],
  ['dayjs', /node_modules\/dayjs\//],
  ['store adapter + scoping', /src\/server\/store\//],
  ['request log (idempotency)', /src\/server\/idempotency\//],
  ['limits', /src\/server\/limits\//],
  ['notices / push', /src\/server\/(notify|repair\/repair-notices)/],
  ['define-function, caller', /src\/server\/(define-function|actor\.resolver|action)\.ts/],
  ['local host (HTTP, sessions)', /src\/server\/local\//],
  ['server use cases', /src\/server\//],
  ['core (domain, schemas)', /src\/core\//],
  ['Node http / net / streams', /^node:(internal\/)?(_?http|net|stream|internal\/streams|events)/],
  ['Node internals', /^node:/],
]

/** Native frames named by what they do, wherever they are called from. */
const NATIVE: [string, RegExp][] = [
  ['SQLite statements (native)', /^(run|get|all|prepare|exec|pluck|transaction)$/],
  ['JSON.parse / stringify', /^(parse|stringify)$/],
  ['GC', /^\(garbage collector\)$/],
  ['writes to sockets (native)', /^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/],
]

const areaOfUrl = (url: string): string | null =>
  url ? (AREAS.find(([, re]) => re.test(url))?.[0] ?? 'other JS') : null

function frameLabel({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.startsWith('file://') ? relative(process.cwd(), url.slice(7)) : url
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : '(native)'}`
}

const pct = (part: number, whole: number) => `${fmt((part / whole) * 100, 1)}%`

/**
 * Self time (in the function itself) and total time (with its callees, each sample counted once
 * even under recursion) per function, and self time per code area, over the busy samples only
 * (idle and "(program)" excluded). Samples are counted, not timed: on a shared machine the gap
 * before a sample includes time the process was not running. Each share of the busy samples is
 * then turned into ms per request with `cpuMsPerRequest`, the process's measured CPU time.
 */
export function formatProfile(profile: CpuProfile, cpuMsPerRequest: number, top = 30): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfUs = new Map<number, number>()
  for (const id of profile.samples) selfUs.set(id, (selfUs.get(id) ?? 0) + 1)

  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const areas = new Map<string, number>()
  let busy = 0
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue
    busy += us
    self.set(frameLabel(frame), (self.get(frameLabel(frame)) ?? 0) + us)
    const seen = new Set<string>()
    let area = NATIVE.find(([, re]) => !frame.url && re.test(frame.functionName))?.[0] ?? null
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame
      area ??= areaOfUrl(f.url)
      const label = frameLabel(f)
      if (seen.has(label)) continue
      seen.add(label)
      total.set(label, (total.get(label) ?? 0) + us)
    }
    const named = area ?? 'native, no JS caller'
    areas.set(named, (areas.get(named) ?? 0) + us)
  }

  const perRequest = (samples: number) => fmt((samples / busy) * cpuMsPerRequest, 3)
  const lines = [
    `${fmt(busy)} busy samples; ms/req below = share of them x ${fmt(cpuMsPerRequest, 2)} ms CPU per request`,
    '',
    'by area (self time)                      ms/req   share',
  ]
  for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1])) {
    lines.push(`${area.padEnd(40)} ${perRequest(us).padStart(6)}  ${pct(us, busy).padStart(6)}`)
  }
  lines.push('', `top ${top} functions by self time: self ms/req (share), total ms/req (share)`)
  for (const [label, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const all = total.get(label) ?? us
    lines.push(
      `${perRequest(us).padStart(6)} (${pct(us, busy).padStart(5)})  ${perRequest(all).padStart(6)} (${pct(all, busy).padStart(5)})  ${label}`,
    )
  }
  lines.push('', `top ${top} functions by total time`)
  for (const [label, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`${perRequest(us).padStart(6)} (${pct(us, busy).padStart(5)})  ${label}`)
  }
  return lines
}
