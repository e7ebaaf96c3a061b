import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { periodOf } from '@core/billing/calendar'
import type { WorkOrder } from '@core/repair/work-order'
import type { User } from './support/browser'
import { measureScreen, MIN_TARGET, MIN_TARGET_ELDER, RAW_TEXT, screenText } from './support/phone-rules'
import { browserScenario } from './support/scenario'

/**
 * The phone experience at 390x844, screen by screen, as a resident, a worker, a guard and a
 * manager: every tappable control at least 44x44 (56 in 长辈模式), no text under 12 px, nothing
 * running off the right edge, and no code or id on the audit log or the dashboard. Each screen is
 * saved to docs/screenshots/phone-*.png, which the README links to.
 */
const { host: started, as } = browserScenario()

// Friday 10:00 in Shanghai: within service hours, so a normal job promises a response in 30 minutes.
const T0 = '2026-11-27T02:00:00.000Z'

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

async function call<T>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const host = started()
  const reply = await host.post<Reply<T>>(`/api/fn/${fn}`, event, await host.token(openid))
  if (!reply.ok)
    throw new Error(`${fn}.${String(event.action)} as ${openid}: ${reply.error.code} ${reply.error.message}`)
  return reply.data
}

const newOrder = (openid: string, category: string, description: string, priority = 'normal') =>
  call<WorkOrder>(openid, 'repair', { action: 'create', category, description, priority })
const move = (openid: string, action: string, id: string, extra: Record<string, unknown> = {}) =>
  call<WorkOrder>(openid, 'repair', { action, id, ...extra })

const shot = (user: User, name: string) => user.shot(`phone-${name}`)

/** The rules, with what broke them in the failure message. */
async function expectPhoneRules(user: User, minTarget = MIN_TARGET): Promise<void> {
  const report = await measureScreen(user.page, minTarget)
  expect(report).toEqual({ smallTargets: [], smallText: [], overflow: [] })
}

const goTo = async (user: User, url: string) => {
  await user.page.goto(`${started().baseUrl}/#${url}`)
}

/** The orders a list shows, top to bottom. */
const cardIds = (user: User) =>
  user
    .screen()
    .locator('.ll-order-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-order-id')))

/** The font size a resident reads, in CSS pixels. */
const fontSize = async (user: User, selector: string) =>
  parseFloat(
    await user
      .screen()
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize),
  )

/** Orders in every state the screens need, made through the functions before anyone looks. */
const orders: Record<string, WorkOrder> = {}
let passId = ''
let passCode = ''

beforeAll(async () => {
  const host = started()
  await host.post('/api/dev/clock', { set: T0 })
  const profile = await call<{ version: number; name: string }>('admin-1', 'admin', { action: 'getEstateProfile' })
  await call('admin-1', 'admin', {
    action: 'saveEstateProfile',
    version: profile.version,
    name: profile.name,
    servicePhone: '0571-88886666',
  })
  await call('admin-1', 'billing', { action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: 285 })
  await call('admin-1', 'billing', {
    action: 'saveItem',
    name: '车位管理费',
    kind: 'monthly',
    rateFen: 1_148_340,
    unitIds: ['1-101'],
  })
  await call('admin-1', 'billing', { action: 'run', period: periodOf(T0) })

  // 陈先生's job 李师傅 has accepted: reported before the one he is repairing, yet its visit is due sooner.
  orders.visit = await newOrder('resident-2', 'electrical', '卧室插座冒火花，已经拉闸')
  await move('staff-1', 'accept', orders.visit.id)
  // Late and then hurried by the household (its 30 minutes run out first).
  orders.late = await newOrder('resident-1', 'electrical', '客厅的灯全部不亮，开关没有反应')
  // Waiting for the household's check, with a long unbroken number pasted into it.
  orders.done = await newOrder('resident-1', 'plumbing', `水表读数异常，表号 ${'8'.repeat(48)}`, 'urgent')
  await move('staff-1', 'accept', orders.done.id)
  await move('staff-1', 'start', orders.done.id)
  await move('staff-1', 'complete', orders.done.id, { note: '更换了水表接头' })
  // Paused for parts.
  orders.paused = await newOrder('resident-1', 'doors_windows', '入户门锁芯坏了，钥匙拧不动')
  await move('staff-2', 'accept', orders.paused.id)
  await move('staff-2', 'hold', orders.paused.id, { reason: 'parts' })
  // Dispatched by the manager to 张师傅, not yet accepted.
  orders.dispatched = await newOrder('resident-1', 'appliance', '物业配的空调不制冷')
  await call('admin-1', 'repair', { action: 'assign', id: orders.dispatched.id, staffOpenid: 'staff-2' })
  // 陈先生's job 李师傅 is working on, and one left in the pool.
  orders.working = await newOrder('resident-2', 'plumbing', '卫生间地漏堵塞，积水排不下去')
  await move('staff-1', 'accept', orders.working.id)
  await move('staff-1', 'start', orders.working.id)
  orders.pool = await newOrder('resident-2', 'public_area', '2 号楼楼道的声控灯坏了', 'urgent')

  const pass = await call<{ id: string; shortCode: string }>('resident-1', 'visitor', {
    action: 'create',
    visitorName: '张三',
    visitorPhone: '13812340001',
    validFrom: T0,
    validUntil: new Date(Date.parse(T0) + 4 * 3_600_000).toISOString(),
    maxEntries: 2,
  })
  passId = pass.id
  passCode = pass.shortCode

  // The normal job's 30-minute response promise has now run out.
  await host.post('/api/dev/clock', { advanceMinutes: 35 })
})

