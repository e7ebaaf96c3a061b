import {
  array,
  boolean,
  config,
  discriminatedUnion,
  enum as enumOf,
  iso,
  literal,
  looseObject,
  NEVER,
  number,
  object,
  partialRecord,
  record,
  strictObject,
  string,
  union,
} from 'zod'
import type * as zod from 'zod'

// WeChat forbids `new Function`/eval in mini-programs; jitless keeps zod off that path.
config({ jitless: true })

/**
 * The zod builders this code base uses, as a plain object. Re-exporting zod's namespace makes
 * webpack materialise all of zod (locales, JSON schema, …) wherever several modules share it:
 * measured at about 300 KB of the mini-program's main package. Add a builder here when you need one.
 */
export const z = {
  array,
  boolean,
  discriminatedUnion,
  enum: enumOf,
  iso,
  literal,
  looseObject,
  NEVER,
  number,
  object,
  partialRecord,
  record,
  strictObject,
  string,
  union,
}

/** zod's type helpers under the same name, so `z.infer<typeof schema>` reads as usual. */
// A type-only namespace merges with the `z` object above, which a module cannot express otherwise.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace z {
  type infer<T> = zod.infer<T>
  type input<T> = zod.input<T>
  type output<T> = zod.output<T>
  type ZodType<Output = unknown, Input = unknown> = zod.ZodType<Output, Input>
  type ZodError<T = unknown> = zod.ZodError<T>
  type ZodOptional<T extends zod.ZodType = zod.ZodType> = zod.ZodOptional<T>
}

/** Zod issues as `{ "a.b": [messages] }`: the VALIDATION_FAILED shape the screens show beside each field. */
export function fieldErrorsOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    ;(fields[key] ??= []).push(issue.message)
  }
  return fields
}
