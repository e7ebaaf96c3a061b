import { fieldTypeOf, shapeField } from '@core/notify/subscribe-fields'

describe("subscribe-message values are shaped to WeChat's rule for their type", () => {
  it('thing: at most 20 characters, cut with an ellipsis', () => {
    expect(shapeField('thing', '厨房水槽下水管漏水，地面已经积水，请尽快上门处理')).toBe(
      '厨房水槽下水管漏水，地面已经积水，请尽…',
    )
    expect([...shapeField('thing', '厨房水槽下水管漏水，地面已经积水，请尽快上门处理')]).toHaveLength(20)
    expect(shapeField('thing', '漏水')).toBe('漏水')
    expect(shapeField('thing', '   ')).toBe('-')
  })

  it('phrase: at most 5 Chinese characters and nothing else', () => {
    expect(shapeField('phrase', '已接单')).toBe('已接单')
    expect(shapeField('phrase', '维修已经完成了哦')).toBe('维修已经完')
    expect(shapeField('phrase', 'OK 完成!')).toBe('完成')
  })

  it('time: a 24-hour time with its date in estate time', () => {
    expect(shapeField('time', '2026-11-27T11:05:00.000Z')).toBe('2026年11月27日 19:05')
  })

  it('date: the estate-time date', () => {
    expect(shapeField('date', '2026-11-27T17:00:00.000Z')).toBe('2026年11月28日')
  })

  it('character_string: at most 32 ASCII letters, digits and symbols', () => {
    expect(shapeField('character_string', '工单 R-20261127-0001')).toBe('R-20261127-0001')
    expect(shapeField('character_string', 'x'.repeat(40))).toHaveLength(32)
  })

  it('number, letter and symbol keep only their alphabet', () => {
    expect(shapeField('number', '约 12.5 小时')).toBe('12.5')
    expect(shapeField('letter', 'A1b2-C')).toBe('AbC')
    expect(shapeField('symbol', 'a+b-c*d/e%f')).toBe('+-*/%')
  })

  it('amount: integer fen as yuan with the 元 sign', () => {
    expect(shapeField('amount', 123456)).toBe('1234.56元')
    expect(shapeField('amount', 5)).toBe('0.05元')
  })

  it('phone_number and car_number are cut to 17 and 8', () => {
    expect(shapeField('phone_number', '电话 138-0000-0001 转 8888 分机 12345')).toBe('138-0000-00018888')
    expect(shapeField('car_number', '沪A 12345 6')).toBe('沪A123456')
  })

  it('name: up to 10 Chinese characters, or 20 letters', () => {
    expect(shapeField('name', '李师傅')).toBe('李师傅')
    expect(shapeField('name', '欧阳·李师傅（维修部电工组长）')).toBe('欧阳·李师傅维修部电')
    expect(shapeField('name', 'Alexander Hamilton-Smith Jr.')).toBe('Alexander HamiltonSm')
  })

  it('reads the type from a template key', () => {
    expect(fieldTypeOf('thing2')).toBe('thing')
    expect(fieldTypeOf('character_string10')).toBe('character_string')
    expect(fieldTypeOf('weird3')).toBeNull()
  })
})
