// Marks the calls that build core's top-level constants (zod schemas, label tables) as pure, so the
// minifier drops those a package never reads. A shared module keeps the union of the exports its
// importers use; without the marks each `z.object(...)` counts as a side effect and every schema of
// a core module lands wherever one of them is needed, e.g. the admin's schemas in the main package.
// Core is pure by rule (docs/architecture.md); calls inside functions are left alone.
const annotateAsPure = require('@babel/helper-annotate-as-pure').default
const path = require('node:path')

const CORE = `${path.sep}src${path.sep}core${path.sep}`
const ZOD_SETUP = `${CORE}shared${path.sep}zod.ts` // its config() call must run

const annotateCalls = {
  Function(fn) {
    fn.skip()
  },
  'CallExpression|NewExpression'(call) {
    annotateAsPure(call)
  },
}

module.exports = () => ({
  name: 'linli-pure-core',
  visitor: {
    Program(program, state) {
      const file = state.filename ?? ''
      if (!file.includes(CORE) || file.endsWith(ZOD_SETUP)) return
      for (const statement of program.get('body')) {
        const declaration = statement.isExportNamedDeclaration() ? statement.get('declaration') : statement
        if (!declaration.isVariableDeclaration()) continue
        for (const declarator of declaration.get('declarations')) {
          const init = declarator.get('init')
          if (!init.node) continue
          if (init.isCallExpression() || init.isNewExpression()) annotateAsPure(init)
          init.traverse(annotateCalls)
        }
      }
    },
  },
})
