import { progressSteps } from '@core/repair/progress-steps'
import { statusText } from '@core/repair/repair.labels'
import { accept, assign, cancel, complete, confirm, hold, start } from '@core/repair/work-order.machine'
import { at, manager, resident, rules, staff, submitted, value, T0 } from './repair.fixtures'

const bar = (order: Parameters<typeof progressSteps>[0]) =>
  progressSteps(order).map((s) => `${s.label}:${s.state}${s.at ? `@${s.at}` : ''}${s.note ? `(${s.note})` : ''}`)

describe('the step bar on the resident’s order', () => {
  it('a new job has reached only 已提交, and says 待接单', () => {
    const order = submitted()
    expect(bar(order)).toEqual([`已提交:current@${T0}`, '已派单:todo', '维修中:todo', '待验收:todo', '已完成:todo'])
    expect(statusText(order)).toBe('待接单')
  })

  it('a job dispatched to a worker reads 已派单 until the worker accepts', () => {
    const dispatched = value(assign(submitted(), manager, staff, at(3), rules))
    expect(statusText(dispatched)).toBe('已派单')
    expect(bar(dispatched).slice(0, 2)).toEqual([`已提交:done@${T0}`, `已派单:current@${at(3)}`])
    const accepted = value(accept(dispatched, staff, at(5), rules))
    expect(statusText(accepted)).toBe('已接单')
    expect(bar(accepted)[1]).toBe(`已接单:current@${at(5)}`)
  })

  it('a job paused for parts shows 暂停中 in place, with the reason', () => {
    const started = value(start(value(accept(submitted(), staff, at(5), rules)), staff, at(20), rules))
    const paused = value(hold(started, staff, at(30), rules, { reason: 'parts' }))
    expect(bar(paused)[2]).toBe(`暂停中:paused@${at(30)}(等待配件)`)
    expect(bar(paused)[3]).toBe('待验收:todo')
  })

  it('a confirmed job has every step done with its time', () => {
    const started = value(start(value(accept(submitted(), staff, at(5), rules)), staff, at(20), rules))
    const closed = value(
      confirm(value(complete(started, staff, at(60), rules, {})), resident, at(90), rules, { stars: 5 }),
    )
    expect(bar(closed)).toEqual([
      `已提交:done@${T0}`,
      `已接单:done@${at(5)}`,
      `维修中:done@${at(20)}`,
      `待验收:done@${at(60)}`,
      `已完成:done@${at(90)}`,
    ])
  })

  it('a job withdrawn before anyone took it shows 已取消 after 已提交', () => {
    const cancelled = value(cancel(submitted(), resident, at(2), rules))
    expect(bar(cancelled).slice(0, 2)).toEqual([`已提交:done@${T0}`, `已取消:cancelled@${at(2)}`])
  })
})
