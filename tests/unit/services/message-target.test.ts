import { messageTarget } from '../../../src/services/message-target'

describe('tapping a message opens what it is about, on the page of the reader’s role', () => {
  test.each([
    ['resident', '/pages/repair-detail/index?id=wo-1'],
    ['maintenance', '/staff/job/index?id=wo-1'],
    ['manager', '/admin/order/index?id=wo-1'],
  ] as const)('a repair notice for a %s opens %s', (role, url) => {
    expect(messageTarget({ type: 'repair', id: 'wo-1' }, role)).toEqual({ url, tab: false })
  })

  test('a guard has no order page, so the message only reads', () => {
    expect(messageTarget({ type: 'repair', id: 'wo-1' }, 'guard')).toBeNull()
  })

  test('a visitor’s arrival opens the pass; arrears open the bills; a notice opens the home tab', () => {
    expect(messageTarget({ type: 'visitor', id: 'vp-1' }, 'resident')).toEqual({
      url: '/life/visitor-pass/index?id=vp-1',
      tab: false,
    })
    expect(messageTarget({ type: 'late_board', id: 'late' }, 'manager')).toEqual({
      url: '/admin/late/index',
      tab: false,
    })
    expect(messageTarget({ type: 'bills', id: '1-101' }, 'resident')).toEqual({ url: '/life/bills/index', tab: false })
    expect(messageTarget({ type: 'announcement', id: 'a-1' }, 'resident')).toEqual({
      url: '/pages/index/index',
      tab: true,
    })
  })

  test('a survey invitation opens the survey for a resident to answer, and nothing for anyone else', () => {
    expect(messageTarget({ type: 'survey', id: 's-1' }, 'resident')).toEqual({
      url: '/voice/survey/index?id=s-1',
      tab: false,
    })
    expect(messageTarget({ type: 'survey', id: 's-1' }, 'maintenance')).toBeNull()
  })

  test('a kind this version does not know opens nothing', () => {
    expect(messageTarget({ type: 'parcel', id: 'p-1' }, 'resident')).toBeNull()
  })
})
