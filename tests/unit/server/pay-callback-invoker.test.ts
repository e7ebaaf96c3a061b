import { invokerFrom } from '@server/cloudbase/cloudbase.runtime'

/** A CloudBase function context whose environment carries these platform variables. */
const context = (environment: Record<string, string>) => ({ environment: JSON.stringify(environment) })

describe('who invoked a deployed function', () => {
  it('WeChat Pay’s notify call is the payment platform, even with the payer’s openid on it', () => {
    expect(invokerFrom({}, context({ TCB_SOURCE: 'wx_paycallback', WX_OPENID: 'payer' }))).toEqual({ kind: 'payment' })
  })

  it('a mini-program call is its user, whatever the event claims', () => {
    const forged = {
      returnCode: 'SUCCESS',
      outTradeNo: 'o1',
      totalFee: 1,
      transactionId: 't',
      timeEnd: '20261120100000',
    }
    expect(invokerFrom(forged, context({ TCB_SOURCE: 'wx_client', WX_OPENID: 'resident-1' }))).toEqual({
      kind: 'user',
      openid: 'resident-1',
    })
  })

  it('a function relaying a notification is not the payment platform', () => {
    // SOURCE is a chain: a call from another function that was itself notified reads `wx_paycallback,scf`.
    expect(invokerFrom({}, context({ TCB_SOURCE: 'wx_paycallback,scf' }))).toBeNull()
  })
})
