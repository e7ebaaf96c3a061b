import { friendlyMessage } from '../../../src/services/errors'
import { asReply, stringField } from '../../../src/services/reply'
import { validate } from '../../../src/services/validate'
import { confirmRepairSchema } from '@core/repair/repair.schemas'

describe('what people read when something fails', () => {
  test('each code has its own Chinese message', () => {
    expect(friendlyMessage({ code: 'NETWORK', message: 'fetch failed' })).toBe('网络不给力，请检查网络后重试')
    expect(friendlyMessage({ code: 'FORBIDDEN', message: 'x' })).toBe('您没有权限进行此操作')
  })

  test('a screen can say what a code means there: a CONFLICT on grabbing is someone else being faster', () => {
    expect(friendlyMessage({ code: 'CONFLICT', message: 'taken' }, { CONFLICT: '手慢了，这单已被其他师傅接走' })).toBe(
      '手慢了，这单已被其他师傅接走',
    )
  })

  test('a validation failure shows the first field message written for people', () => {
    const error = {
      code: 'VALIDATION_FAILED' as const,
      message: 'invalid',
      fieldErrors: { id: ['Invalid input'], rating: ['评分为 1-5 星'] },
    }
    expect(friendlyMessage(error)).toBe('评分为 1-5 星')
    expect(friendlyMessage({ ...error, fieldErrors: { id: ['Invalid input'] } })).toBe('填写的内容有误，请检查后再提交')
  })
})

describe('replies from the backend', () => {
  test('an envelope passes through; anything else is an INTERNAL failure, not a crash later', () => {
    expect(asReply({ ok: true, data: 1 })).toEqual({ ok: true, data: 1 })
    expect(asReply({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'x' },
    })
    expect(asReply('<html>')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })

  test('bare host replies such as {fileId} are read, and their error envelopes kept', () => {
    expect(stringField({ fileId: 'f1' }, 'fileId')).toEqual({ ok: true, data: 'f1' })
    expect(
      stringField({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'not an image' } }, 'fileId'),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})

test("forms validate with the function's own schema and report it in the function's shape", () => {
  expect(validate(confirmRepairSchema, { id: 'wo-1', rating: 0 })).toEqual({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: 'invalid input', fieldErrors: { rating: ['评分为 1-5 星'] } },
  })
  expect(validate(confirmRepairSchema, { id: 'wo-1', rating: 5 })).toEqual({
    ok: true,
    data: { id: 'wo-1', rating: 5 },
  })
})
