import { ESTATE } from './model'
import type { EstateHost } from './estate-host'

/** The seed's property manager: the office in every policy. */
export const MANAGER = 'admin-1'
/** The seed's two maintenance workers come first; the rest join with staff invite codes. */
const SEED_WORKERS = ['staff-1', 'staff-2']

export const residentOf = (unitIndex: number) => `household-${unitIndex}`
export const workerOpenid = (index: number) => SEED_WORKERS[index] ?? `worker-${index + 1}`

export interface UnitRef {
  id: string
  building: string
}

/** Building codes S1, S2, …; 100 homes each (25 floors, 4 a floor). */
export function unitAt(unitIndex: number): UnitRef {
  const building = `S${Math.floor(unitIndex / ESTATE.unitsPerBuilding) + 1}`
  const within = unitIndex % ESTATE.unitsPerBuilding
  const perFloor = ESTATE.unitsPerBuilding / ESTATE.floorsPerBuilding
  const number = `${Math.floor(within / perFloor) + 1}${String((within % perFloor) + 1).padStart(2, '0')}`
  return { id: `${building}-${number}`, building }
}

async function must<T>(
  reply: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
) {
  const settled = await reply
  if (!settled.ok) throw new Error(`estate setup refused: ${settled.error.code} ${settled.error.message}`)
  return settled.data
}

/**
 * Builds the estate as an office would, through public actions only: the manager imports the
 * units from CSV and hands out invite codes; every household and worker redeems one.
 */
export async function setUpEstate(host: EstateHost, units: number, workers: number): Promise<void> {
  const rows = Array.from({ length: units }, (_, i) => {
    const unit = unitAt(i)
    return `${unit.building},${unit.id.slice(unit.building.length + 1)},,90`
  })
  await must(host.call(MANAGER, 'admin', { action: 'importUnits', csv: ['楼栋,房号,楼层,面积', ...rows].join('\n') }))
  for (let i = 0; i < units; i++) {
    const invite = await must<{ id: string }>(
      host.call(MANAGER, 'admin', { action: 'createInvite', kind: 'unit', unitId: unitAt(i).id }),
    )
    await must(
      host.call(residentOf(i), 'me', {
        action: 'redeemInvite',
        code: invite.id,
        name: '住户',
        phone: `139${String(i).padStart(8, '0')}`,
        relation: 'owner',
      }),
    )
  }
  for (let w = SEED_WORKERS.length; w < workers; w++) {
    const invite = await must<{ id: string }>(
      host.call(MANAGER, 'admin', { action: 'createInvite', kind: 'staff', role: 'maintenance' }),
    )
    await must(
      host.call(workerOpenid(w), 'me', {
        action: 'redeemInvite',
        code: invite.id,
        name: `师傅${w + 1}`,
        phone: `137${String(w).padStart(8, '0')}`,
      }),
    )
  }
}
