import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../../..')
/** Where the project's own code lives (built output and dependencies live elsewhere). */
const CODE_DIRS = ['src', 'console', 'sim', 'scripts']
/** A file longer than this does more than one job: split it by responsibility. */
const MAX_LINES = 250

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return codeFiles(path)
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : []
  })
}

/** Lines as an editor numbers them: a final newline ends the last line rather than starting one. */
const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0))

describe('file size', () => {
  it('counts lines as an editor numbers them', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2])
  })

  it(`no code file under ${CODE_DIRS.join('/, ')}/ is over ${MAX_LINES} lines`, () => {
    const files = CODE_DIRS.flatMap((dir) => codeFiles(join(ROOT, dir)))
    expect(files.length).toBeGreaterThan(100)
    const tooLong = files
      .map((file) => ({ file: relative(ROOT, file), lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`)
    expect(tooLong).toEqual([])
  })
})
