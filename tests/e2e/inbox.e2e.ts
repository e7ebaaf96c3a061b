import type { Announcement } from '@core/notify/announcement'
import { orderIdFrom, type User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * Progress reaches the resident without opening the order: 王女士 reports a leak (allowing the
 * progress pushes at that tap), 李师傅 grabs, starts and completes it, and the unread badge on her
 * 消息 tab rises with each step while she sits on the home page; she reads the messages and the
 * badge falls. A manager's emergency notice is pinned and marked on her home page until withdrawn.
 */

const { host, as } = browserScenario()

/** Tab pages poll the unread count this often (BADGE_POLL_MS in src/components/hooks/use-inbox-badge.ts). */
const BADGE_POLL_MS = 10_000

/** Waits until the 消息 tab's badge reads `text` ('' once it is gone). */
async function badge(user: User, text: string): Promise<void> {
  await user.page.waitForFunction(
    (want) => {
      const tab = Array.from(document.querySelectorAll<HTMLElement>('.weui-tabbar__item')).find(
        (el) => el.offsetParent !== null && el.textContent?.includes('消息'),
      )
      const mark = tab?.querySelector<HTMLElement>('.weui-badge')
      const shown = mark && getComputedStyle(mark).display !== 'none' ? (mark.textContent ?? '').trim() : ''
      return tab !== undefined && shown === want
    },
    text,
    { timeout: 25_000 },
  )
}

const tab = (user: User, label: string) => user.page.locator('.weui-tabbar__item:visible', { hasText: label }).click()

test('the unread badge rises as the worker works the job, and falls as the resident reads', async () => {
  // 1. 王女士 reports a leak for a visit she picks; in the browser the consent sheet accepts all.
  const resident = await as('resident-1', { clock: true })
  await resident.screen().getByText('王女士，您好').waitFor()
  await resident.screen().locator('.ll-home__report').click()
  await resident.screen().locator('.ll-repair-form__category--plumbing').click()
  await resident.screen().locator('.ll-repair-form__description textarea').fill('卫生间地漏返水')
  await resident.screen().locator('.ll-repair-form__slot-switch').click()
  await resident.screen().locator('.ll-repair-form__slot-date').waitFor()
  await resident.shot('inbox-01-resident-new-repair-with-slot')
  await resident.screen().locator('.ll-repair-form__submit').click()
  await resident.screen().locator('.ll-status', { hasText: '待接单' }).waitFor()
  const orderId = orderIdFrom(resident.page)
  const detail = await resident.screen().locator('.ll-order-detail').innerText()
  expect(detail).toContain('预约上门')
  expect(detail).toMatch(/服务时限[\s\S]*响应[\s\S]*剩余/)

  await resident.page.goBack()
  await resident.screen().getByText('王女士，您好').waitFor()
  await badge(resident, '')

  // 2. 李师傅 grabs, starts and completes it; each step lands in her inbox and lifts the badge at
  // the home page's next poll, which her clock jumps to rather than waiting it out.
  const staff = await as('staff-1')
  await staff.screen().locator(`.ll-order-card[data-order-id="${orderId}"] .ll-grab`).click()
  await staff.screen().locator('.ll-status', { hasText: '已接单' }).waitFor()
  await resident.page.clock.fastForward(BADGE_POLL_MS)
  await badge(resident, '1')
  await staff.screen().locator('.ll-start').click()
  await staff.screen().locator('.ll-status', { hasText: '维修中' }).waitFor()
  await resident.page.clock.fastForward(BADGE_POLL_MS)
  await badge(resident, '2')
  await staff.screen().locator('.ll-complete__submit').click()
  await staff.screen().locator('.ll-status', { hasText: '待验收' }).waitFor()
  await resident.page.clock.fastForward(BADGE_POLL_MS)
  await badge(resident, '3')
  await resident.shot('inbox-02-resident-home-badge')

  // Her consent at submission let each of the three steps reach WeChat as well.
  const pushed = (await (await fetch(`${host().baseUrl}/api/dev/outbox?openid=resident-1`)).json()) as {
    items: { templateId: string }[]
  }
  expect(pushed.items.map((m) => m.templateId)).toEqual([
    'local-repair-accepted',
    'local-repair-started',
    'local-repair-completed',
  ])

  // 3. She opens 消息: three unread, newest first; the newest opens the order, read.
  await tab(resident, '消息')
  const rows = resident.screen().locator('.ll-message')
  await rows.nth(2).waitFor()
  expect(await resident.screen().locator('.ll-message--unread .ll-message__title').allInnerTexts()).toEqual([
    '维修已完成',
    '师傅已上门',
    '师傅已接单',
  ])
  await resident.shot('inbox-03-resident-inbox')
  await rows.first().click()
  await resident.screen().locator('.ll-status', { hasText: '待验收' }).waitFor()
  expect(orderIdFrom(resident.page)).toBe(orderId)
  expect(await resident.screen().locator('.ll-first-responder').innerText()).toContain('李师傅')
  expect(await resident.screen().locator('.ll-deadline--response').innerText()).toContain('按时')
  // Taro's router shades the page underneath only once the opening animation ends, and going back
  // does not cancel that: back too soon and the inbox is shaded after it shows. Wait for the shade.
  await resident.page.waitForFunction(() => document.querySelectorAll('.taro_page:not(.taro_page_shade)').length === 1)
  await resident.page.goBack()
  await badge(resident, '2')
  // The list refreshes when the page shows again; wait for the read row to lose its mark.
  await resident.page.waitForFunction(
    () => document.querySelectorAll('.taro_page:not([style*="display: none"]) .ll-message--unread').length === 2,
  )

  // 4. 全部已读 clears the rest and the badge.
  await resident.screen().locator('.ll-inbox__read-all').click()
  await badge(resident, '')
  expect(await resident.screen().locator('.ll-message--unread').count()).toBe(0)
})

test('an emergency notice is pinned and marked on the resident home page until withdrawn', async () => {
  const manager = await host().token('admin-1')
  const routine = await host().post<Envelope<Announcement>>(
    '/api/fn/inbox',
    { action: 'announce', title: '周末草坪修剪', body: '周六上午修剪中心花园草坪。' },
    manager,
  )
  expect(routine.ok).toBe(true)

  // 1. 刘经理 posts the emergency from the late board's 公告 section.
  const admin = await as('admin-1')
  await admin.screen().locator('.ll-section-nav__item', { hasText: '公告' }).click()
  await admin.screen().locator('.ll-notices__title input').fill('2 号楼今晚停电')
  await admin
    .screen()
    .locator('.ll-notices__body textarea')
    .fill('今晚 22:00-24:00 2 号楼检修线路停电，请提前做好准备。')
  await admin.screen().locator('.ll-notices__emergency').click()
  await admin.screen().locator('.ll-notices__post').click()
  await admin.page.locator('.taro-modal__foot').getByText('发布', { exact: true }).click()
  const posted = admin.screen().locator('.ll-notice--emergency', { hasText: '2 号楼今晚停电' })
  await posted.waitFor()
  await admin.shot('inbox-04-manager-notices')

  // 2. 王女士's home shows it first, in red, marked 紧急; the routine notice follows.
  const resident = await as('resident-1')
  const notices = resident.screen().locator('.ll-notice')
  await notices.nth(1).waitFor()
  expect(await notices.first().getAttribute('class')).toContain('ll-notice--emergency')
  expect(await notices.first().innerText()).toMatch(/紧急[\s\S]*2 号楼今晚停电/)
  expect(await notices.nth(1).innerText()).toContain('周末草坪修剪')
  await resident.shot('inbox-05-resident-home-emergency')

  // 3. Withdrawn, it leaves her home page.
  await posted.locator('.ll-notices__withdraw').click()
  await admin.page.locator('.taro-modal__foot').getByText('撤回', { exact: true }).click()
  await posted.waitFor({ state: 'detached' })
  await resident.page.reload()
  await resident.screen().locator('.ll-notice', { hasText: '周末草坪修剪' }).waitFor()
  expect(await resident.screen().locator('.ll-notice--emergency').count()).toBe(0)
})
