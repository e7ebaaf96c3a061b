import { browserScenario } from './support/scenario'

/**
 * A visitor pass in a real browser: 王女士 books 张三, 赵保安 at the gate types the short code,
 * checks and admits him; the pass is then used up and 王女士's inbox says her visitor arrived.
 */

const { host, as } = browserScenario()

test('a resident books a visitor, the guard admits him by code, the resident hears he arrived', async () => {
  // 1. 王女士 books 张三 from now for four hours.
  const resident = await as('resident-1')
  await resident.screen().locator('.ll-home__visitors').click()
  await resident.screen().locator('.ll-new-visitor').click()
  await resident.screen().locator('.ll-visitor-form__name input').fill('张三')
  await resident.screen().locator('.ll-visitor-form__phone input').fill('13812340001')
  await resident.screen().locator('.ll-visitor-form__plate input').fill('沪a12345')
  await resident.shot('visitor-01-resident-book')
  await resident.screen().locator('.ll-visitor-form__submit').click()

  // 2. The pass shows the QR code and the short code to read out at the gate.
  const shortCode = resident.screen().locator('.ll-ticket__code')
  await shortCode.waitFor()
  await resident.screen().locator('.ll-qr__dark').first().waitFor()
  const code = (await shortCode.innerText()).trim()
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}$/)
  expect(await resident.screen().locator('.ll-ticket').innerText()).toContain('13812340001')
  await resident.shot('visitor-02-resident-pass')

  // 3. 赵保安 lands on the gate, types the code, sees who it is (phone masked) and lets him in.
  const guard = await as('guard-1')
  await guard.screen().locator('.ll-gate__input input').fill(code.toLowerCase())
  await guard.screen().locator('.ll-gate__verify').click()
  await guard.screen().locator('.ll-gate__verdict', { hasText: '可以通行' }).waitFor()
  const checked = await guard.screen().locator('.ll-gate__result').innerText()
  expect(checked).toContain('张三')
  expect(checked).toContain('138****0001')
  expect(checked).not.toContain('13812340001')
  await guard.shot('visitor-03-guard-verified')
  await guard.screen().locator('.ll-gate__admit').click()
  await guard.screen().locator('.ll-gate__verdict', { hasText: '已放行' }).waitFor()
  await guard.shot('visitor-04-guard-admitted')

  // The single-entry pass does not open the gate twice.
  await guard.screen().locator('.ll-gate__next').click()
  await guard.screen().locator('.ll-gate__input input').fill(code)
  await guard.screen().locator('.ll-gate__verify').click()
  await guard.screen().locator('.ll-gate__verdict', { hasText: '通行次数已用完' }).waitFor()

  // 4. 王女士's pass page now reads as used, and her inbox says her visitor arrived; the message opens the pass.
  await resident.page.reload()
  // The pass page she opened earlier may still be sliding away under the new one: either shows the state.
  await resident.screen().locator('.ll-ticket__void').first().waitFor()
  await resident.shot('visitor-05-resident-pass-used')
  await resident.page.goto(`${host().baseUrl}/#/pages/inbox/index`)
  const arrival = resident.screen().locator('.ll-message--unread', { hasText: '访客已到达' })
  await arrival.waitFor()
  expect(await arrival.innerText()).toContain('张三')
  expect(await resident.screen().locator('.ll-message').count()).toBe(1)
  await arrival.click()
  // The pass page she opened earlier may still be sliding away under the new one: either shows the state.
  await resident.screen().locator('.ll-ticket__void').first().waitFor()
})
