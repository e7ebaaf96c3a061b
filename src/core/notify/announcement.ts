import { withRequestId } from '../shared/request-id'
import { z } from '../shared/zod'

/** A notice (公告) from the property office to the whole estate or to some buildings. */
export interface Announcement {
  id: string
  version: number
  title: string
  body: string
  /** Buildings it is for; null for the whole estate. */
  buildings: string[] | null
  /** Emergency notices are pinned on the home page and pushed to every resident concerned. */
  emergency: boolean
  createdAt: string
  byOpenid: string
  withdrawnAt: string | null
}

export const announceSchema = z.object({
  title: z.string({ error: '请填写标题' }).trim().min(1, '请填写标题').max(30, '标题不超过 30 字'),
  body: z.string({ error: '请填写内容' }).trim().min(1, '请填写内容').max(1000, '内容不超过 1000 字'),
  /** Absent or empty: the whole estate. */
  buildings: z.array(z.string().trim().min(1).max(16)).max(100).optional(),
  emergency: z.boolean().default(false),
  ...withRequestId,
})

/** Whether someone living in `building` (null: not a resident, e.g. a guest) should see it. */
export function concerns(announcement: Pick<Announcement, 'buildings'>, building: string | null): boolean {
  return announcement.buildings === null || (building !== null && announcement.buildings.includes(building))
}

/** Emergencies first, then newest. */
export function byPinThenNewest(a: Announcement, b: Announcement): number {
  return Number(b.emergency) - Number(a.emergency) || b.createdAt.localeCompare(a.createdAt)
}
