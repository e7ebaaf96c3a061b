import { createRepairSchema } from '@core/repair/repair.schemas'
import { defaultSlot, slotCommand } from '../../../src/components/repair/preferred-slot'

/** Shanghai wall-clock time on 2026-11-27 as ms since epoch. */
const shanghai = (hhmm: string, day = '2026-11-27') => Date.parse(`${day}T${hhmm}:00+08:00`)

describe('the visiting window offered first', () => {
  test.each([
    ['10:20', { date: '2026-11-27', from: '11:00', to: '13:00' }],
    ['18:59', { date: '2026-11-27', from: '19:00', to: '21:00' }],
    // Too late for a visit today: tomorrow morning.
    ['19:05', { date: '2026-11-28', from: '09:00', to: '11:00' }],
    ['23:40', { date: '2026-11-28', from: '09:00', to: '11:00' }],
    // In the small hours: this morning, once workers are out.
    ['02:10', { date: '2026-11-27', from: '09:00', to: '11:00' }],
  ])('asked at %s -> %o', (hhmm, slot) => expect(defaultSlot(shanghai(hhmm))).toEqual(slot))
})

describe('the window as the create command carries it', () => {
  test('local times become UTC instants the schema accepts', () => {
    const preferredSlot = slotCommand({ date: '2026-11-28', from: '09:00', to: '11:00' })
    expect(preferredSlot).toEqual({ from: '2026-11-28T01:00:00.000Z', to: '2026-11-28T03:00:00.000Z' })
    expect(createRepairSchema.safeParse({ category: 'plumbing', description: '漏水', preferredSlot }).success).toBe(
      true,
    )
  })

  test('an end before the start is refused with the schema’s own words', () => {
    const parsed = createRepairSchema.safeParse({
      category: 'plumbing',
      description: '漏水',
      preferredSlot: slotCommand({ date: '2026-11-28', from: '11:00', to: '10:00' }),
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['preferredSlot.to', '预约时段至少 30 分钟'],
    ])
  })
})
