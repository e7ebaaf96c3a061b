import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { periodOf } from '@core/billing/calendar'
import { signIn, type User } from './support/browser'
import { REPO, startHost, type Host } from './support/host'

/**
 * Paying the property fee in a real browser: a manager's fee items and bill run give 王女士
 * (1-101) two bills; she selects both, confirms 模拟支付, sees them paid and opens the receipt.
 */

let host: Host
let resident: User | undefined

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist-h5/index.html'))) throw new Error('build the H5 app first: npx taro build --type h5')
  host = await startHost()
})

afterAll(async () => {
  await resident?.close()
  await host?.stop()
})

async function asManager(event: Record<string, unknown>): Promise<void> {
  const reply = await host.post<{ ok: boolean }>('/api/fn/billing', event, await host.token('admin-1'))
  if (!reply.ok) throw new Error(`billing.${String(event.action)} failed: ${JSON.stringify(reply)}`)
}

test('a resident pays two bills with the simulated gateway and reads the receipt', async () => {
  await asManager({ action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: 285 })
  await asManager({ action: 'saveItem', name: '车位管理费', kind: 'monthly', rateFen: 30_000, unitIds: ['1-101'] })
  await asManager({ action: 'run', period: periodOf(new Date().toISOString()) })

  resident = await signIn(host.baseUrl, 'resident-1')
  await resident.screen().getByText('王女士，您好').waitFor()
  const screen = () => resident!.screen()
  await screen().locator('.ll-home__bills').click()
  await screen().locator('.ll-bill').nth(1).waitFor()
  // 1-101 is 89 m²: 89 × 2.85 = 253.65 yuan, plus 300 yuan for the parking space.
  expect(await screen().locator('.ll-bills__total--unpaid .ll-bills__total-amount').innerText()).toBe('¥553.65')
  await resident.shot('billing-01-unpaid')

  await screen().locator('.ll-bills__bar .nut-checkbox').click()
  expect(await screen().locator('.ll-bills__bar-amount').innerText()).toBe('¥553.65')
  await screen().locator('.ll-bills__pay').click()
  await resident.page.getByText('确认模拟支付 ¥553.65？', { exact: false }).waitFor()
  await resident.shot('billing-02-simulated-pay')
  await resident.page.getByText('确认支付', { exact: true }).click()

  await screen().locator('.ll-bills__total--paid .ll-bills__total-amount', { hasText: '¥553.65' }).waitFor()
  expect(await screen().locator('.ll-bills__total--unpaid .ll-bills__total-amount').innerText()).toBe('¥0.00')

  await screen().getByText('缴费记录 ›').click()
  await screen().locator('.ll-receipt-row').first().click()
  await screen().locator('.ll-receipt__amount', { hasText: '¥553.65' }).waitFor()
  // Read the receipt itself: the list page stays visible while the receipt slides in.
  const receipt = await screen().locator('.ll-receipt').innerText()
  expect(receipt).toMatch(/收据编号\s*\d{8}-[0-9A-F]{8}/)
  expect(receipt).toContain('微信支付单号')
  await resident.shot('billing-03-receipt')
})
