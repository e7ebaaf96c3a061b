import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ManualClock } from '@core/shared/clock'
import { FUNCTIONS } from '@server/functions'
import { createHost } from '@server/local/host'
import { createLocalRuntime } from '@server/local/local-runtime'
import { Sessions } from '@server/local/sessions'
import { SimulatedPay } from '@server/pay/simulated-pay'

// Defects 6 and 7: a torn gateway file stopped the host from starting; malformed URLs answered 500;
// a sibling folder of the static root was served.
describe('the local host', () => {
  let dir: string
  let url: string
  let stop: () => Promise<void>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'linli-host-'))
    mkdirSync(join(dir, 'dist-h5'))
    writeFileSync(join(dir, 'dist-h5', 'index.html'), '<!doctype html><title>app</title>')
    mkdirSync(join(dir, 'dist-h5-private'))
    writeFileSync(join(dir, 'dist-h5-private', 'secret.txt'), 'not for the web')
    const runtime = createLocalRuntime(join(dir, 'data'), { info: () => {}, error: () => {} })
    const host = createHost({
      runtime,
      sessions: Sessions.inDataDir(join(dir, 'data')),
      functions: FUNCTIONS,
      devMode: true,
      staticDir: join(dir, 'dist-h5'),
      functionsRoot: resolve('cloudfunctions'),
      schedule: false,
    })
    await new Promise<void>((ready) => host.server.listen(0, '127.0.0.1', ready))
    url = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`
    stop = host.stop
  })
  afterAll(async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(['/%zz', '/files/%zz', '/repair/%E0%A4%A'])('GET %s is 400, not 500', async (path) => {
    expect((await fetch(url + path)).status).toBe(400)
  })

  it('never serves a sibling folder whose name starts like the static root', async () => {
    const res = await fetch(`${url}/..%2fdist-h5-private%2fsecret.txt`)
    expect(await res.text()).not.toContain('not for the web')
  })
})

describe('the simulated pay gateway', () => {
  const clock = new ManualClock('2026-03-02T02:00:00.000Z')
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'linli-pay-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('starts on a torn state file (as kill -9 mid-write leaves it) instead of failing', () => {
    const file = join(dir, 'pay-gateway.json')
    writeFileSync(file, '{"2026a":{"totalFee":100,"payerOpenid":"resid')
    expect(() => new SimulatedPay(file, clock)).not.toThrow()
  })

  it('keeps what it acknowledged across a restart', async () => {
    const file = join(dir, 'pay-gateway.json')
    const gateway = new SimulatedPay(file, clock)
    const request = {
      outTradeNo: 'order-1',
      totalFee: 100,
      payerOpenid: 'resident-1',
      expiresAt: '2026-03-02T03:00:00.000Z',
      description: 'x',
    }
    expect((await gateway.prepay(request as never)).ok).toBe(true)
    expect(gateway.pay('order-1').ok).toBe(true)
    const reopened = new SimulatedPay(file, clock)
    const again = reopened.pay('order-1')
    expect(again.ok && again.value.transactionId).toBe(
      gateway.pay('order-1').ok && (gateway.pay('order-1') as { value: { transactionId: string } }).value.transactionId,
    )
    expect(readFileSync(file).length).toBeGreaterThan(0)
  })
})
