import { PRIORITIES, TIMERS, type Category, type Priority, type Timer } from '@core/repair/work-order'

/** Contracted minutes as typed: one text per category, priority and timer; empty keeps the estate's. */
export type SlaDraft = Partial<Record<Category, Partial<Record<Priority, Partial<Record<Timer, string>>>>>>

/** The vendor registration form as typed. */
export interface VendorDraft {
  name: string
  categories: Category[]
  contractFrom: string
  contractTo: string
  contactName: string
  contactPhone: string
  sla: SlaDraft
}

export const EMPTY_VENDOR_DRAFT: VendorDraft = {
  name: '',
  categories: [],
  contractFrom: '',
  contractTo: '',
  contactName: '',
  contactPhone: '',
  sla: {},
}

/** Only fully typed priorities count; a half-filled row is the estate's until finished. */
export function slaOf(draft: VendorDraft) {
  const sla: Record<string, Record<string, Record<Timer, number>>> = {}
  for (const category of draft.categories) {
    for (const priority of PRIORITIES) {
      const typed = draft.sla[category]?.[priority] ?? {}
      if (TIMERS.every((t) => (typed[t] ?? '').trim() !== '')) {
        sla[category] = { ...sla[category], [priority]: { response: 0, arrival: 0, resolution: 0 } }
        for (const t of TIMERS) sla[category]![priority]![t] = Number(typed[t])
      }
    }
  }
  return sla
}

/** The draft with one contracted window typed (minutes, as text). */
export const withMinutes = (
  draft: VendorDraft,
  category: Category,
  priority: Priority,
  timer: Timer,
  value: string,
): VendorDraft => ({
  ...draft,
  sla: {
    ...draft.sla,
    [category]: { ...draft.sla[category], [priority]: { ...draft.sla[category]?.[priority], [timer]: value } },
  },
})
