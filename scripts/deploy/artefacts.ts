import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CONSOLE_SIGN_IN_VARIABLES, FUNCTION_VARIABLES } from '../../src/server/config/environment.config'
import { generateCloudbaserc, readDeploySettings, type Cloudbaserc } from './cloudbaserc'
import {
  collectionsFile,
  COLLECTIONS_FILE,
  databasePlan,
  SECURITY_RULES_FILE,
  securityRulesFile,
} from './database-plan'
import { readFunctionFolders, type FunctionFolder } from './function-folders'

export const CLOUDBASERC_FILE = 'cloudbaserc.json'

export interface Artefacts {
  [CLOUDBASERC_FILE]: Cloudbaserc
  [COLLECTIONS_FILE]: ReturnType<typeof collectionsFile>
  [SECURITY_RULES_FILE]: ReturnType<typeof securityRulesFile>
}

/** The generated, checked-in files, by path: `npm run deploy -- --dry-run` rewrites them, a test keeps them current. */
export function artefacts(root = '.', folders: readonly FunctionFolder[] = readFunctionFolders(root)): Artefacts {
  const plan = databasePlan()
  return {
    [CLOUDBASERC_FILE]: generateCloudbaserc(folders, readDeploySettings(root), Object.keys(FUNCTION_VARIABLES), {
      consoleSignIn: Object.keys(CONSOLE_SIGN_IN_VARIABLES),
    }),
    [COLLECTIONS_FILE]: collectionsFile(plan),
    [SECURITY_RULES_FILE]: securityRulesFile(plan),
  }
}

export const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** Writes the artefacts; returns the paths whose content changed. */
export function writeArtefacts(root: string, generated: Artefacts): string[] {
  return Object.entries(generated).flatMap(([path, value]) => {
    const file = join(root, path)
    const text = serialize(value)
    if (existsSync(file) && readFileSync(file, 'utf8') === text) return []
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    return [path]
  })
}
