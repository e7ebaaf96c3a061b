import { FUNCTIONS } from '@server/functions'
import { cloudbaseMain, invokerFrom } from '@server/cloudbase/cloudbase.runtime'

// Defect 9: a caller without an openid that sent {"Type":"Timer"} was treated as the timer trigger.
/** A CloudBase function context whose environment carries these platform variables. */
const context = (environment: Record<string, string>) => ({ environment: JSON.stringify(environment) })
const timerEvent = { Type: 'Timer', TriggerName: 'everyMinute', Time: '2026-03-02T02:00:00Z' }

describe('timer identity comes from the platform', () => {
  const forged: Record<string, string>[] = [
    {},
    { TCB_SOURCE: 'wx_http' },
    { TCB_SOURCE: 'wx_client,scf' },
    { TCB_SOURCE: 'wx_trigger,scf' },
  ]
  it.each(forged)('a timer-shaped event with %j is not the timer', (environment) => {
    expect(invokerFrom(timerEvent, context(environment))).not.toEqual({ kind: 'timer' })
  })

  it('the source the platform sets for its trigger is the timer', () => {
    expect(invokerFrom(timerEvent, context({ TCB_SOURCE: 'wx_trigger' }))).toEqual({ kind: 'timer' })
  })

  it("the desktop console's custom-login user is the openid its ticket was issued for", () => {
    expect(invokerFrom({ action: 'late' }, context({ TCB_CUSTOM_USER_ID: 'admin-1', TCB_SOURCE: 'scf' }))).toEqual({
      kind: 'user',
      openid: 'admin-1',
    })
    // A WeChat caller stays who WeChat says.
    expect(
      invokerFrom({ action: 'late' }, context({ WX_OPENID: 'resident-1', TCB_CUSTOM_USER_ID: 'admin-1' })),
    ).toEqual({ kind: 'user', openid: 'resident-1' })
  })

  it('the deployed entry answers FORBIDDEN to a forged timer event, from a user or from nobody', async () => {
    const main = cloudbaseMain(FUNCTIONS.slaSweep!)
    const callers: Record<string, string>[] = [
      { TCB_SOURCE: 'wx_http' },
      { TCB_SOURCE: 'wx_client', WX_OPENID: 'resident-1' },
    ]
    for (const environment of callers) {
      const answer = (await main(timerEvent, context(environment))) as { error?: { code: string } }
      expect(answer.error?.code).toBe('FORBIDDEN')
    }
  })
})
