import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WorkOrder } from '@core/repair/work-order'
import type { User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * An outside lift company in the browser: the manager registers it and routes 电梯 to it, a worker
 * of the company joins with its invite code, checks in on arrival, completes with before and after
 * photos, and the job shows on the month's vendor scorecard.
 */

// A 1x1 blue PNG: the host checks image signatures, so the photo must be a real image.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPj/HwAE/wJ/lVbKNgAAAABJRU5ErkJggg==',
  'base64',
)

const { host: started, as } = browserScenario()

async function addPhoto(user: User, picker: string) {
  const path = join(tmpdir(), 'linli-lift.png')
  writeFileSync(path, PHOTO)
  const chooser = user.page.waitForEvent('filechooser')
  await user.screen().locator(`${picker} .ll-photo-picker__add`).click()
  await (await chooser).setFiles(path)
}

test('a manager brings in a lift vendor whose worker proves the job on site and shows on the scorecard', async () => {
  const host = started()

  // 1. 刘经理 registers 迅达电梯 for lifts and routes 电梯 to it.
  const admin = await as('admin-1')
  // Signing in lands on the late board; from there the console's pages are opened by address.
  await admin.page.waitForURL(/admin\/late/)
  await admin.page.goto(`${host.baseUrl}/#/admin/vendors/index`)
  const manager = () => admin.screen()
  await manager().locator('.ll-vendor-form__name input').fill('迅达电梯')
  await manager().locator('.ll-vendor-form__category--elevator').click()
  await manager().locator('.ll-vendor-form__from input').fill('2026-01-01')
  await manager().locator('.ll-vendor-form__to input').fill('2027-12-31')
  await manager().locator('.ll-vendor-form__contact input').fill('钱经理')
  await manager().locator('.ll-vendor-form__phone input').fill('13600000001')
  await manager().locator('.ll-vendor-sla__elevator-normal-response input').fill('20')
  await manager().locator('.ll-vendor-sla__elevator-normal-arrival input').fill('60')
  await manager().locator('.ll-vendor-sla__elevator-normal-resolution input').fill('180')
  await admin.shot('vendors-01-register')
  await manager().locator('.ll-vendor-form__save').click()
  const card = manager().locator('.ll-vendor', { hasText: '迅达电梯' })
  await card.locator('.ll-vendor__route--elevator').click()
  await card.locator('.ll-vendor__route--elevator', { hasText: '已派单' }).waitFor()
  await card.locator('.ll-vendor__invite').click()
  const code = (await manager().locator('.ll-vendor-invite__code').innerText()).trim()
  await admin.shot('vendors-02-routed-and-invite')

  // 2. A resident's lift report now goes to the vendor, on its contracted windows.
  const created = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'create', category: 'elevator', description: '3号电梯门关不上' },
    await host.token('resident-1'),
  )
  if (!created.ok) throw new Error(created.error.message)
  expect(created.data).toMatchObject({ vendorName: '迅达电梯', sla: { windows: { response: 20 } } })
  const id = created.data.id

  // 3. The vendor's worker joins with the code and sees the job in the staff screens.
  const worker = await as('new')
  const screen = () => worker.screen()
  await screen().locator('.ll-welcome__code input').fill(code)
  await screen().locator('.ll-welcome__name input').fill('钱师傅')
  await screen().locator('.ll-welcome__phone input').fill('13600000002')
  await screen().locator('.ll-welcome__join').click()
  await screen().locator(`.ll-order-card[data-order-id="${id}"] .ll-grab`).click()
  await screen().locator('.ll-status', { hasText: '已接单' }).waitFor()

  // 4. Start waits for the check-in; then before and after photos close the job.
  expect(await screen().locator('.ll-start').count()).toBe(0)
  await screen().locator('.ll-check-in').click()
  // The check-in reads the phone's location: the privacy guide is asked first, once.
  await screen().locator('.ll-privacy__agree').click()
  await screen().locator('.ll-order-proof__check-in').waitFor()
  await screen().locator('.ll-start').click()
  await screen().locator('.ll-status', { hasText: '维修中' }).waitFor()
  await screen().locator('.ll-complete__note textarea').fill('更换门机皮带')
  await addPhoto(worker, '.ll-complete__before')
  await screen().locator('.ll-complete__before .ll-photos__img').first().waitFor()
  await addPhoto(worker, '.ll-complete > .ll-photo-picker')
  await worker.shot('vendors-03-proof')
  await screen().locator('.ll-complete__submit').click()
  await screen().locator('.ll-status', { hasText: '待验收' }).waitFor()
  await screen().locator('.ll-order-proof__before .ll-photos__img').first().waitFor()

  const done = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'get', id },
    await host.token('admin-1'),
  )
  expect(done.ok && done.data).toMatchObject({ status: 'completed', checkIn: { by: expect.any(String) } })
  expect(done.ok && done.data.beforePhotos).toHaveLength(1)
  expect(done.ok && done.data.completionPhotos).toHaveLength(1)

  // 5. The scorecard counts the job for the vendor.
  await admin.page.goto(`${host.baseUrl}/#/admin/vendor-scorecard/index`)
  const row = manager().locator('.ll-scorecard .ll-kpi-table__row', { hasText: '迅达电梯' })
  await row.waitFor()
  expect(await row.innerText()).toMatch(/迅达电梯\s+1\s+100\.0%\s+0\.0%/)
  expect(await manager().locator('.ll-scorecard__detail', { hasText: '迅达电梯' }).innerText()).toBe(
    '迅达电梯：响应准时 100.0%，上门准时 100.0%，回访不满意 —',
  )
  await admin.shot('vendors-04-scorecard')
})
