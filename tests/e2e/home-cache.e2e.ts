import type { User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * The home page draws from what it showed last time while the server has not answered yet
 * (stale-while-revalidate): 王女士 on a slow network sees her open repair, the estate's notice and
 * her unread count at once. What it keeps is hers in her estate only: after she moves to another
 * estate, or someone else signs in on the phone, the held-back home shows none of it.
 */

const { host: started, as } = browserScenario()

const LEAK = '卫生间地漏返味，缓存测试'
const NOTICE = '本周四停水检修'
const HOME = '/#/pages/index/index'

/** Every function call waits until `release` is called: the network that has not answered yet. */
async function holdFunctionCalls(user: User): Promise<() => Promise<void>> {
  const held: (() => Promise<void>)[] = []
  await user.page.route('**/api/fn/**', (route) => {
    held.push(() => route.continue())
  })
  return async () => {
    await user.page.unroute('**/api/fn/**')
    await Promise.all(held.map((go) => go().catch(() => undefined)))
  }
}

/** The 消息 tab's badge text ('' when none shows). */
const badgeText = (user: User) =>
  user.page.evaluate(() => {
    const tab = Array.from(document.querySelectorAll<HTMLElement>('.weui-tabbar__item')).find(
      (el) => el.offsetParent !== null && el.textContent?.includes('消息'),
    )
    const mark = tab?.querySelector<HTMLElement>('.weui-badge')
    return mark && getComputedStyle(mark).display !== 'none' ? (mark.textContent ?? '').trim() : ''
  })

const tab = (user: User, label: string) => user.page.locator('.weui-tabbar__item:visible', { hasText: label }).click()
const confirmModal = (user: User, label: string) => user.page.getByText(label, { exact: true }).last().click()

test('home shows the last visit at once on a held-back network, and nothing of a household or estate left', async () => {
  const host = started()
  const resident = await host.token('resident-1')
  const created = await host.post<Envelope<{ id: string }>>(
    '/api/fn/repair',
    { action: 'create', category: 'plumbing', priority: 'normal', description: LEAK },
    resident,
  )
  if (!created.ok) throw new Error(created.error.message)
  // The worker takes the job: her inbox gets a progress message, unread.
  const accepted = await host.post<Envelope<unknown>>(
    '/api/fn/repair',
    { action: 'accept', id: created.data.id },
    await host.token('staff-1'),
  )
  expect(accepted.ok).toBe(true)
  const notice = await host.post<Envelope<unknown>>(
    '/api/fn/inbox',
    { action: 'announce', title: NOTICE, body: '周四 9:00-12:00 全小区停水。' },
    await host.token('admin-1'),
  )
  expect(notice.ok).toBe(true)

  // A first visit with the network answering: home fills in, and remembers what it showed.
  const wang = await as('resident-1')
  const screen = () => wang.screen()
  await screen().getByText('王女士，您好').waitFor()
  await screen().getByText(LEAK).waitFor()
  await screen().getByText(NOTICE).waitFor()
  await wang.page.waitForFunction(() => {
    const tab = Array.from(document.querySelectorAll<HTMLElement>('.weui-tabbar__item')).find((el) =>
      el.textContent?.includes('消息'),
    )
    return (tab?.querySelector('.weui-badge')?.textContent ?? '').trim() !== ''
  })
  const unread = await badgeText(wang)

  // Next visit, nothing answers yet: the same figures are on screen already.
  let release = await holdFunctionCalls(wang)
  await wang.page.reload()
  await screen().getByText('王女士，您好').waitFor()
  await screen().getByText(LEAK).waitFor()
  await screen().getByText(NOTICE).waitFor()
  await wang.page.waitForFunction((want) => {
    const tab = Array.from(document.querySelectorAll<HTMLElement>('.weui-tabbar__item')).find((el) =>
      el.textContent?.includes('消息'),
    )
    return (tab?.querySelector('.weui-badge')?.textContent ?? '').trim() === want
  }, unread)
  await release()

  // She moves to 湖畔苑 (not bound there yet): held back again, home shows nothing of 邻里小区.
  await screen().getByText(LEAK).waitFor()
  await tab(wang, '我的')
  await screen().locator('.ll-households__add').click()
  await screen().locator('.ll-households__estate', { hasText: '湖畔苑' }).click()
  await confirmModal(wang, '切换')
  await screen().locator('.ll-welcome__estate', { hasText: '欢迎来到湖畔苑' }).waitFor()
  release = await holdFunctionCalls(wang)
  await wang.page.goto(`${host.baseUrl}${HOME}`)
  await wang.page.reload()
  await screen().locator('.ll-home').waitFor()
  // Long enough for a cached render to have shown.
  await wang.page.waitForTimeout(1_000)
  expect(await screen().innerText()).not.toContain(LEAK)
  expect(await screen().innerText()).not.toContain(NOTICE)
  expect(await screen().innerText()).not.toContain('1-101')
  expect(await badgeText(wang)).toBe('')
  await release()
})

test('another person signing in on the same phone sees none of the last one’s home while the network is held', async () => {
  const host = started()
  const created = await host.post<Envelope<unknown>>(
    '/api/fn/repair',
    { action: 'create', category: 'electrical', priority: 'normal', description: '客厅插座冒火花，缓存测试' },
    await host.token('resident-2'),
  )
  expect(created.ok).toBe(true)
  const phone = await as('resident-2')
  await phone.screen().getByText('客厅插座冒火花，缓存测试').waitFor()

  // resident-2 signs out; a resident of 湖畔苑 signs in on the same browser profile.
  await tab(phone, '我的')
  await phone.screen().locator('.ll-mine__sign-out').click()
  await phone.page.locator('.ll-sign-in__user--resident-3').click()
  // As the sign-in helper does: wait for the relaunch to her home to finish before anything else.
  await phone.page.waitForURL((url) => !url.hash.startsWith('#/pages/entry/'))
  await phone.page.locator('.ll-home__unit', { hasText: '1-101' }).waitFor()
  const release = await holdFunctionCalls(phone)
  await phone.page.reload()
  await phone.screen().locator('.ll-home').waitFor()
  await phone.page.waitForTimeout(1_000)
  expect(await phone.screen().innerText()).not.toContain('客厅插座冒火花')
  await release()
})
