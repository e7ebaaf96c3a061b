import { useState } from 'react'
import Taro from '@tarojs/taro'
import { createRepairSchema } from '@core/repair/repair.schemas'
import type { Category, Priority } from '@core/repair/work-order'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import { ROUTES, withId } from '../../services/routes'
import { validate } from '../../services/validate'

export interface RepairDraft {
  category: Category | null
  priority: Priority
  description: string
  photos: string[]
}

/**
 * The new-repair form: validated with the same schema as the `repair` function, so the form
 * shows the function's own messages before anything is sent.
 */
export function useRepairForm() {
  const [draft, setDraft] = useState<RepairDraft>({ category: null, priority: 'normal', description: '', photos: [] })
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({})
  const [submitting, setSubmitting] = useState(false)

  const update = (patch: Partial<RepairDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setFieldErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch)) delete next[key]
      return next
    })
  }

  async function submit() {
    const input = validate(createRepairSchema, { ...draft, category: draft.category ?? undefined })
    if (!input.ok) return setFieldErrors(input.error.fieldErrors ?? {})
    setSubmitting(true)
    const created = await repairService.create(input.data)
    setSubmitting(false)
    if (!created.ok) {
      setFieldErrors(created.error.fieldErrors ?? {})
      return void Taro.showToast({ title: friendlyMessage(created.error), icon: 'none' })
    }
    void Taro.showToast({ title: '已提交', icon: 'success' })
    void Taro.redirectTo({ url: withId(ROUTES.repairDetail, created.data.id) })
  }

  return { draft, update, fieldErrors, submitting, submit }
}
