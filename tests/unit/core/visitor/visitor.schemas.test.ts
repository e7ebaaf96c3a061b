import { createPassSchema, gateCodeSchema, listEntriesSchema, sharedPassSchema } from '@core/visitor/visitor.schemas'

const booking = {
  visitorName: ' 张三 ',
  visitorPhone: '13812340001',
  validFrom: '2026-11-27T14:00:00+08:00',
  validUntil: '2026-11-27T18:00:00+08:00',
}

describe('the booking form schema (shared by the page and the function)', () => {
  it('trims the name, defaults to one entry and stores the window in UTC', () => {
    expect(createPassSchema.parse(booking)).toEqual({
      visitorName: '张三',
      visitorPhone: '13812340001',
      validFrom: '2026-11-27T06:00:00.000Z',
      validUntil: '2026-11-27T10:00:00.000Z',
      maxEntries: 1,
    })
  })

  it('takes a plate in either case and refuses a malformed one', () => {
    expect(createPassSchema.parse({ ...booking, plate: ' 沪a12345 ' }).plate).toBe('沪A12345')
    expect(createPassSchema.parse({ ...booking, plate: '粤BD12345' }).plate).toBe('粤BD12345')
    expect(createPassSchema.safeParse({ ...booking, plate: 'A12345' }).success).toBe(false)
  })

  it('refuses a phone that is not an 11-digit mobile, with a Chinese message', () => {
    for (const visitorPhone of ['1381234000', '23812340001', '138-1234-0001']) {
      const parsed = createPassSchema.safeParse({ ...booking, visitorPhone })
      expect(parsed.error?.issues[0]?.message).toBe('请填写 11 位手机号')
    }
  })

  it('refuses a time without a zone and 0 or 11 entries', () => {
    expect(createPassSchema.safeParse({ ...booking, validFrom: '2026-11-27 14:00' }).success).toBe(false)
    expect(createPassSchema.safeParse({ ...booking, maxEntries: 0 }).success).toBe(false)
    expect(createPassSchema.safeParse({ ...booking, maxEntries: 11 }).success).toBe(false)
  })
})

describe('the gate and link schemas', () => {
  it('a gate code is trimmed and bounded', () => {
    expect(gateCodeSchema.parse({ code: ' abcd 2345 ' })).toEqual({ code: 'abcd 2345' })
    expect(gateCodeSchema.safeParse({ code: ' ' }).success).toBe(false)
    expect(gateCodeSchema.safeParse({ code: 'x'.repeat(65) }).success).toBe(false)
  })

  it('a shared link carries a token, never a short code', () => {
    expect(sharedPassSchema.safeParse({ token: 'ABCD2345' }).success).toBe(false)
    expect(sharedPassSchema.safeParse({ token: 'aB3_-xYz0123456789abcQ' }).success).toBe(true)
  })

  it('the entry log comes 100 at a time unless asked, at most 500', () => {
    expect(listEntriesSchema.parse({})).toEqual({ limit: 100 })
    expect(listEntriesSchema.safeParse({ limit: 501 }).success).toBe(false)
  })
})
