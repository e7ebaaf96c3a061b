import type { z } from '@core/shared/zod'
import type {
  assignRepairSchema,
  cancelRepairSchema,
  completeRepairSchema,
  confirmRepairSchema,
  CreateRepairInput,
  holdRepairSchema,
  ListRepairsInput,
  reopenRepairSchema,
  transferRepairSchema,
} from '@core/repair/repair.schemas'
import {
  orderContactReply,
  photoLinksReply,
  staffRefListReply,
  workOrderListReply,
  workOrderPageReply,
  workOrderReply,
} from '@core/repair/repair.replies'
import type { GeoPoint } from '@core/repair/on-site-proof'
import { actionsOf, callCreate } from './call'

const repair = actionsOf('repair')
const change = (action: string, fields: object) => repair(action, workOrderReply, fields)

/** The `repair` cloud function, one method per action. */
export const repairService = {
  create: (input: CreateRepairInput) => callCreate('repair', { action: 'create', ...input }, workOrderReply),
  get: (id: string) => repair('get', workOrderReply, { id }),
  list: (input: ListRepairsInput) => repair('list', workOrderPageReply, input),
  /** Managers: open orders overdue or near a deadline, oldest breach first. */
  late: () => repair('late', workOrderListReply),
  accept: (id: string) => change('accept', { id }),
  start: (id: string) => change('start', { id }),
  /** On-site proof: arrival, with the device's location when it gives one. */
  checkIn: (id: string, location?: GeoPoint) => change('checkIn', { id, location }),
  /** Pauses the clocks (waiting for parts or the resident). */
  hold: (input: z.input<typeof holdRepairSchema>) => change('hold', input),
  resume: (id: string) => change('resume', { id }),
  /** Who the job can be handed to (maintenance workers other than its holder). */
  transferTargets: (id: string) => repair('transferTargets', staffRefListReply, { id }),
  transfer: (input: z.input<typeof transferRepairSchema>) => change('transfer', input),
  complete: (input: z.input<typeof completeRepairSchema>) => change('complete', input),
  confirm: (input: z.input<typeof confirmRepairSchema>) => change('confirm', input),
  reopen: (input: z.input<typeof reopenRepairSchema>) =>
    callCreate('repair', { action: 'reopen', ...input }, workOrderReply),
  cancel: (input: z.input<typeof cancelRepairSchema>) => change('cancel', input),
  assign: (input: z.input<typeof assignRepairSchema>) => change('assign', input),
  /** 催单: residents, a late job, once per 30 minutes. */
  hurry: (id: string) => change('hurry', { id }),
  /** The number behind the order's call button. */
  contact: (id: string) => repair('contact', orderContactReply, { id }),
  /** Short-lived links to the order's photos, for platforms that cannot read storage directly. */
  photoUrls: (id: string) => repair('photoUrls', photoLinksReply, { id }),
}
