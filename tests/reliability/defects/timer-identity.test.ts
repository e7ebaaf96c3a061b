import { FUNCTIONS } from '@server/functions'
import { invokerFrom } from '@server/runtime/cloudbase.runtime'

// Defect 9: a caller without an openid that sent {"Type":"Timer"} was treated as the timer trigger.
describe('timer identity comes from the platform', () => {
  const saved = { ...process.env }
  afterEach(() => (process.env = { ...saved }))

  it('a timer-shaped event from a caller the platform did not mark as the trigger is not the timer', () => {
    delete process.env.TCB_SOURCE
    delete process.env.WX_OPENID
    expect(invokerFrom({ Type: 'Timer' }, {})).not.toEqual({ kind: 'timer' })
    process.env.TCB_SOURCE = 'wx_http'
    expect(invokerFrom({ Type: 'Timer' }, {})).not.toEqual({ kind: 'timer' })
  })

  it('the platform’s trigger source is the timer', () => {
    process.env.TCB_SOURCE = 'wx_trigger'
    delete process.env.WX_OPENID
    expect(invokerFrom({ Type: 'Timer', TriggerName: 'everyMinute' }, {})).toEqual({ kind: 'timer' })
  })

  it('the deployed entry answers FORBIDDEN to a forged timer event', async () => {
    process.env.TCB_SOURCE = 'wx_http'
    delete process.env.WX_OPENID
    const { cloudbaseMain } = await import('@server/runtime/cloudbase.runtime')
    const answer = (await cloudbaseMain(FUNCTIONS.slaSweep!)({ Type: 'Timer' }, {})) as {
      ok: boolean
      error?: { code: string }
    }
    expect(answer.error?.code).toBe('FORBIDDEN')
  })
})
