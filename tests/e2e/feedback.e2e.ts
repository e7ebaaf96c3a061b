import { readFileSync } from 'node:fs'
import type { WorkOrder } from '@core/repair/work-order'
import { orderIdFrom, type User } from './support/browser'
import { browserScenario, type Envelope } from './support/scenario'

/**
 * The resident's voice in a real browser: 王女士 complains about noise, 刘经理 hands it to 李师傅,
 * who acknowledges, replies and resolves it; she reads the reply and confirms. 刘经理 then builds a
 * survey from the annual template plus a question of his own and publishes it; 王女士 answers from
 * her inbox, 陈先生 from 我的 → 问卷调查, and the results page counts both. A low-rated repair
 * puts a return visit on the service desk's list, where 不满意 turns it into a complaint.
 */

const { host, as } = browserScenario()

const status = (user: User, text: string) =>
  user.screen().locator('.ll-promise .ll-card__title', { hasText: text }).waitFor()

/** Opens a tab page (我的, 消息) the way the tab bar would, from any page. */
const openTab = (user: User, page: 'mine' | 'inbox') => user.page.goto(`${host().baseUrl}/#/pages/${page}/index`)

/** Opens a cell of 我的. */
async function openFromMine(user: User, title: string) {
  await openTab(user, 'mine')
  await user.screen().locator('.nut-cell', { hasText: title }).click()
}

/** Opens a section of the manager's 管理后台 (reached from 我的). */
async function openFromConsole(user: User, tile: string) {
  await openFromMine(user, '管理后台')
  await user.screen().locator('.ll-console__tile', { hasText: tile }).click()
}

/** Types into the detail page's text box and taps one of its action buttons. */
async function act(user: User, button: string, text: string) {
  await user.screen().locator('.ll-fb-text textarea').fill(text)
  await user.screen().locator(button).click()
}

