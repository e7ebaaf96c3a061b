import { useState } from 'react'
import Taro from '@tarojs/taro'
import { createRepairSchema } from '@core/repair/repair.schemas'
import type { Category, Priority } from '@core/repair/work-order'
import { serverClock } from '../../services/clock.service'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import { ROUTES, withId } from '../../services/routes'
import { validate } from '../../services/validate'
import { defaultSlot, slotCommand, type SlotDraft } from '../repair/preferred-slot'
import { useConsent } from './use-consent'

export interface RepairDraft {
  category: Category | null
  priority: Priority
  description: string
  photos: string[]
  /** The visiting window the resident would like; null leaves it to the worker. */
  slot: SlotDraft | null
}

/** Draft fields -> the schema's error keys each one clears when edited. */
const ERROR_KEYS: Record<keyof RepairDraft, string> = {
  category: 'category',
  priority: 'priority',
  description: 'description',
  photos: 'photos',
  slot: 'preferredSlot',
}

/**
 * The new-repair form: validated with the same schema as the `repair` function, so the form
 * shows the function's own messages before anything is sent.
 */
export function useRepairForm() {
  const [draft, setDraft] = useState<RepairDraft>({
    category: null,
    priority: 'normal',
    description: '',
    photos: [],
    slot: null,
  })
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({})
  const [submitting, setSubmitting] = useState(false)
  const askConsent = useConsent('submitRepair')

  const update = (patch: Partial<RepairDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setFieldErrors((e) => {
      const cleared = Object.keys(patch).map((key) => ERROR_KEYS[key as keyof RepairDraft])
      return Object.fromEntries(
        Object.entries(e).filter(([key]) => !cleared.some((c) => key === c || key.startsWith(`${c}.`))),
      )
    })
  }

  /** Turns the visiting window on (with a sensible first pick) or off. */
  const toggleSlot = (on: boolean) => update({ slot: on ? defaultSlot(serverClock.now()) : null })

  async function submit() {
    const { slot, ...fields } = draft
    const input = validate(createRepairSchema, {
      ...fields,
      category: fields.category ?? undefined,
      preferredSlot: slot ? slotCommand(slot) : undefined,
    })
    if (!input.ok) return setFieldErrors(input.error.fieldErrors ?? {})
    setSubmitting(true)
    // Inside the tap, before any network wait: WeChat opens its consent sheet only there.
    await askConsent()
    const created = await repairService.create(input.data)
    setSubmitting(false)
    if (!created.ok) {
      setFieldErrors(created.error.fieldErrors ?? {})
      return void Taro.showToast({ title: friendlyMessage(created.error), icon: 'none' })
    }
    void Taro.showToast({ title: '已提交', icon: 'success' })
    void Taro.redirectTo({ url: withId(ROUTES.repairDetail, created.data.id) })
  }

  return { draft, update, toggleSlot, fieldErrors, submitting, submit }
}