test('resident: home, repair, late job with 催单, pause, rating, lists, 我的, visitors, bills', async () => {
  const resident = await as('resident-1')
  const screen = () => resident.screen()
  await screen().getByText('王女士，您好').waitFor()
  // A job waiting for her check stays on home until she confirms it.
  await screen().locator(`.ll-order-card[data-order-id="${orders.done!.id}"]`).waitFor()
  await screen().locator('.ll-home__call-desk', { hasText: '057****6666' }).waitFor()
  await shot(resident, '01-resident-home')

  // The late job: the step bar, the service desk's number masked, 催一下, and the timeline.
  await goTo(resident, `/pages/repair-detail/index?id=${orders.late!.id}`)
  await screen().locator('.ll-progress__step--current', { hasText: '已提交' }).waitFor()
  await screen().locator('.ll-contact--desk', { hasText: '057****6666' }).waitFor()
  await screen().locator('.ll-hurry', { hasText: '催一下' }).click()
  await screen().locator('.ll-timeline__step--hurried').waitFor()
  await screen().locator('.ll-hurry', { hasText: '后可再催' }).waitFor()
  // The hurried label fits its half-width button on one line, not clipped at the bottom of the screen.
  const hurried = await screen()
    .locator('.ll-hurry')
    .evaluate((button) => ({ scroll: button.scrollHeight, client: button.clientHeight }))
  expect(hurried.scroll).toBeLessThanOrEqual(hurried.client)
  // One clock for the whole screen: the headline and the deadline row say the same minutes.
  const overdue = (await screen().locator('.ll-sla__headline').innerText()).trim()
  expect(overdue).toMatch(/^已超时 \d+ 分钟$/)
  expect(await screen().locator('.ll-deadline--response .ll-deadline__state').innerText()).toContain(
    overdue.replace('已超时 ', ''),
  )
  await expectPhoneRules(resident)
  await shot(resident, '02-resident-detail-late-hurried')

  // Paused for parts: the household is told why, in place of the step.
  await goTo(resident, `/pages/repair-detail/index?id=${orders.paused!.id}`)
  await screen().locator('.ll-progress__step--paused', { hasText: '等待配件' }).waitFor()
  await screen().locator('.ll-contact--worker', { hasText: '张师傅' }).waitFor()
  await shot(resident, '03-resident-detail-paused')

  // Dispatched to a named worker: 已派单, not 待接单.
  await goTo(resident, `/pages/repair-detail/index?id=${orders.dispatched!.id}`)
  await screen().locator('.ll-status', { hasText: '已派单' }).waitFor()
  await screen().locator('.ll-progress__step--current', { hasText: '已派单' }).waitFor()

  // The rating: big stars, and 确认完成 without a star asks for one.
  await goTo(resident, `/pages/repair-detail/index?id=${orders.done!.id}`)
  await screen().locator('.ll-confirm__rate').waitFor()
  await screen().locator('.ll-confirm__submit').click()
  await screen().locator('.ll-confirm__error', { hasText: '请先为本次服务评分' }).waitFor()
  const star = await screen().locator('.ll-confirm__rate .nut-rate-item').first().boundingBox()
  expect(star!.width).toBeGreaterThanOrEqual(MIN_TARGET)
  await expectPhoneRules(resident)
  await shot(resident, '04-resident-rating')

  // The 报修 tab filtered to 待验收.
  await goTo(resident, '/pages/repair/index')
  await screen().locator('.ll-status-filter__chip--checking').click()
  await screen().locator(`.ll-order-card[data-order-id="${orders.done!.id}"]`).waitFor()
  expect(await screen().locator('.ll-order-card').count()).toBe(1)
  await shot(resident, '05-resident-repairs-filtered')

  await goTo(resident, '/pages/repair-new/index')
  await screen().locator('.ll-repair-form__submit').click()
  await screen().locator('.ll-error-text').first().waitFor()
  // A file that is not a photo is refused out loud, under the tiles.
  const notAPhoto = join(tmpdir(), 'linli-notes.txt')
  writeFileSync(notAPhoto, '这不是照片')
  await screen().locator('.ll-photo-picker__add').click()
  // The first photo asks for agreement to the privacy guide (tests/e2e/privacy-consent.e2e.ts).
  const chooser = resident.page.waitForEvent('filechooser')
  await screen().locator('.ll-privacy__agree').click()
  await (await chooser).setFiles(notAPhoto)
  await screen().locator('.ll-photo-picker__error', { hasText: '只能上传照片' }).waitFor()
  // 「24 小时」 stays on one line.
  const hint = await screen().locator('.ll-nowrap', { hasText: '24 小时' }).boundingBox()
  expect(hint!.height).toBeLessThan(30)
  await shot(resident, '06-resident-new-repair')

  await goTo(resident, '/pages/inbox/index')
  await screen().locator('.ll-message').first().waitFor()
  await shot(resident, '07-resident-inbox')

  await goTo(resident, '/pages/mine/index')
  await screen().locator('.ll-mine__repair--checking .ll-mine__count', { hasText: '1' }).waitFor()
  await screen().locator('.ll-mine__desk', { hasText: '057****6666' }).waitFor()
  await shot(resident, '08-resident-mine')

  await goTo(resident, '/life/visitor-new/index')
  await screen().locator('.ll-visitor-form__submit').waitFor()
  await shot(resident, '09-resident-visitor-form')
  await goTo(resident, `/life/visitor-pass/index?id=${passId}`)
  await screen().locator('.ll-ticket__code').waitFor()
  await shot(resident, '10-resident-visitor-pass')

  // Bills: 89 m² × 2.85 = 253.65 plus 11,483.40 for the space, with separators.
  await goTo(resident, '/life/bills/index')
  await screen().locator('.ll-bills__total--unpaid .ll-bills__total-amount', { hasText: '¥11,737.05' }).waitFor()
  const billsText = await fontSize(resident, '.ll-bills__total-label')
  await shot(resident, '11-resident-bills')

  // With nothing chosen, 去缴费 is disabled in the theme's pale blue, not the library's pink.
  const pay = screen().locator('.ll-bills__pay')
  if (!(await pay.getAttribute('class'))?.includes('nut-button-disabled'))
    await screen().locator('.ll-bills__bar .nut-checkbox').first().click()
  await screen().locator('.ll-bills__pay.nut-button-disabled').waitFor()
  expect(await pay.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(169, 201, 245)')

  // While the bills are on their way the totals are unknown, shown as a dash, never 「待缴（0）¥0.00」.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await resident.page.route('**/api/fn/billing', async (route) => {
    await held
    await route.continue()
  })
  await resident.page.reload()
  const unpaid = screen().locator('.ll-bills__total--unpaid')
  await unpaid.waitFor()
  expect(await unpaid.locator('.ll-bills__total-amount').innerText()).toBe('—')
  expect(await unpaid.innerText()).not.toContain('（0）')
  release()
  await unpaid.locator('.ll-bills__total-amount', { hasText: '¥11,737.05' }).waitFor()
  await resident.page.unroute('**/api/fn/billing')

  // 长辈模式: switched on in 我的, remembered, and the same screens hold 56 px targets.
  await goTo(resident, '/pages/mine/index')
  await screen().locator('.ll-mine__elder-switch').click()
  await resident.page.locator('html.ll-elder').waitFor({ state: 'attached' })
  await shot(resident, '12-resident-mine-elder')
  await goTo(resident, `/pages/repair-detail/index?id=${orders.done!.id}`)
  await screen().locator('.ll-confirm__rate').waitFor()
  await expectPhoneRules(resident, MIN_TARGET_ELDER)
  await shot(resident, '13-resident-rating-elder')
  await goTo(resident, `/pages/repair-detail/index?id=${orders.late!.id}`)
  await screen().locator('.ll-hurry').waitFor()
  await expectPhoneRules(resident, MIN_TARGET_ELDER)
  // A page of the life subpackage opened on its own (reloaded, as when a shared link opens it):
  // it follows 长辈模式 by itself, not because an earlier page marked the document.
  await goTo(resident, '/life/bills/index')
  await resident.page.reload()
  await screen().locator('.ll-bills.ll-elder .ll-bills__total-amount', { hasText: '¥11,737.05' }).waitFor()
  expect(await fontSize(resident, '.ll-bills__total-label')).toBeGreaterThanOrEqual(billsText * 1.2)
  await expectPhoneRules(resident, MIN_TARGET_ELDER)
  await shot(resident, '15-resident-bills-elder')
  await goTo(resident, '/pages/index/index')
  // Reporting and calling the desk come before the notices for an older resident.
  await screen().getByText('一键报修').waitFor()
  await shot(resident, '14-resident-home-elder')
})

