import type { InviteView } from '@core/estate/invite-code'
import type { User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * One mini-program, two estates, on the phone: 王女士 of 邻里小区 adds the flat she rents out in
 * 湖畔苑 with the code its manager gave her, then moves between her two homes on 我的. Head office
 * finds its way to the console there.
 */

const { host: started, as } = browserScenario()

const tab = (user: User, label: string) => user.page.locator('.weui-tabbar__item:visible', { hasText: label }).click()
const confirmModal = (user: User, label: string) => user.page.getByText(label, { exact: true }).last().click()

test('a resident adds a home in a second estate with its invite code and switches between her homes', async () => {
  const host = started()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
  const invite = await host.post<Envelope<InviteView>>(
    '/api/fn/admin',
    { action: 'createInvite', kind: 'unit', unitId: '1-102', maxUses: 1, validDays: 7 },
    await host.token('admin-2'),
  )
  if (!invite.ok) throw new Error(invite.error.message)

  const resident = await as('resident-1')
  const screen = () => resident.screen()
  await screen().getByText('王女士，您好').waitFor()
  await tab(resident, '我的')
  await screen().locator('.ll-households__item--current', { hasText: '邻里小区' }).waitFor()
  await screen().locator('.ll-households__add').click()
  await screen().locator('.ll-households__estate', { hasText: '湖畔苑' }).click()
  await confirmModal(resident, '切换')

  // In 湖畔苑 she is not bound yet: its welcome page, with the way back to her home offered.
  await screen().locator('.ll-welcome__estate', { hasText: '欢迎来到湖畔苑' }).waitFor()
  await screen().locator('.ll-households__item', { hasText: '邻里小区' }).waitFor()
  await screen().locator('.ll-welcome__code input').fill(invite.data.id)
  await screen().locator('.ll-welcome__name input').fill('王女士')
  await screen().locator('.ll-welcome__phone input').fill('13800000201')
  await screen().locator('.ll-welcome__relation--owner').click()
  await screen().locator('.ll-welcome__join').click()
  await screen().getByText('王女士，您好').waitFor()
  expect(await screen().locator('.ll-home__unit').innerText()).toContain('1-102')

  // 我的 lists both homes, 湖畔苑 current; one tap (and a confirmation) takes her back.
  await tab(resident, '我的')
  await screen().locator('.ll-households__item--current', { hasText: '湖畔苑' }).waitFor()
  const home = screen().locator('.ll-households__item', { hasText: '邻里小区' })
  expect(await home.innerText()).toContain('1-101 室')
  await home.scrollIntoViewIfNeeded()
  await resident.shot('estates-01-resident-two-homes')
  await home.click()
  await confirmModal(resident, '切换')
  await screen().getByText('王女士，您好').waitFor()
  expect(await screen().locator('.ll-home__unit').innerText()).toContain('1-101')
})

test('head office, on the phone, is pointed to the console and confirms its sign-in from 我的', async () => {
  const host = started()
  // The console on the desk shows a code (its QR); the phone reads it.
  const opened = await host.post<Envelope<{ code: string; secret: string }>>('/api/console/open', {})
  if (!opened.ok) throw new Error(opened.error.message)
  const { code, secret } = opened.data

  const office = await as('company-1')
  const screen = () => office.screen()
  await screen().getByText('各小区的服务对比在电脑上的物业后台查看', { exact: false }).waitFor()
  await screen().locator('.nut-cell', { hasText: '扫码登录物业后台' }).click()
  // The browser has no camera scanner: the code below the QR is pasted instead.
  await screen().locator('.ll-console-login input').fill(code)
  await screen().locator('.nut-button', { hasText: '下一步' }).click()
  await screen().locator('.nut-button', { hasText: '确认登录' }).click()
  await screen().getByText('已确认登录').waitFor()

  const polled = await host.post<Envelope<{ status: string; user: { companyAdmin: boolean } }>>('/api/console/poll', {
    code,
    secret,
  })
  expect(polled).toMatchObject({ ok: true, data: { status: 'signedIn', user: { companyAdmin: true } } })
})
