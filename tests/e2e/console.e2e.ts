import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { addMinutes } from '@core/shared/time'
import { launchTestBrowser } from '../support/test-browser'
import { SCREENSHOTS } from './support/browser'
import { REPO, startHost, type Host } from './support/host'
import type { Envelope } from './support/scenario'

/** Friday 2026-11-27, 10:00 in Shanghai. */
const T0 = '2026-11-27T02:00:00.000Z'
const LEAK = '二楼卫生间水管漏水（后台测试）'

let host: Host
let context: BrowserContext
let page: Page
let profileDir: string
const pageErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist-console/index.html')))
    throw new Error('build the console first: npm run build:console')
  host = await startHost()
  await host.post('/api/dev/clock', { set: T0 })
  profileDir = mkdtempSync(join(tmpdir(), 'linli-console-'))
  context = await launchTestBrowser({ profileDir, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await context?.close()
  if (profileDir) rmSync(profileDir, { recursive: true, force: true })
  await host?.stop()
  if (pageErrors.length > 0) throw new Error(`page errors:\n${pageErrors.join('\n')}`)
})

/** Calls a function as a seed user (the phone side of the story), insisting it succeeds. */
async function as<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.post<Envelope<T>>(`/api/fn/${fn}`, event, await host.token(openid))
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data
}

const shot = (name: string, fullPage = false) =>
  page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage })
const openSection = async (label: string) => {
  await page.locator('.t-menu__item', { hasText: label }).click()
  await page.locator('.ll-console__title', { hasText: label }).waitFor()
}

test('a manager signs in by scanning, watches a job go late live, dispatches it, edits service hours and reads the gate log', async () => {
  await page.goto(`${host.baseUrl}/console/`)
  const code = await page.locator('.ll-signin__code').getAttribute('data-code')
  expect(code).toBeTruthy()
  await shot('sign-in')

  // The phone side: admin-1, signed in to the mini-program, confirms 「登录物业后台」.
  await as('admin-1', 'admin', { action: 'approveConsoleSignIn', code })
  await page.locator('.ll-console__user', { hasText: '刘经理' }).waitFor()
  await expect(page.locator('.ll-console__title').textContent()).resolves.toBe('超时看板')

  // A normal job is reported; 31 minutes later with nobody on it, the sweep flags the response breach.
  await as('resident-1', 'repair', { action: 'create', category: 'plumbing', priority: 'normal', description: LEAK })
  await page.locator('.t-table__empty').waitFor()
  await host.post('/api/dev/clock', { advanceMinutes: 31 })
  await host.post('/api/dev/timers/slaSweep', {})
  // No reload: the board polls and marks the breach as new.
  const lateRow = page.locator('tr.ll-row--fresh', { hasText: LEAK })
  await lateRow.waitFor({ timeout: 10_000 })
  await expect(lateRow.locator('.t-tag', { hasText: '新超时' }).count()).resolves.toBe(1)
  await expect(lateRow.textContent()).resolves.toContain('响应超时')
  await shot('late-board')

  // Dispatch it from the orders table.
  await openSection('全部工单')
  const row = page.locator('tbody tr', { hasText: LEAK })
  await row.locator('button', { hasText: '派单' }).click()
  await page.locator('.ll-dispatch__worker').click()
  await page.locator('.t-select-option', { hasText: '李师傅' }).click()
  await page.locator('.t-dialog button', { hasText: '确定派单' }).click()
  await page.locator('.t-message', { hasText: '已派单 1 张' }).waitFor()
  await row.locator('td', { hasText: '李师傅' }).waitFor()
  await shot('orders')
  await row.locator('button', { hasText: '详情' }).click()
  await page.locator('.t-drawer .t-timeline-item', { hasText: '物业派单' }).waitFor()
  await shot('order-detail')
  await page.keyboard.press('Escape')

  // Service hours: closing at 21:00 instead of 20:00 brings Friday 19:50's promise into the same evening.
  await openSection('服务设置')
  const preview = page.locator('.ll-preview__text')
  await expect(preview.textContent()).resolves.toMatch(/（周六）08:20 前响应/)
  await page.locator('.ll-hours__closes input').fill('21:00')
  await expect(preview.textContent()).resolves.toMatch(/（周五）20:20 前响应/)
  await page.locator('button', { hasText: '保存服务时间与时限标准' }).click()
  await page.locator('.t-message', { hasText: '已保存' }).waitFor()
  const saved = await as('admin-1', 'admin', { action: 'getSettings' })
  expect(saved.sla.serviceHours.closesAt).toBe('21:00')
  await shot('settings', true)

  // A visitor comes in at the gate; the entry shows in the log.
  const now = (await (await fetch(`${host.baseUrl}/api/dev/clock`)).json()).now as string
  const pass = await as('resident-1', 'visitor', {
    action: 'create',
    visitorName: '周访客',
    visitorPhone: '13812340001',
    validFrom: addMinutes(now, -5),
    validUntil: addMinutes(now, 120),
    maxEntries: 1,
  })
  await as('guard-1', 'visitor', { action: 'admit', code: pass.shortCode })
  await openSection('访客记录')
  const entry = page.locator('tbody tr', { hasText: '周访客' })
  await entry.waitFor()
  await expect(entry.textContent()).resolves.toContain('1-101')
  await expect(entry.textContent()).resolves.toContain('赵保安')
  await shot('visitors')

  await openSection('操作日志')
  await page.locator('tbody tr', { hasText: '扫码登录物业后台' }).waitFor()
  await page.locator('tbody tr', { hasText: '修改时限标准' }).waitFor()
  await shot('audit')

  // The other sections open and show their data (screenshots for the README).
  await as('resident-1', 'feedback', {
    action: 'create',
    kind: 'complaint',
    topic: '环境卫生',
    description: '楼道垃圾两天没有清运',
  })
  await openSection('投诉建议')
  await page.locator('tbody tr', { hasText: '楼道垃圾两天没有清运' }).waitFor()
  await shot('feedback')
  await openSection('服务看板')
  await page.locator('.ll-chart canvas').first().waitFor()
  // Let the bars finish growing.
  await page.waitForTimeout(1500)
  await shot('dashboard')
  await openSection('人员与入住')
  await page.locator('tbody tr', { hasText: '王女士' }).waitFor()
  await shot('people')
  await openSection('房屋')
  await page.locator('tbody tr', { hasText: '1-101' }).waitFor()
  await shot('units')
  await openSection('收费')
  await page.locator('.t-table').first().waitFor()
  await shot('billing')
  await openSection('公告')
  await page.locator('.t-table').waitFor()
  await shot('notices')

  // 演练: more workers than the estate's two change the predicted figures.
  await openSection('演练')
  const proposedResponse = page.locator('tbody tr', { hasText: '接单用时' }).locator('td').nth(2)
  const workers = page.locator('.ll-rehearsal .t-input-number input').first()
  await workers.fill('2')
  await workers.press('Tab')
  await page.locator('button', { hasText: '开始演练' }).click()
  await page.locator('.ll-rehearsal__basis', { hasText: '按典型小区' }).waitFor()
  await expect(page.locator('thead').textContent()).resolves.toContain('我的安排：2 人')
  const withTwo = await proposedResponse.textContent()
  await workers.fill('6')
  await workers.press('Tab')
  await page.locator('button', { hasText: '开始演练' }).click()
  await page.locator('thead', { hasText: '我的安排：6 人' }).waitFor()
  await expect(proposedResponse.textContent()).resolves.not.toBe(withTwo)
  await page.locator('.ll-chart canvas').waitFor()
  await page.waitForTimeout(1500)
  await shot('rehearsal')

  // Signing out ends the session and brings the QR back.
  await page.locator('button', { hasText: '退出登录' }).click()
  await page.locator('.ll-signin__code').waitFor()
})

