import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * `npm run build:console` for both targets, each into a scratch folder, side by side (about half a
 * minute on a quiet machine): the cloudbase build bundles the web SDK, the local build leaves it out.
 */
const ROOT = join(__dirname, '../../..')
// The API gateway js-sdk 3.x signs in and calls functions through (`https://<env>.api.tcloudbasegateway.com`).
const CLOUDBASE_API = 'tcloudbasegateway.com'
const SDK_VERSION = /registerVersion\("3\.\d+\.\d+"\)/

function buildConsole(out: string, env: Record<string, string>) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build-console.mjs'), out], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output }))
  })
}

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'linli-console-build-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the console build', () => {
  it('bundles the CloudBase web SDK for the cloudbase target only', async () => {
    const [local, cloud] = await Promise.all([
      buildConsole(join(scratch, 'local'), {}),
      buildConsole(join(scratch, 'cloudbase'), { LINLI_CONSOLE_TARGET: 'cloudbase', TCB_ENV_ID: 'test-env' }),
    ])
    expect(local).toMatchObject({ status: 0, output: expect.stringContaining('calls: the local host') })
    expect(cloud).toMatchObject({ status: 0, output: expect.stringContaining('calls: CloudBase test-env') })

    const cloudBundle = readFileSync(join(scratch, 'cloudbase', 'main.js'), 'utf8')
    expect(cloudBundle).toMatch(SDK_VERSION)
    expect(cloudBundle).toContain(CLOUDBASE_API)
    expect(cloudBundle).toContain('"test-env"')

    const localBundle = readFileSync(join(scratch, 'local', 'main.js'), 'utf8')
    expect(localBundle).not.toMatch(SDK_VERSION)
    expect(localBundle).not.toContain(CLOUDBASE_API)
    // The SDK is the difference: the local bundle is smaller by far more than the transport's own code.
    expect(cloudBundle.length - localBundle.length).toBeGreaterThan(200_000)
  }, 180_000)

  it('refuses a cloudbase build without its environment, before bundling anything', async () => {
    const refused = await buildConsole(join(scratch, 'no-env'), { LINLI_CONSOLE_TARGET: 'cloudbase' })
    expect(refused).toEqual({ status: 1, output: expect.stringContaining('needs TCB_ENV_ID') })
  })
})
