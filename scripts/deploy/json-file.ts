import { readFileSync } from 'node:fs'
import type { z } from '../../src/core/shared/zod'

/** A checked-in JSON file, parsed with `schema`; a mismatch throws naming the file and each field at fault. */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new Error(`${path}: ${issues.join('; ')}`)
  }
  return parsed.data
}
