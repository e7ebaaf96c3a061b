import type { WorkOrder } from '@core/repair/work-order'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * Handover (转单) in the browser: the worker who took a job hands it to a colleague with a reason;
 * the colleague now holds it and the first worker stays the resident's named contact.
 */
const { host: started, as } = browserScenario()

test('a worker hands a job over to a colleague, who then holds it', async () => {
  const host = started()
  const created = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'create', category: 'electrical', description: '客厅插座没电' },
    await host.token('resident-1'),
  )
  if (!created.ok) throw new Error(created.error.message)
  const id = created.data.id

  const staff = await as('staff-1')
  await staff.screen().locator(`.ll-order-card[data-order-id="${id}"] .ll-grab`).click()
  await staff.screen().locator('.ll-status', { hasText: '已接单' }).waitFor()
  await staff.screen().locator('.ll-transfer').click()
  await staff.screen().locator('.ll-transfer__pick').click()
  await staff.screen().getByText('张师傅', { exact: true }).click()
  await staff.screen().locator('.ll-transfer__reason textarea').fill('需要电工处理')
  await staff.screen().locator('.ll-transfer__submit').click()
  await staff.screen().locator('.ll-timeline__step--transferred').waitFor()
  // The first worker still sees the job but no longer works it.
  expect(await staff.screen().locator('.ll-start').count()).toBe(0)

  const after = await host.post<Envelope<WorkOrder>>(
    '/api/fn/repair',
    { action: 'get', id },
    await host.token('staff-2'),
  )
  expect(after.ok && after.data).toMatchObject({
    assigneeOpenid: 'staff-2',
    firstResponderOpenid: 'staff-1',
    status: 'accepted',
  })
})
