import fc from 'fast-check'
import type { z } from '@core/shared/zod'

/** What the walker reads of a zod 4 schema: its definition. */
interface Def {
  type: string
  [key: string]: unknown
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

const FAR_DATES = [
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59.000Z',
  '0000-01-01T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
]

/** Values no schema expects: wrong types, huge and hostile strings, deep nesting, prototype keys. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const deep = (depth: number) => {
    let value: unknown = 'x'
    for (let i = 0; i < depth; i++) value = { a: value, b: [value] }
    return value
  }
  return fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      2 ** 53,
      '',
      ' ',
      '\u0000',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      "'; DROP TABLE workOrders; --",
      ...FAR_DATES,
      true,
      [],
      {},
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { constructor: { prototype: { polluted: true } } },
    ),
    fc.constant('x'.repeat(1024 * 1024)),
    fc.constantFrom(50, 500).map(deep),
    fc.anything({ maxDepth: 3 }),
  )
}

/** Values shaped by `schema` (mostly valid, sometimes not), with hostile values mixed into every field. */
export function arbitraryFor(schema: unknown, fixtures: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const withHostile = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: hostileValue(), weight: 1 })
  if (depth > 6) return hostileValue()
  const def = defOf(schema)
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [
          key,
          key === 'id' || key.endsWith('Id') || key.endsWith('Openid') || key === 'code'
            ? fc.oneof(fc.constantFrom(...fixtures), arbitraryFor(field, fixtures, depth + 1))
            : arbitraryFor(field, fixtures, depth + 1),
        ]),
      )
      return withHostile(fc.record(fields, { requiredKeys: [] }))
    }
    case 'string': {
      const format = def.format as string | undefined
      if (format === 'datetime')
        return withHostile(
          fc.oneof(
            fc
              .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
              .map((d) => d.toISOString()),
            fc.constantFrom(...FAR_DATES),
          ),
        )
      const pattern = (def.checks as { _zod: { def: { pattern?: RegExp } } }[] | undefined)
        ?.map((check) => check._zod.def.pattern)
        .find((p) => p instanceof RegExp)
      return withHostile(pattern ? fc.stringMatching(pattern) : fc.string({ maxLength: 40 }))
    }
    case 'number':
    case 'int':
      return withHostile(fc.oneof(fc.integer({ min: -10, max: 10_000 }), fc.double()))
    case 'boolean':
      return withHostile(fc.boolean())
    case 'enum':
      return withHostile(fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'array':
      return withHostile(fc.array(arbitraryFor(def.element, fixtures, depth + 1), { maxLength: 5 }))
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return fc.oneof(fc.constant(undefined), fc.constant(null), arbitraryFor(def.innerType, fixtures, depth + 1))
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => arbitraryFor(option, fixtures, depth + 1)))
    case 'pipe':
      return arbitraryFor(def.in, fixtures, depth + 1)
    case 'record':
      return withHostile(
        fc.dictionary(fc.string({ maxLength: 10 }), arbitraryFor(def.valueType, fixtures, depth + 1), { maxKeys: 3 }),
      )
    default:
      return hostileValue()
  }
}

export type AnySchema = z.ZodType
