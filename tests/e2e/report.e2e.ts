import { browserScenario, type Envelope } from './support/scenario'

/**
 * The monthly report in a real browser: 刘经理 reviews November's figures on 2 December, writes a
 * foreword, publishes, and makes the notice-board poster; 王女士 finds the card on her home page
 * and reads the figures.
 */

const scenario = browserScenario()

async function call<T>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const host = scenario.host()
  const reply = await host.post<Envelope<T>>(`/api/fn/${fn}`, event, await host.token(openid))
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)} failed: ${reply.error.message}`)
  return reply.data
}

/** November: 王女士's leak accepted in 12 minutes and fixed; 陈先生's still waiting. */
async function november(): Promise<void> {
  const host = scenario.host()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
  const leak = await call<{ id: string }>('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    description: '厨房水槽漏水',
  })
  await call('resident-2', 'repair', { action: 'create', category: 'plumbing', description: '马桶堵塞' })
  await host.post('/api/dev/clock', { advanceMinutes: 12 })
  await call('staff-1', 'repair', { action: 'accept', id: leak.id })
  await call('staff-1', 'repair', { action: 'start', id: leak.id })
  await host.post('/api/dev/clock', { advanceMinutes: 45 })
  await call('staff-1', 'repair', { action: 'complete', id: leak.id })
  await call('resident-1', 'repair', { action: 'confirm', id: leak.id, rating: 5 })
  await host.post('/api/dev/clock', { set: '2026-12-02T02:00:00.000Z' })
}

test('a manager publishes November and makes the poster; a resident opens the report from home', async () => {
  await november()

  const manager = await scenario.as('admin-1')
  await manager.page.locator('.ll-late, .taro_page').first().waitFor()
  await manager.page.goto(`${scenario.host().baseUrl}/#/report/draft/index`)
  const draft = () => manager.screen()
  await draft().locator('.ll-report__month-chip--on', { hasText: '2026年11月' }).waitFor()
  await draft().getByText('一半的报修在 12 分钟内响应，九成在 12 分钟内').first().waitFor()
  await draft().locator('.ll-report__foreword-input textarea').fill('十一月共收到两件报修，感谢大家的配合。')
  await manager.shot('report-01-manager-draft')
  await draft().locator('.ll-report__publish').click()
  await manager.page.getByText('发布后全体住户和业委会可见', { exact: false }).waitFor()
  await manager.page.getByText('发布', { exact: true }).last().click()

  const report = () => manager.screen()
  await report().getByText('2026年11月服务报告').waitFor()
  await report().getByText('十一月共收到两件报修，感谢大家的配合。').waitFor()
  await report().locator('.ll-poster__make').click()
  const poster = report().locator('.ll-poster__image img')
  await poster.waitFor()
  // Decode the PNG in the page: its size, and how many pixels are not plain white.
  const image = await poster.evaluate(async (img: HTMLImageElement) => {
    const decoded = new Image()
    decoded.src = img.src
    await decoded.decode()
    const canvas = document.createElement('canvas')
    canvas.width = decoded.naturalWidth
    canvas.height = decoded.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(decoded, 0, 0)
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    let inked = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++
    return { type: img.src.slice(0, 22), width: canvas.width, height: canvas.height, inked }
  })
  expect(image).toMatchObject({ type: 'data:image/png;base64,', width: 750, height: 1180 })
  // The blue header alone is 750 × 200 px; the text adds more.
  expect(image.inked).toBeGreaterThan(750 * 200)
  await manager.shot('report-02-manager-poster')

  const resident = await scenario.as('resident-1')
  const home = () => resident.screen()
  await home().locator('.ll-report-card').getByText('本月服务报告').waitFor()
  expect(await home().locator('.ll-report-card__month').innerText()).toBe('2026年11月')
  await resident.shot('report-03-home-card')
  await home().locator('.ll-report-card').click()
  const page = () => resident.screen()
  await page().getByText('2026年11月服务报告').waitFor()
  expect(await page().locator('.ll-report__row--repairs .ll-report__value').first().innerText()).toBe('2 件')
  await page().getByText('一半的报修在 12 分钟内响应，九成在 12 分钟内').first().waitFor()
  expect(await page().locator('.ll-report__row--satisfaction .ll-report__value').first().innerText()).toBe('5.0 分')
  // Buildings with fewer than five repairs show no rates.
  expect(await page().locator('.ll-report__building').first().getByText('样本不足').count()).toBeGreaterThan(0)
  // Only managers make posters.
  expect(await page().locator('.ll-poster').count()).toBe(0)
  await resident.shot('report-04-resident-report')
})
