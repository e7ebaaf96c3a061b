// Type-check and lint in one process over one TypeScript program: the type-aware lint rules ask the
// checker `tsc` has just run instead of building and checking the whole project a second time
// (`npm run typecheck` then `npm run lint` build it twice). `npm test` runs this; it exits 1 on a
// type error or a lint error, printing them as tsc and ESLint do.
import { ESLint } from 'eslint'
import ts from 'typescript'
import { typeAwareFiles } from '../eslint.config.mjs'

function projectProgram() {
  const parsed = ts.getParsedCommandLineOfConfigFile('tsconfig.json', undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })
  return ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
  })
}

const program = projectProgram()
const typeErrors = ts.getPreEmitDiagnostics(program)
if (typeErrors.length > 0) {
  const host = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => '\n',
  }
  process.stdout.write(ts.formatDiagnosticsWithColorAndContext(typeErrors, host))
}

// The config's type-aware files name `projectService`; here the same rules read this program instead.
const eslint = new ESLint({
  overrideConfig: [
    {
      files: typeAwareFiles,
      languageOptions: { parserOptions: { projectService: false, programs: [program] } },
    },
  ],
})
const results = await eslint.lintFiles(['.'])
const lintErrors = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0)
if (lintErrors > 0) process.stdout.write((await eslint.loadFormatter('stylish')).format(results))

console.log(`typecheck: ${typeErrors.length} errors; lint: ${lintErrors} problems`)
process.exit(typeErrors.length + lintErrors === 0 ? 0 : 1)