test('worker: the pool, the job page with the call button and bottom actions, handover, my jobs', async () => {
  const staff = await as('staff-1')
  const screen = () => staff.screen()
  await screen().locator(`.ll-order-card[data-order-id="${orders.pool!.id}"] .ll-grab`).waitFor()
  await expectPhoneRules(staff)
  await shot(staff, '20-staff-pool')

  await goTo(staff, `/staff/job/index?id=${orders.working!.id}`)
  await screen().locator('.ll-contact--resident', { hasText: '陈先生 138****0002' }).waitFor()
  await screen().locator('.ll-complete__note').waitFor()
  // The actions stay in reach: the bottom bar sits at the bottom of the viewport, not of the page.
  const bar = await screen().locator('.ll-bottom-bar').boundingBox()
  expect(bar!.y + bar!.height).toBeGreaterThan(844 - 2)
  expect(bar!.y).toBeGreaterThan(844 - 200)
  await expectPhoneRules(staff)
  await shot(staff, '21-staff-job')

  await screen().locator('.ll-transfer').click()
  await screen().locator('.ll-transfer__pick').waitFor()
  await shot(staff, '22-staff-handover')

  // 我的工单 in two tabs: what he still owes, the nearest deadline first (the visit due within
  // hours before the repair due tomorrow, though reported earlier), then what he has finished.
  await goTo(staff, '/staff/jobs/index')
  await screen().locator('.ll-jobs-tab--open.ll-segment__item--active').waitFor()
  await screen().locator(`.ll-order-card[data-order-id="${orders.working!.id}"]`).waitFor()
  expect(await cardIds(staff)).toEqual([orders.visit!.id, orders.working!.id])
  await expectPhoneRules(staff)
  await shot(staff, '23-staff-jobs')
  await screen().locator('.ll-jobs-tab--finished').click()
  await screen().locator(`.ll-order-card[data-order-id="${orders.done!.id}"]`).waitFor()
  expect(await cardIds(staff)).toEqual([orders.done!.id])
  await expectPhoneRules(staff)
  await shot(staff, '24-staff-jobs-finished')
})