test('head office signs in, compares the estates side by side and opens a new one', async () => {
  await page.goto(`${host.baseUrl}/console/`)
  const code = await page.locator('.ll-signin__code').getAttribute('data-code')
  await as('company-1', 'admin', { action: 'approveConsoleSignIn', code })
  await page.locator('.ll-console__user', { hasText: '总部' }).waitFor()
  await expect(page.locator('.ll-console__title').textContent()).resolves.toBe('各小区对比')
  // Only the company's figures: none of an estate's own sections.
  await expect(page.locator('.t-menu__item').allTextContents()).resolves.toEqual(['各小区对比'])
  await page.locator('tbody tr', { hasText: '上海 · 邻里小区' }).waitFor()
  await page.locator('tbody tr', { hasText: '湖畔苑' }).waitFor()
  await page.locator('.ll-chart canvas').waitFor()
  await page.waitForTimeout(1500)
  await shot('estates')

  await page.locator('.ll-estates__new').click()
  await page.locator('.ll-estates__id input').fill('riverside')
  await page.locator('.ll-estates__name input').fill('江畔里')
  await page.locator('.ll-estates__city input').fill('杭州')
  await page.locator('.ll-estates__dialog button', { hasText: '新建' }).click()
  await page.locator('tbody tr', { hasText: '杭州 · 江畔里' }).waitFor()
  // The picker of a newcomer on the phone now offers it too.
  const listed = await host.post<Envelope<{ items: { name: string }[] }>>(
    '/api/fn/me',
    { action: 'estates' },
    await host.token('someone-new'),
  )
  expect(listed.ok && listed.data.items.map((e) => e.name)).toContain('江畔里')

  await page.locator('button', { hasText: '退出登录' }).click()
  await page.locator('.ll-signin__code').waitFor()
})

test('the service desk signs in by scanning and sees only the desk’s sections', async () => {
  await page.goto(`${host.baseUrl}/console/`)
  const code = await page.locator('.ll-signin__code').getAttribute('data-code')
  await as('desk-1', 'admin', { action: 'approveConsoleSignIn', code })
  await page.locator('.ll-console__user', { hasText: '吴客服' }).waitFor()
  // Orders, complaints, notices and the gate log; figures, people, money, settings and the log are the manager's.
  await expect(page.locator('.t-menu__item').allTextContents()).resolves.toEqual([
    '超时看板',
    '全部工单',
    '投诉建议',
    '公告',
    '访客记录',
  ])
  await openSection('访客记录')
  await page.locator('button', { hasText: '退出登录' }).click()
  await page.locator('.ll-signin__code').waitFor()
})
