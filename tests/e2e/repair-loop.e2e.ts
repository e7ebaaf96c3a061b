import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WorkOrder } from '@core/repair/work-order'
import { orderIdFrom, type User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * The repair loop in a real browser, three people at once: a resident reports an urgent leak,
 * a worker grabs, starts and completes it, the resident watches the timeline move by itself and
 * confirms with five stars; a manager sees a job nobody took in time on the late board.
 */

// A 1x1 blue PNG: the host checks image signatures, so the photo must be a real image.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPj/HwAE/wJ/lVbKNgAAAABJRU5ErkJggg==',
  'base64',
)

const { host: started, as } = browserScenario()

const text = async (user: User, selector: string) => (await user.screen().locator(selector).first().innerText()).trim()

test('resident, worker and manager close the repair loop in the browser', async () => {
  const host = started()
  // 1. 王女士 reports an urgent leak with a photo.
  const resident = await as('resident-1')
  await resident.screen().getByText('王女士，您好').waitFor()
  await resident.shot('repair-01-resident-home')

  await resident.screen().locator('.ll-home__report').click()
  await resident.screen().locator('.ll-repair-form__category--plumbing').click()
  await resident.screen().locator('.ll-repair-form__urgent').click()
  await resident.screen().locator('.ll-repair-form__description textarea').fill('厨房水槽下方水管漏水，地面已经积水')
  const photoPath = join(tmpdir(), 'linli-leak.png')
  writeFileSync(photoPath, PHOTO)
  await resident.screen().locator('.ll-photo-picker__add').click()
  // The first photo asks for agreement to the privacy guide (tests/e2e/privacy-consent.e2e.ts).
  const chooser = resident.page.waitForEvent('filechooser')
  await resident.screen().locator('.ll-privacy__agree').click()
  await (await chooser).setFiles(photoPath)
  await resident.screen().locator('.ll-photos__img').first().waitFor()
  await resident.shot('repair-02-resident-new-repair')

  await resident.screen().locator('.ll-repair-form__submit').click()
  await resident.screen().locator('.ll-status', { hasText: '待接单' }).waitFor()
  const orderId = orderIdFrom(resident.page)
  expect(await text(resident, '.ll-sla__headline')).toMatch(/^预计 1[45] 分钟内响应$/)
  expect(await text(resident, '.ll-assignee')).toContain('等待师傅接单')
  await resident.shot('repair-03-resident-detail-submitted')

  // 2. 李师傅 sees it at the top of the pool, grabs, starts and completes it.
  const staff = await as('staff-1')
  const card = staff.screen().locator(`.ll-order-card[data-order-id="${orderId}"]`)
  await card.waitFor()
  expect(await staff.screen().locator('.ll-order-card').first().getAttribute('data-order-id')).toBe(orderId)
  await staff.shot('repair-04-staff-pool')
  await card.locator('.ll-grab').click()
  await staff.screen().locator('.ll-status', { hasText: '已接单' }).waitFor()
  await staff.screen().locator('.ll-start').click()
  await staff.screen().locator('.ll-status', { hasText: '维修中' }).waitFor()
  await staff.screen().locator('.ll-complete__note textarea').fill('更换了水槽下方的软管，已试水无渗漏')
  await staff.shot('repair-05-staff-job-in-progress')
  await staff.screen().locator('.ll-complete__submit').click()
  await staff.screen().locator('.ll-status', { hasText: '待验收' }).waitFor()

  // 3. The resident's open detail page catches up by itself (it polls), step by step.
  await resident.screen().locator('.ll-status', { hasText: '待验收' }).waitFor({ timeout: 15_000 })
  for (const step of ['created', 'accepted', 'started', 'completed']) {
    await resident.screen().locator(`.ll-timeline__step--${step}`).waitFor()
  }
  expect(await text(resident, '.ll-assignee')).toContain('李师傅')
  await resident.shot('repair-06-resident-detail-completed')

  await resident.screen().locator('.ll-confirm__rate .nut-rate-item').nth(4).click()
  await resident.screen().locator('.ll-confirm__comment textarea').fill('师傅来得很快，修得很好')
  await resident.screen().locator('.ll-confirm__submit').click()
  await resident.screen().locator('.ll-status', { hasText: '已完成' }).waitFor()
  await resident.screen().locator('.ll-timeline__step--confirmed').waitFor()
  await resident.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await resident.shot('repair-07-resident-detail-confirmed')

  const closed = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'get', id: orderId },
    await host.token('resident-1'),
  )
  expect(closed.ok && closed.data.status).toBe('closed')
  expect(closed.ok && closed.data.rating?.stars).toBe(5)

  // 4. Nobody takes 陈先生's urgent job for 20 minutes; the sweep flags it; 刘经理 sees it.
  const neighbour = await host.token('resident-2')
  const late = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'create', category: 'electrical', priority: 'urgent', description: '楼道灯全部不亮' },
    neighbour,
  )
  if (!late.ok) throw new Error(late.error.message)
  await host.post('/api/dev/clock', { advanceMinutes: 20 })
  await host.post('/api/dev/timers/slaSweep', {})

  const manager = await as('admin-1')
  const lateCard = manager.screen().locator(`.ll-order-card[data-order-id="${late.data.id}"]`)
  await lateCard.waitFor()
  await lateCard.locator('.ll-overdue').waitFor()
  expect(await lateCard.locator('.ll-late-note').innerText()).toContain('已超时')
  await manager.shot('repair-08-manager-late-board')

  // 5. The manager hands it to 张师傅.
  await lateCard.locator('.ll-order-card__desc').click()
  await manager.screen().locator('.ll-assign').click()
  await manager.page.locator('.nut-actionsheet-item', { hasText: '张师傅' }).click()
  await manager.screen().locator('.ll-assignee', { hasText: '张师傅' }).waitFor()
  await manager.shot('repair-09-manager-order-assigned')
})