test('guard: the gate checks a code with big controls', async () => {
  const guard = await as('guard-1')
  const screen = () => guard.screen()
  await screen().locator('.ll-gate__input input').waitFor()
  await expectPhoneRules(guard)
  await shot(guard, '30-guard-gate')
  await screen().locator('.ll-gate__input input').fill(passCode)
  await screen().locator('.ll-gate__verify').click()
  await screen().locator('.ll-gate__verdict', { hasText: '可以通行' }).waitFor()
  await expectPhoneRules(guard)
  await shot(guard, '31-guard-verified')
})

test('manager: console home, late board, orders, dashboard and audit log without codes', async () => {
  const manager = await as('admin-1')
  const screen = () => manager.screen()
  await screen().locator('.ll-section-nav__item--active', { hasText: '超时看板' }).waitFor()
  await screen().locator(`.ll-order-card[data-order-id="${orders.late!.id}"]`).waitFor()
  await shot(manager, '40-manager-late-board')

  await screen().locator('.ll-section-nav__item', { hasText: '后台' }).click()
  await screen().locator('.ll-console__tile').first().waitFor()
  // Every section is one tap from here.
  const tiles = await screen().locator('.ll-console__label').allInnerTexts()
  for (const section of ['超时看板', '全部工单', '服务看板', '人员管理', '收费管理', '公告管理', '操作日志'])
    expect(tiles).toContain(section)
  await expectPhoneRules(manager)
  await shot(manager, '41-manager-console')

  await goTo(manager, '/admin/orders/index')
  await screen().locator('.ll-order-card__holder', { hasText: '处理人：李师傅' }).first().waitFor()
  expect(await screen().locator('.ll-order-card').count()).toBe(Object.keys(orders).length)
  // 处理中 asks the server for that group alone and shows only it, newest first.
  const asked = manager.page.waitForRequest((r) => (r.postData() ?? '').includes('"statuses":["accepted"'))
  await screen().locator('.ll-status-filter__chip--working').click()
  await asked
  await screen().locator('.ll-status-filter__chip--working.ll-status-filter__chip--active').waitFor()
  await screen().locator(`.ll-order-card[data-order-id="${orders.pool!.id}"]`).waitFor({ state: 'detached' })
  await screen().locator(`.ll-order-card[data-order-id="${orders.working!.id}"]`).waitFor()
  expect(await cardIds(manager)).toEqual([orders.working!.id, orders.paused!.id, orders.visit!.id])
  await expectPhoneRules(manager)
  await shot(manager, '42-manager-orders')
  await screen().locator('.ll-status-filter__chip--checking').click()
  await screen().locator(`.ll-order-card[data-order-id="${orders.working!.id}"]`).waitFor({ state: 'detached' })
  await screen().locator(`.ll-order-card[data-order-id="${orders.done!.id}"]`).waitFor()
  expect(await cardIds(manager)).toEqual([orders.done!.id])
  // A group with nothing in it says so.
  await screen().locator('.ll-status-filter__chip--cancelled').click()
  await screen().getByText('没有这一类的工单').waitFor()

  await goTo(manager, `/admin/order/index?id=${orders.pool!.id}`)
  await screen().locator('.ll-assign').waitFor()
  await shot(manager, '43-manager-dispatch')

  await goTo(manager, '/admin/dashboard/index')
  await screen().locator('.ll-kpis__tile', { hasText: '九成工单响应' }).waitFor()
  const dashboard = await screenText(manager.page)
  expect(dashboard).not.toMatch(RAW_TEXT)
  expect(dashboard).not.toContain('P90')
  await shot(manager, '44-manager-dashboard')

  await goTo(manager, '/admin/audit/index')
  await screen().locator('.ll-audit', { hasText: '刘经理把一张报修工单派给了张师傅' }).waitFor()
  await screen()
    .locator('.ll-audit', { hasText: '刘经理保存了收费项目「车位管理费」，11,483.40 元/月，适用 1 户' })
    .waitFor()
  const audit = await screenText(manager.page)
  expect(audit).not.toMatch(RAW_TEXT)
  await shot(manager, '45-manager-audit')

  await goTo(manager, '/admin/people/index')
  await screen().getByText('王女士').first().waitFor()
  await shot(manager, '46-manager-people')

  await goTo(manager, '/admin/notices/index')
  await screen().locator('.ll-notices__post').waitFor()
  await shot(manager, '47-manager-notices')

  // Fee items: every field's error at once, and the kind radios inside the card.
  await goTo(manager, '/admin/billing-items/index')
  await screen().locator('.ll-bill').first().waitFor()
  await screen().locator('.ll-fee-item__save').click()
  await screen().locator('.ll-error-text', { hasText: '请填写项目名称' }).waitFor()
  await screen().locator('.ll-error-text', { hasText: '请输入金额' }).waitFor()
  const overflow = (await measureScreen(manager.page, MIN_TARGET)).overflow
  expect(overflow).toEqual([])
  await shot(manager, '48-manager-fee-items')

  await goTo(manager, '/admin/billing/index')
  await screen().locator('.ll-table__cell', { hasText: '¥' }).first().waitFor()
  await shot(manager, '49-manager-collection')
})
