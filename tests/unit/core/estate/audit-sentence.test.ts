import type { AuditEntry } from '@core/estate/audit'
import { auditSentence } from '@core/estate/audit-sentence'

const NAMES: Record<string, string> = { 'staff-2': '张师傅', 'resident-9': '周阿姨' }
const nameOf = (openid: string) => NAMES[openid] ?? null

const entry = (action: string, input: unknown): Pick<AuditEntry, 'action' | 'by' | 'byName' | 'input'> => ({
  action,
  by: 'admin-1',
  byName: '刘经理',
  input,
})

// What no sentence may show: dotted action codes, snake_case or camelCase keys, openids, long ids.
const RAW = /[a-z]+\.[a-z]+|[a-z]+_[a-z]+|[a-z][A-Z]|staff-\d|resident-\d|[0-9a-f]{16,}|null/

describe('the audit log reads as Chinese sentences with names', () => {
  const cases: [string, unknown, string][] = [
    ['billing.run', { period: '2026-11' }, '刘经理生成了 2026 年 11 月的账单'],
    [
      'billing.saveItem',
      { name: '物业费', kind: 'per_m2_monthly', rateFen: 285, unitIds: null, period: null, active: true },
      '刘经理保存了收费项目「物业费」，2.85 元/㎡·月，适用全部住户',
    ],
    ['repair.assign', { id: 'a'.repeat(32), staffOpenid: 'staff-2' }, '刘经理把一张报修工单派给了张师傅'],
    ['admin.setStaff', { openid: 'staff-2', role: 'guard' }, '刘经理把张师傅的岗位设为门岗'],
    ['admin.rejectApplication', { id: 'resident-9', note: '房号不符' }, '刘经理驳回了周阿姨的入住申请，原因：房号不符'],
    ['admin.setDispatch', { category: 'plumbing', mode: 'grid' }, '刘经理把「水管漏水」的派单方式改为按网格自动派单'],
  ]
  it.each(cases)('%s', (action, input, sentence) => {
    expect(auditSentence(entry(action, input), nameOf)).toBe(sentence)
  })

  it('names someone the screen does not know as a role, never by openid', () => {
    const text = auditSentence(entry('repair.assign', { id: 'x', staffOpenid: 'staff-77' }), nameOf)
    expect(text).toBe('刘经理把一张报修工单派给了一位师傅')
  })

  it('an action without a sentence still reads as Chinese', () => {
    expect(auditSentence(entry('admin.somethingNew', { fooBar: 1 }), nameOf)).toBe('刘经理进行了一项管理操作')
  })

  it('no sentence shows a code, a key or an id', () => {
    for (const [action, input] of cases) expect(auditSentence(entry(action, input), nameOf)).not.toMatch(RAW)
  })
})
