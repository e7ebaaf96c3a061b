import { existsSync } from 'node:fs'
import { join } from 'node:path'
// The module itself, not the package index (which loads swc, babel and chokidar first).
import { dotenvParse } from '@tarojs/helper/dist/dotenv'
import type { Env } from '../../src/server/config/environment.config'

/** The files `taro build --mode <mode>` reads, later ones winning. */
export const envFiles = (mode: string): string[] => ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`]

export interface LoadedEnv {
  /** The shell's variables over the files' (process.env after loading). */
  env: Env
  /** The variables the files define: Taro hands the app only these. */
  fromFiles: Env
  /** The files that exist, in the order they were read. */
  files: string[]
}

/**
 * Loads `.env` files with Taro's own parser, so the values checked here are the values the build
 * gets; like Taro, it copies them into process.env unless the shell already set them.
 */
export function loadEnv(root: string, mode: string, variables: readonly string[]): LoadedEnv {
  // Taro filters by prefix; a full name is a prefix of itself.
  const fromFiles = dotenvParse(root, [...variables], mode)
  return { env: { ...process.env }, fromFiles, files: envFiles(mode).filter((file) => existsSync(join(root, file))) }
}
