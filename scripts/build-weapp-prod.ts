// `npm run build:weapp:prod [-- --mode <mode>]`: the mini-program release build. Refuses to start
// without a valid AppID and CloudBase environment id, then builds dist/ with Taro in that mode,
// checks the result carries the AppID (Taro writes TARO_APP_ID into dist/project.config.json) and
// hands the AppID to WeChat DevTools through project.private.config.json.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { CLIENT_VARIABLES, describeProblem, readVariables } from '../src/server/config/environment.config'
import { loadEnv } from './deploy/env-files'

const { values: options } = parseArgs({ options: { mode: { type: 'string', default: 'production' } } })
const root = process.cwd()

function main(): number {
  const { env, fromFiles, files } = loadEnv(root, options.mode, Object.keys(CLIENT_VARIABLES))
  // Taro writes the AppID from the process environment, but hands the app only TARO_APP_* keys that
  // a .env file declares (the checked-in .env declares TARO_APP_CLOUD_ENV, so a shell export counts).
  const { problems } = readVariables(CLIENT_VARIABLES, {
    TARO_APP_ID: env.TARO_APP_ID,
    TARO_APP_CLOUD_ENV: fromFiles.TARO_APP_CLOUD_ENV,
  })
  if (problems.length > 0) {
    const shellOnly =
      !fromFiles.TARO_APP_CLOUD_ENV && env.TARO_APP_CLOUD_ENV
        ? ' (TARO_APP_CLOUD_ENV is set in the shell only and no .env file declares it)'
        : ''
    console.error(`build:weapp:prod: cannot build the release mini-program${shellOnly}:`)
    console.error(problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n'))
    console.error(
      `Set them in .env.${options.mode}.local (copy .env.example); files read: ${files.join(', ') || 'none'}.`,
    )
    return 1
  }
  const taro = join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro')
  const build = spawnSync(process.execPath, [taro, 'build', '--type', 'weapp', '--mode', options.mode], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) return build.status ?? 1
  const { appid } = JSON.parse(readFileSync(join(root, 'dist', 'project.config.json'), 'utf8')) as { appid?: string }
  if (appid !== env.TARO_APP_ID) {
    console.error(`build:weapp:prod: dist/project.config.json has appid ${appid}, expected ${env.TARO_APP_ID}`)
    return 1
  }
  // DevTools opens the repository root, whose project.config.json keeps the placeholder AppID; the
  // git-ignored private config overrides it for this machine (WeChat documents appid as overridable there).
  const privateConfig = join(root, 'project.private.config.json')
  const current = existsSync(privateConfig)
    ? (JSON.parse(readFileSync(privateConfig, 'utf8')) as Record<string, unknown>)
    : {}
  writeFileSync(privateConfig, `${JSON.stringify({ ...current, appid }, null, 2)}\n`)
  console.log(
    `build:weapp:prod: dist/ is the release build for ${appid} on CloudBase environment ${fromFiles.TARO_APP_CLOUD_ENV}`,
  )
  console.log(
    'build:weapp:prod: project.private.config.json carries the AppID for WeChat DevTools (open the repository root)',
  )
  return 0
}

process.exitCode = main()
