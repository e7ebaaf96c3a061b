import { summarizeInput, resultIdOf } from '@core/estate/audit'
import { buildingsOf, DEFAULT_ESTATE_PROFILE, hasSkill, naturalCompare, normalizeSkills } from '@core/estate/estate'

describe('buildings', () => {
  it('are derived from units, named by the profile or as <code>号楼, in natural order', () => {
    const units = [
      { building: '10', floor: 3 },
      { building: '2', floor: 1 },
      { building: '2', floor: 18 },
    ]
    expect(buildingsOf(units, { buildingNames: { '10': '十号公寓' } })).toEqual([
      { code: '2', name: '2号楼', unitCount: 2, floors: 18 },
      { code: '10', name: '十号公寓', unitCount: 1, floors: 3 },
    ])
    expect(buildingsOf([], DEFAULT_ESTATE_PROFILE)).toEqual([])
  })

  it('natural order puts 2 before 10 and 2-9 before 2-10', () => {
    expect(['10', '2', 'B', 'A', '2-10', '2-9'].sort(naturalCompare)).toEqual(['2', '2-9', '2-10', '10', 'A', 'B'])
  })
})

describe('staff skills', () => {
  it('a worker without listed skills takes every category', () => {
    expect(hasSkill({ skills: [] }, 'elevator')).toBe(true)
    expect(hasSkill({ skills: ['plumbing'] }, 'elevator')).toBe(false)
    expect(normalizeSkills(['elevator', 'plumbing', 'elevator'])).toEqual(['plumbing', 'elevator'])
  })
})

describe('the audit record of an input', () => {
  it('keeps short values, cuts long text to its start and size, counts long lists', () => {
    const csv = `楼栋,房号,楼层,面积\n${'1,101,1,88\n'.repeat(30)}`
    expect(
      summarizeInput({
        openid: 'wx-a',
        csv,
        ids: Array.from({ length: 25 }, (_, i) => i),
        nested: { a: { b: { c: { d: 1 } } } },
      }),
    ).toEqual({
      openid: 'wx-a',
      csv: `${csv.slice(0, 120)}… (${csv.length} chars, 32 lines)`,
      ids: [...Array.from({ length: 20 }, (_, i) => i), '… (25 items)'],
      nested: { a: { b: { c: '…' } } },
    })
  })

  it('the result id is a document id, or the openid of the person acted on', () => {
    expect(resultIdOf({ id: 'o1', openid: 'wx-a' })).toBe('o1')
    expect(resultIdOf({ openid: 'wx-a' })).toBe('wx-a')
    expect(resultIdOf({ rows: 3 })).toBeNull()
    expect(resultIdOf(null)).toBeNull()
  })
})
