import { z } from '../shared/zod'

const incidentId = z.string().trim().min(1, '缺少事件编号').max(64)
const isoTime = z.iso.datetime({ offset: true, error: '时间格式无效' }).transform((t) => new Date(t).toISOString())
const text = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(300, `${what}不超过 300 字`)

export const incidentRefSchema = z.object({ id: incidentId })

/** A manager confirms a proposed incident (or corrects an open one): what residents are told, and when it should be fixed. */
export const openIncidentSchema = z.object({
  id: incidentId,
  title: text('事件标题').optional(),
  eta: isoTime.optional(),
})

export const incidentUpdateSchema = z.object({ id: incidentId, text: text('进展'), eta: isoTime.optional() })

export const resolveIncidentSchema = z.object({ id: incidentId, resolution: text('处理结果') })

/** live: proposed and open (managers); mine: open incidents that concern the resident's building. */
export const listIncidentsSchema = z.object({ scope: z.enum(['live', 'all', 'mine']).default('live') })
