import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadMiniApp, simulate, type MiniApp } from './support/mini-app'
import { RESIDENT_PROFILE } from './support/fixtures'

/**
 * The WeChat build asks for the privacy guide at the first photo pick: with
 * wx.getPrivacySetting saying agreement is needed, tapping 添加照片 shows the dialog and
 * wx.chooseMedia is not called until WeChat's agreePrivacyAuthorization button reports agreement.
 */

const DIST = join(__dirname, '../../dist')
const ok = (data: unknown) => ({ ok: true, data })
type Wx = Record<string, unknown>

let app: MiniApp
let needAuthorization = true
const chooseMediaCalls: unknown[] = []

beforeAll(() => {
  if (!existsSync(join(DIST, 'app.json'))) throw new Error('build the weapp first: npx taro build --type weapp')
  const wx = (globalThis as unknown as { wx: Wx }).wx
  wx.getPrivacySetting = ({ success }: { success: (r: object) => void }) =>
    success({ needAuthorization, privacyContractName: '《邻里用户隐私保护指引》', errMsg: 'getPrivacySetting:ok' })
  wx.chooseMedia = (options: { success?: (r: object) => void; fail?: (e: object) => void }) => {
    chooseMediaCalls.push(options)
    // The user closes the picker: the form stays as it was.
    options.fail?.({ errMsg: 'chooseMedia:fail cancel' })
  }
  app = loadMiniApp(DIST, { 'me.profile': () => ok(RESIDENT_PROFILE) })
})

afterAll(() => app?.closeAll())

// Generous: it polls, so it costs nothing when the simulator is quick, and a loaded machine is slow.
async function waitFor<T>(find: () => T | null | undefined, timeoutMs = 10_000): Promise<T> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    const found = find()
    if (found) return found
    await simulate.sleep(50)
  }
  throw new Error('timed out')
}

test('the first photo pick shows the privacy dialog and picks only after agreement', async () => {
  const form = app.render('pages/repair-new/index')
  const add = await waitFor(() => form.querySelector('.ll-photo-picker__add'))
  expect(form.querySelector('.ll-privacy')).toBeFalsy()

  add.dispatchEvent('tap')
  await waitFor(() => form.querySelector('.ll-privacy'))
  expect(form.dom?.textContent).toContain('用户隐私保护指引')
  await simulate.sleep(100)
  expect(chooseMediaCalls).toHaveLength(0)

  // WeChat's own button records the agreement and then fires this event.
  needAuthorization = false
  const agree = await waitFor(() => form.querySelector('.ll-privacy__agree'))
  agree.dispatchEvent('agreeprivacyauthorization')
  await waitFor(() => (chooseMediaCalls.length > 0 ? true : null))
  expect(chooseMediaCalls).toHaveLength(1)
  expect(form.querySelector('.ll-privacy')).toBeFalsy()

  // Agreed: the next tap goes straight to the picker.
  add.dispatchEvent('tap')
  await waitFor(() => (chooseMediaCalls.length > 1 ? true : null))
  expect(form.querySelector('.ll-privacy')).toBeFalsy()
  app.closeAll()
})