test('a complaint goes round the loop and a survey collects two households', async () => {
  // 1. 王女士 complains from the home page.
  const resident = await as('resident-1')
  await resident.screen().getByText('王女士，您好').waitFor()
  await resident.screen().locator('.ll-home__voice').click()
  await resident.screen().locator('.ll-feedback-topic--噪音扰民').click()
  await resident.screen().locator('.ll-feedback-description textarea').fill('楼上装修每天中午电钻声不停，影响老人午休')
  await resident.shot('feedback-01-resident-new-complaint')
  await resident.screen().locator('.ll-feedback-submit').click()
  await status(resident, '待受理')
  const id = orderIdFrom(resident.page)
  expect(await resident.screen().locator('.ll-promise').innerText()).toMatch(/承诺 .+ 前受理/)
  await resident.shot('feedback-02-resident-promise-card')

  // 2. 刘经理 finds it in 投诉建议 and hands it to 李师傅.
  const manager = await as('admin-1')
  await manager.screen().locator('.ll-section-nav__item--active', { hasText: '超时看板' }).waitFor()
  await openFromConsole(manager, '投诉建议')
  await manager.screen().locator('.ll-feedback-card', { hasText: '楼上装修' }).click()
  await manager.screen().locator('.ll-fb-assign').click()
  await manager.page.locator('.nut-actionsheet-item', { hasText: '李师傅' }).click()
  await manager.screen().locator('.ll-fb-assignee', { hasText: '李师傅' }).waitFor()

  // 3. 李师傅 acknowledges (he becomes its owner), replies, then resolves it.
  const staff = await as('staff-1')
  await staff.screen().locator('.ll-section-nav__item--active', { hasText: '抢单池' }).waitFor()
  await openFromMine(staff, '投诉建议')
  await staff.screen().locator('.ll-feedback-card', { hasText: '楼上装修' }).click()
  await status(staff, '待受理')
  await act(staff, '.ll-fb-acknowledge', '已受理，今天联系楼上住户')
  await status(staff, '处理中')
  await act(staff, '.ll-fb-reply', '已与楼上约定中午 12-14 点停工')
  await staff.screen().locator('.ll-thread', { hasText: '中午 12-14 点停工' }).waitFor()
  await staff.shot('feedback-03-staff-thread')
  await act(staff, '.ll-fb-resolve', '楼上已按约定停工，物业每天中午巡查')
  await status(staff, '待确认')

  // 4. 王女士 reads the reply from 我的 → 我的反馈 and confirms, satisfied.
  await openFromMine(resident, '我的反馈')
  await resident.screen().locator('.ll-feedback-card', { hasText: '楼上装修' }).click()
  await status(resident, '待确认')
  const thread = await resident.screen().locator('.ll-thread').innerText()
  expect(thread).toContain('已与楼上约定中午 12-14 点停工')
  expect(thread).toContain('李师傅')
  expect(await resident.screen().locator('.ll-promise').innerText()).toContain('首问负责人：李师傅')
  await resident.shot('feedback-04-resident-reply')
  await resident.screen().locator('.ll-fb-rating .nut-rate-item').nth(4).click()
  await act(resident, '.ll-fb-confirm', '处理及时，谢谢')
  await status(resident, '已完结')
  const closed = await host().post<Envelope<{ status: string; rating: { stars: number } }>>(
    '/api/fn/feedback',
    { action: 'get', id },
    await host().token('resident-1'),
  )
  expect(closed.ok && [closed.data.status, closed.data.rating.stars]).toEqual(['closed', 5])

  // 5. 刘经理 builds a survey from the console: the annual template plus a choice of his own.
  await openFromConsole(manager, '服务看板')
  await manager.screen().locator('.ll-dashboard__voice').click()
  await manager.screen().locator('.ll-voice-link--surveys').click()
  await manager.screen().locator('.ll-survey-create').click()
  await manager.screen().locator('.ll-survey-template').click()
  await manager.screen().locator('.ll-survey-question--6').waitFor()
  expect(await manager.screen().locator('.ll-survey-title input').inputValue()).toBe('年度物业服务满意度调查')
  await manager.screen().locator('.ll-survey-add-question').click()
  const own = manager.screen().locator('.ll-survey-question--7')
  await own.locator('.ll-survey-question__title input').fill('您最希望优先改进哪些方面？')
  await own.locator('.ll-survey-question__type--multiple').click()
  await own.locator('.ll-survey-question__options textarea').fill('停车\n电梯\n绿化')
  await own.locator('.ll-survey-question__required').click()
  await manager.shot('feedback-05-manager-survey-builder')
  await manager.screen().locator('.ll-survey-submit').click()
  const card = manager.screen().locator('.ll-survey-card', { hasText: '年度物业服务满意度调查' })
  await card.getByText('已发布').waitFor()
  const surveyId = await card.getAttribute('data-survey-id')

  // 6. 王女士 opens the invitation in 消息 and answers every question.
  await openTab(resident, 'inbox')
  await resident.screen().locator('.ll-message', { hasText: '邀请您填写问卷' }).click()
  await resident.screen().locator('.ll-survey-heading', { hasText: '年度物业服务满意度调查' }).waitFor()
  // 提交 with nothing filled in marks the first required question.
  await resident.screen().locator('.ll-survey-answer-submit').click()
  await resident.screen().locator('.ll-survey-answer--service_desk .ll-error-text', { hasText: '此题必答' }).waitFor()
  for (const q of ['service_desk', 'repairs', 'security', 'cleaning', 'greening', 'fees']) {
    await resident.screen().locator(`.ll-survey-answer--${q} .nut-rate-item`).nth(4).click()
  }
  await resident.screen().locator('.ll-survey-answer--comment textarea').fill('希望增加夜间巡逻')
  await resident
    .screen()
    .locator('.ll-survey-answer--q8 .ll-survey-answer__multiple__option', { hasText: '停车' })
    .click()
  await resident.shot('feedback-06-resident-survey')
  await resident.screen().locator('.ll-survey-answer-submit').click()
  await resident.screen().locator('.ll-survey-thanks').waitFor()

  // 7. 陈先生 finds it under 我的 → 问卷调查 and gives lower marks, skipping the optional questions.
  const neighbour = await as('resident-2')
  await neighbour.screen().getByText('陈先生，您好').waitFor()
  await openFromMine(neighbour, '问卷调查')
  await neighbour.screen().locator(`.ll-survey-card[data-survey-id="${surveyId}"]`).click()
  for (const q of ['service_desk', 'repairs', 'security', 'cleaning', 'greening', 'fees']) {
    await neighbour.screen().locator(`.ll-survey-answer--${q} .nut-rate-item`).nth(2).click()
  }
  await neighbour.screen().locator('.ll-survey-answer-submit').click()
  await neighbour.screen().locator('.ll-survey-thanks').waitFor()

  // 8. The results page counts both: two answers, 客服 averaging 4 (5 and 3), one per building.
  await card.click()
  await manager.screen().locator('.ll-survey-responses', { hasText: '2' }).waitFor()
  expect(await manager.screen().locator('.ll-survey-result--service_desk').innerText()).toContain('平均 4.00 分')
  expect(await manager.screen().locator('.ll-survey-result--comment').innerText()).toContain('希望增加夜间巡逻')
  const rows = await manager.screen().locator('.ll-kpi-table__row').allInnerTexts()
  expect(rows.find((r) => r.startsWith('1号楼'))).toMatch(/1号楼\s+\d+\s+1\s/)
  expect(rows.find((r) => r.startsWith('2号楼'))).toMatch(/2号楼\s+\d+\s+1\s/)
  await manager.shot('feedback-07-manager-survey-results')
  // The answers name households: the export asks why first (kept in the audit log).
  await manager.screen().locator('.ll-survey-export').click()
  await manager.page.locator('.ll-reason textarea').fill('业委会年度满意度汇报')
  const download = manager.page.waitForEvent('download')
  await manager.page.locator('.nut-dialog-footer-ok').click()
  const csv = readFileSync((await (await download).path())!, 'utf8')
  expect(csv.trim().split('\n')).toHaveLength(3)
  expect(csv).toContain('希望增加夜间巡逻')

  // 9. 陈先生 rates a repair 2 stars: a return visit is due; 不满意 on it raises a linked complaint.
  const tokens = Object.fromEntries(
    await Promise.all(['resident-2', 'staff-1'].map(async (u) => [u, await host().token(u)] as const)),
  )
  const repair = (who: string, body: object) => host().post<Envelope<WorkOrder>>('/api/fn/repair', body, tokens[who])
  const order = await repair('resident-2', {
    action: 'create',
    category: 'electrical',
    priority: 'normal',
    description: '客厅插座没电',
  })
  if (!order.ok) throw new Error(order.error.message)
  for (const step of ['accept', 'start', 'complete']) await repair('staff-1', { action: step, id: order.data.id })
  await repair('resident-2', { action: 'confirm', id: order.data.id, rating: 2, comment: '修了两次才好' })

  await manager.page.goBack()
  await manager.page.goBack()
  await manager.screen().locator('.ll-voice-link--visits').click()
  const visit = manager.screen().locator(`.ll-visit-card[data-visit-id="${order.data.id}"]`)
  await visit.getByText('低评分').waitFor()
  await manager.shot('feedback-08-manager-return-visits')
  await visit.locator('.ll-visit-outcome--dissatisfied').click()
  await manager.page.locator('.ll-reason textarea').fill('插座又不通电了')
  await manager.page.locator('.nut-dialog-footer-ok').click()
  await visit.waitFor({ state: 'detached' })
  await manager.screen().locator('.ll-visits-status--done').click()
  await visit.locator('.ll-visit-card__complaint').click()
  await manager.screen().locator('.ll-promise', { hasText: '插座又不通电了' }).waitFor()

  // 10. 陈先生 praises 李师傅, who came to his home, from 我的 → 我要投诉/建议/表扬.
  await openFromMine(neighbour, '我要投诉/建议/表扬')
  await neighbour.screen().locator('.ll-feedback-kind--praise').click()
  await neighbour.screen().locator('.ll-feedback-praised--staff-1', { hasText: '李师傅' }).click()
  await neighbour.screen().locator('.ll-feedback-topic--服务态度').click()
  await neighbour.screen().locator('.ll-feedback-description textarea').fill('李师傅第二次上门很耐心，把线路都查了一遍')
  await neighbour.screen().locator('.ll-feedback-submit').click()
  await neighbour.screen().locator('.ll-promise', { hasText: '表扬对象：李师傅' }).waitFor()

  // 11. The feedback dashboard: one complaint each from 王女士 and the visit; one confirmed, satisfied.
  await manager.page.goBack()
  await manager.page.goBack()
  await manager.screen().locator('.ll-voice-figure--complaints .ll-kpis__value', { hasText: '2' }).waitFor()
  expect(await manager.screen().locator('.ll-voice-figure--satisfaction').innerText()).toContain('100.0%')
  expect(await manager.screen().locator('.ll-voice-figure--visits').innerText()).toContain('100.0%')
  expect(await manager.screen().locator('.ll-voice-praise', { hasText: '李师傅' }).innerText()).toContain('1 次')
  await manager.shot('feedback-09-manager-dashboard')

  // 12. The repair service dashboard credits the praise on 李师傅's row (its last column, 表扬).
  await openFromConsole(manager, '服务看板')
  const row = manager.screen().locator('.ll-kpi-table__row', { hasText: '李师傅' })
  await expect(row.locator('.ll-kpi-table__cell').last().innerText()).resolves.toBe('1')
})
