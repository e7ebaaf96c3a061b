// The mini-program never turns a schema into JSON Schema, yet every zod schema's constructor refers to
// its JSON Schema processor, so zod's converter (~18 KB minified) rides into the main package. This loader
// keeps each export's name (so every import still resolves) and replaces its body with a throw.
const EXPORTED_DECLARATION = /^export (?:async )?(?:const|let|var|function\*?|class) ([\w$]+)/gm
const EXPORT_LIST = /^export \{([^}]*)\}/gm

module.exports = function zodJsonSchemaStub(source) {
  const names = [...source.matchAll(EXPORTED_DECLARATION)].map((match) => match[1])
  for (const [, list] of source.matchAll(EXPORT_LIST)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop()
      if (name) names.push(name)
    }
  }
  const stub = 'function notBundled() { throw new Error("zod JSON Schema is not bundled in the mini-program") }'
  return [stub, ...names.map((name) => `export const ${name} = notBundled`)].join('\n')
}
