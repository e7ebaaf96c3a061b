import type { InviteView } from '@core/estate/invite-code'
import type { WorkOrder } from '@core/repair/work-order'
import { orderIdFrom } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * Joining the estate in a real browser: a WeChat user the estate has never seen lands on the
 * welcome page, binds to 3-502 with the invite code a manager made, and reports a repair for that
 * unit; then 刘经理 looks at the service dashboard, where the new order is counted.
 */

const { host: started, as } = browserScenario()

test('a new WeChat user binds with an invite code and reports a repair; the manager sees it on the dashboard', async () => {
  const host = started()
  // 10:00 on a Friday in Shanghai: inside service hours, so the 12 minutes below are 12 business minutes.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
  const invite = await host.post<Envelope<InviteView>>(
    '/api/fn/admin',
    { action: 'createInvite', kind: 'unit', unitId: '3-502', maxUses: 1, validDays: 7 },
    await host.token('admin-1'),
  )
  if (!invite.ok) throw new Error(invite.error.message)

  // 1. A stranger (the dev sign-in's "new user") lands on the welcome page.
  const newcomer = await as('new')
  const screen = () => newcomer.screen()
  await screen().locator('.ll-welcome__estate', { hasText: '欢迎来到邻里小区' }).waitFor()
  await newcomer.shot('onboarding-01-welcome')

  // 2. They bind with the code, typed in lower case as people do.
  await screen().locator('.ll-welcome__code input').fill(invite.data.id.toLowerCase())
  await screen().locator('.ll-welcome__name input').fill('孙女士')
  await screen().locator('.ll-welcome__phone input').fill('13700000009')
  await screen().locator('.ll-welcome__relation--tenant').click()
  await newcomer.shot('onboarding-02-invite-filled')
  await screen().locator('.ll-welcome__join').click()

  // 3. Now a resident of 3-502, they report a leak for their own unit.
  await screen().getByText('孙女士，您好').waitFor()
  expect(await screen().locator('.ll-home__unit').innerText()).toContain('3-502')
  await newcomer.shot('onboarding-03-resident-home')
  await screen().locator('.ll-home__report').click()
  await screen().locator('.ll-repair-form__category--plumbing').click()
  await screen().locator('.ll-repair-form__description textarea').fill('阳台地漏返水')
  await screen().locator('.ll-repair-form__submit').click()
  await screen().locator('.ll-status', { hasText: '待接单' }).waitFor()
  const order = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'get', id: orderIdFrom(newcomer.page) },
    await host.token('admin-1'),
  )
  expect(order.ok && order.data.unitId).toBe('3-502')
  expect(order.ok && order.data.residentName).toBe('孙女士')

  // The code was single-use: a second stranger is refused.
  const again = await host.post<Envelope<unknown>>(
    '/api/fn/me',
    { action: 'redeemInvite', code: invite.data.id, name: '路人', phone: '13700000010', relation: 'owner' },
    await host.token('wx-someone-else'),
  )
  expect(again).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })

  // 李师傅 takes it 12 minutes later.
  await host.post('/api/dev/clock', { advanceMinutes: 12 })
  const accepted = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'accept', id: orderIdFrom(newcomer.page) },
    await host.token('staff-1'),
  )
  expect(accepted.ok).toBe(true)

  // 4. 刘经理 opens the service dashboard: today's order is counted, the trend is drawn.
  const manager = await as('admin-1')
  const dashboard = () => manager.screen()
  // From the late board (a manager's home) through the console home, as a manager would go.
  await dashboard().locator('.ll-section-nav__item--active', { hasText: '超时看板' }).waitFor()
  await dashboard().locator('.ll-section-nav__item', { hasText: '后台' }).click()
  await dashboard().locator('.ll-console__tile', { hasText: '服务看板' }).click()
  // The console opens on 7 days; today's figures have come when the trend is down to one day.
  await dashboard().locator('.ll-trend__slot').nth(6).waitFor()
  await dashboard().locator('.ll-dashboard__range--today').click()
  await dashboard().locator('.ll-trend__slot').nth(1).waitFor({ state: 'detached' })
  expect(
    await dashboard().locator('.ll-kpis__tile', { hasText: '报修量' }).locator('.ll-kpis__value').innerText(),
  ).toBe('1')
  expect(await dashboard().locator('.ll-kpis__tile', { hasText: '平均响应' }).innerText()).toContain('12 分钟')
  expect(await dashboard().locator('.ll-kpi-table__row', { hasText: '水管漏水' }).innerText()).toMatch(/水管漏水\s+1/)
  expect(await dashboard().locator('.ll-kpi-table__row', { hasText: '李师傅' }).innerText()).toMatch(
    /李师傅\s+1\s+0\s+12 分钟/,
  )
  await dashboard().locator('.ll-dashboard__range--7d').click()
  await dashboard().locator('.ll-trend__slot').nth(6).waitFor()
  await dashboard().locator('.ll-trend__value', { hasText: '12' }).waitFor()
  await manager.shot('onboarding-04-manager-dashboard')

  // And the audit log has the invite code the manager made.
  await dashboard().locator('.ll-section-nav__item', { hasText: '日志' }).click()
  await manager.screen().locator('.ll-audit', { hasText: '刘经理为 3-502 生成了住户邀请码' }).waitFor()
  await manager.shot('onboarding-05-audit-log')
})
