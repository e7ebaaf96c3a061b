import { createRepairSchema, confirmRepairSchema, listRepairsSchema } from '@core/repair/repair.schemas'

describe('the repair form schema (shared by the page and the function)', () => {
  it('defaults to a normal job with no photos and trims the description', () => {
    expect(createRepairSchema.parse({ category: 'elevator', description: '  电梯异响  ' })).toEqual({
      category: 'elevator',
      priority: 'normal',
      description: '电梯异响',
      photos: [],
    })
  })

  it('refuses a blank or over-long description with a Chinese message', () => {
    const blank = createRepairSchema.safeParse({ category: 'other', description: '   ' })
    expect(blank.success).toBe(false)
    expect(blank.error?.issues[0]?.message).toBe('请描述问题')
    expect(createRepairSchema.safeParse({ category: 'other', description: '字'.repeat(500) }).success).toBe(true)
    expect(createRepairSchema.safeParse({ category: 'other', description: '字'.repeat(501) }).success).toBe(false)
  })

  it('refuses unknown categories and more than nine photos', () => {
    expect(createRepairSchema.safeParse({ category: 'roof', description: '漏雨' }).success).toBe(false)
    const photos = Array.from({ length: 10 }, (_, i) => `f${i}`)
    expect(createRepairSchema.safeParse({ category: 'other', description: '多图', photos }).success).toBe(false)
  })

  it('ratings are whole stars from 1 to 5', () => {
    for (const rating of [0, 6, 4.5, '5']) {
      expect(confirmRepairSchema.safeParse({ id: 'o1', rating }).success).toBe(false)
    }
    expect(confirmRepairSchema.parse({ id: 'o1', rating: 5 })).toEqual({ id: 'o1', rating: 5 })
  })

  it('lists 20 at a time unless asked, at most 50', () => {
    expect(listRepairsSchema.parse({ scope: 'mine' }).limit).toBe(20)
    expect(listRepairsSchema.safeParse({ scope: 'mine', limit: 51 }).success).toBe(false)
  })
})
