import { payBillsSchema, payNotificationSchema, runBillsSchema, saveFeeItemSchema } from '@core/billing/billing.schemas'

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('fee item form', () => {
  it('charges every unit unless units are listed, and is active by default', () => {
    expect(saveFeeItemSchema.parse({ name: ' 物业费 ', kind: 'per_m2_monthly', rateFen: 285 })).toEqual({
      name: '物业费',
      kind: 'per_m2_monthly',
      rateFen: 285,
      unitIds: null,
      period: null,
      active: true,
    })
  })

  it('takes integer fen only', () => {
    expect(issues(saveFeeItemSchema.safeParse({ name: '物业费', kind: 'monthly', rateFen: 2.85 }))).toEqual([
      ['rateFen', '金额以分为单位，须为整数'],
    ])
  })

  it('a one-off item needs its period and a monthly one must not have one', () => {
    expect(issues(saveFeeItemSchema.safeParse({ name: '分摊', kind: 'one_off', rateFen: 100 }))).toEqual([
      ['period', '一次性项目须指定账期，按月项目不指定'],
    ])
    expect(
      saveFeeItemSchema.safeParse({ name: '车位', kind: 'monthly', rateFen: 100, period: '2026-11' }).success,
    ).toBe(false)
    expect(
      saveFeeItemSchema.safeParse({ name: '分摊', kind: 'one_off', rateFen: 100, period: '2026-12' }).success,
    ).toBe(true)
  })
})

describe('bill run form', () => {
  it('needs a real month and, if given, a real due date', () => {
    expect(runBillsSchema.safeParse({ period: '2026-13' }).success).toBe(false)
    expect(runBillsSchema.safeParse({ period: '2026-11', dueDate: '2026-11-31' }).success).toBe(false)
    expect(runBillsSchema.parse({ period: '2026-11' })).toEqual({ period: '2026-11' })
  })
})

describe('paying', () => {
  it('takes 1 to 50 distinct bills', () => {
    expect(payBillsSchema.safeParse({ billIds: [] }).success).toBe(false)
    expect(issues(payBillsSchema.safeParse({ billIds: ['a', 'a'] }))).toEqual([['billIds', '账单重复']])
    expect(payBillsSchema.safeParse({ billIds: Array.from({ length: 51 }, (_, i) => `b${i}`) }).success).toBe(false)
  })
})

describe('a payment notification', () => {
  it('keeps the fields WeChat sends beyond those checked', () => {
    const event = {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'o1',
      totalFee: 100,
      transactionId: 't1',
      timeEnd: '20261120100500',
      bankType: 'CMB_DEBIT',
    }
    expect(payNotificationSchema.parse(event)).toEqual(event)
  })

  it('refuses an amount that is not integer fen', () => {
    const event = {
      returnCode: 'SUCCESS',
      outTradeNo: 'o1',
      totalFee: 1.5,
      transactionId: 't1',
      timeEnd: '20261120100500',
    }
    expect(payNotificationSchema.safeParse(event).success).toBe(false)
  })
})
