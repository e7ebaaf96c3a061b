import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadMiniApp, pagesOf, simulate, type MiniApp } from './support/mini-app'
import {
  emergencyNotice,
  orderInProgress,
  progressMessage,
  RESIDENT,
  RESIDENT_PROFILE,
  SMOKE_PHOTO,
  visitorPass,
} from './support/fixtures'

/**
 * The WeChat build itself, not just H5: every page of dist/ renders under WeChat's own template
 * compiler with the cloud stubbed, and a tap on the resident home reaches the navigation API.
 */

const DIST = join(__dirname, '../../dist')
const BUILT = existsSync(join(DIST, 'app.json'))
const PAGES = BUILT ? pagesOf(DIST) : []
const order = orderInProgress()
const pass = visitorPass()
const message = progressMessage(order)
const notice = emergencyNotice()
const ok = (data: unknown) => ({ ok: true, data })
const PHOTO_LINK = 'https://linli-env.tcb.qcloud.la/repair/resident-1/smoke.jpg?sign=short-lived'

/** Pages that read `?id=` get the fixture order's id. */
const QUERIES: Record<string, Record<string, string>> = {
  'pages/repair-detail/index': { id: order.id },
  'staff/job/index': { id: order.id },
  'admin/order/index': { id: order.id },
  'life/visitor-pass/index': { id: pass.id },
  'life/visitor-shared/index': { token: pass.token },
}

let app: MiniApp
const problems: string[] = []
const consoleSpies: jest.SpyInstance[] = []

// The simulator renders Taro's recursive `comp` once before its `i` property arrives, which its
// template runtime reports as a missing template; WeChat never renders it that way.
const SIMULATOR_ARTIFACT = /Template `tmpl_0_i` not found/

beforeAll(() => {
  if (!BUILT) throw new Error('build the weapp first: npx taro build --type weapp')
  for (const level of ['error', 'warn'] as const) {
    consoleSpies.push(
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        const text = args.map(String).join(' ')
        if (!SIMULATOR_ARTIFACT.test(text)) problems.push(`${level}: ${text}`)
      }),
    )
  }
  app = loadMiniApp(DIST, {
    'me.profile': () => ok(RESIDENT_PROFILE),
    'repair.list': () => ok({ items: [order], nextCursor: null }),
    'repair.late': () => ok({ items: [order] }),
    'repair.photoUrls': () => ok({ items: [{ fileId: SMOKE_PHOTO, url: PHOTO_LINK }] }),
    repair: () => ok(order),
    'admin.listStaff': () => ok({ items: [{ openid: 'staff-1', name: '李师傅', role: 'maintenance' }] }),
    visitor: (data) => (data.action === 'list' ? ok({ items: [pass] }) : ok(pass)),
    'inbox.list': () => ok({ items: [message] }),
    'inbox.unreadCount': () => ok({ count: 1 }),
    'inbox.markRead': () => ok({ marked: 1 }),
    'inbox.announcements': () => ok({ items: [notice] }),
    'inbox.subscriptions': () => ok({ items: [] }),
  })
})

afterAll(() => {
  app?.closeAll()
  consoleSpies.forEach((spy) => spy.mockRestore())
})

/** Taro renders after its data round trip (setData on a timer): wait until text (or `expected`) shows. */
async function textOf(component: ReturnType<MiniApp['render']>, expected = '', timeoutMs = 2000): Promise<string> {
  let text = ''
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    text = component.dom?.textContent?.trim() ?? ''
    if (text && text.includes(expected)) break
    await simulate.sleep(50)
  }
  return text
}

test('app.json lists the resident pages in the main package and staff/admin as subpackages', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining(['pages/index/index', 'pages/repair-new/index', 'staff/pool/index', 'admin/late/index']),
  )
})

describe('every page renders', () => {
  test.each(PAGES)('%s', async (page) => {
    problems.length = 0
    const component = app.render(page, QUERIES[page] ?? {})
    const text = await textOf(component)
    await simulate.sleep(100)
    expect({ page, problems }).toEqual({ page, problems: [] })
    expect(text).not.toBe('')
    app.closeAll()
  })
})

test('the resident home shows the household and a tap on 我要报修 opens the form', async () => {
  const home = app.render('pages/index/index')
  expect(await textOf(home, '王女士，您好')).toContain('王女士，您好')
  expect(app.calls).toContainEqual(['me', { action: 'profile' }])
  const report = home.querySelector('.ll-home__report')
  if (!report) throw new Error('no 我要报修 button')
  report.dispatchEvent('tap')
  await simulate.sleep(50)
  expect(app.navigations).toContainEqual(['navigateTo', '/pages/repair-new/index'])
})

test('a visitor pass draws its QR code as Views under WeChat’s templates', async () => {
  const page = app.render('life/visitor-pass/index', { id: pass.id })
  await simulate.sleep(200)
  expect(page.dom?.textContent).toContain('ABCD 2345')
  expect(page.querySelectorAll('.ll-qr__row')).toHaveLength(25)
})

test('the order detail shows its deepest nodes too (templates stop at baseLevel 8, Taro’s comp renders below)', async () => {
  const detail = app.render('pages/repair-detail/index', { id: order.id })
  const text = await textOf(detail, '开始维修')
  // The timeline's step titles and the deadline rows sit deepest in the page.
  expect(text).toContain('开始维修')
  expect(text).toContain('服务时限')
  expect(text).toContain('首问负责人')
  app.closeAll()
})

test('order photos show through the short-lived links the repair function hands out, never the stored id', async () => {
  const detail = app.render('pages/repair-detail/index', { id: order.id })
  // The simulator does not print an image's src into the DOM: read what Taro hands WeChat to render.
  const rendered = () => JSON.stringify((detail as unknown as { instance: { data: unknown } }).instance.data)
  for (let waited = 0; waited < 2000 && !rendered().includes(PHOTO_LINK); waited += 50) await simulate.sleep(50)
  expect(app.calls).toContainEqual(['repair', { action: 'photoUrls', id: order.id }])
  expect(rendered()).toContain(PHOTO_LINK)
  expect(rendered()).not.toContain(SMOKE_PHOTO)
  app.closeAll()
})

test('the resident home pins the emergency notice and the tab bar shows the unread count', async () => {
  app.badges.length = 0
  const home = app.render('pages/index/index')
  expect(await textOf(home, notice.title)).toContain('紧急')
  await simulate.sleep(50)
  expect(app.badges).toContainEqual([2, '1'])
  app.closeAll()
})

test('tapping an unread message marks it read and opens the order', async () => {
  const inbox = app.render('pages/inbox/index')
  expect(await textOf(inbox, message.title)).toContain(message.body)
  const row = inbox.querySelector('.ll-message')
  if (!row) throw new Error('no message row')
  row.dispatchEvent('tap')
  await simulate.sleep(100)
  expect(app.calls).toContainEqual(['inbox', { action: 'markRead', ids: [message.id] }])
  expect(app.navigations).toContainEqual(['navigateTo', `/pages/repair-detail/index?id=${order.id}`])
  app.closeAll()
})

test('长辈模式 reaches a subpackage page opened on its own: its outer view carries the class', async () => {
  // No document root is shared by the pages of a mini-program: each page's own outer view must say it.
  // The simulator's storage keeps nothing, so the remembered switch is read from a stand-in.
  const wx = (globalThis as unknown as { wx: { getStorageSync: (key: string) => unknown } }).wx
  const stored = wx.getStorageSync
  wx.getStorageSync = (key) => (key === `linli.elder.${RESIDENT.openid}` ? true : stored(key))
  try {
    const bills = app.render('life/bills/index')
    const outerIsElder = () => /class="[^"]*\bll-bills [^"]*\bll-elder\b/.test(bills.dom?.innerHTML ?? '')
    for (let waited = 0; waited < 2000 && !outerIsElder(); waited += 50) await simulate.sleep(50)
    expect(outerIsElder()).toBe(true)
  } finally {
    wx.getStorageSync = stored
    app.closeAll()
  }
})
