import { useState } from 'react'
import Taro from '@tarojs/taro'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import { windowErrors } from '@core/visitor/visitor-pass.machine'
import { createPassSchema } from '@core/visitor/visitor.schemas'
import { serverClock } from '../../services/clock.service'
import { friendlyMessage } from '../../services/errors'
import { ROUTES, withId } from '../../services/routes'
import { validate } from '../../services/validate'
import { visitorService } from '../../services/visitor.service'
import { useConsent } from './use-consent'

export interface VisitorDraft {
  visitorName: string
  visitorPhone: string
  /** Empty when the visitor walks in. */
  plate: string
  /** `YYYY-MM-DD` in the estate's zone. */
  date: string
  /** `HH:mm` in the estate's zone. */
  time: string
  /** How long the pass stays valid. */
  hours: number
  maxEntries: number
}

function freshDraft(): VisitorDraft {
  const now = dayjs(serverClock.now()).tz(ESTATE_TZ)
  return {
    visitorName: '',
    visitorPhone: '',
    plate: '',
    date: now.format('YYYY-MM-DD'),
    time: now.format('HH:mm'),
    hours: 4,
    maxEntries: 1,
  }
}

/** The draft as the `create` command: the estate's local date and time become UTC instants. */
function toCommand(draft: VisitorDraft) {
  const from = dayjs.tz(`${draft.date} ${draft.time}`, ESTATE_TZ)
  return {
    visitorName: draft.visitorName,
    visitorPhone: draft.visitorPhone,
    plate: draft.plate.trim() || undefined,
    validFrom: from.toISOString(),
    validUntil: from.add(draft.hours, 'hour').toISOString(),
    maxEntries: draft.maxEntries,
  }
}

/**
 * The booking form: checked with the `visitor` function's own schema and window rules, so the
 * form shows the function's messages before anything is sent.
 */
export function useVisitorForm() {
  const [draft, setDraft] = useState<VisitorDraft>(freshDraft)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({})
  const [submitting, setSubmitting] = useState(false)
  const askConsent = useConsent('bookVisitor')

  const update = (patch: Partial<VisitorDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setFieldErrors({})
  }

  async function submit() {
    const input = validate(createPassSchema, toCommand(draft))
    if (!input.ok) return setFieldErrors(input.error.fieldErrors ?? {})
    const window = windowErrors(input.data, new Date(serverClock.now()).toISOString())
    if (Object.keys(window).length > 0) return setFieldErrors(window)
    setSubmitting(true)
    // Inside the tap, before any network wait: WeChat opens its consent sheet only there.
    await askConsent()
    const created = await visitorService.create(input.data)
    setSubmitting(false)
    if (!created.ok) {
      setFieldErrors(created.error.fieldErrors ?? {})
      return void Taro.showToast({
        title: friendlyMessage(created.error, { RATE_LIMITED: '今天预约的访客太多了，请明天再试' }),
        icon: 'none',
      })
    }
    void Taro.showToast({ title: '预约成功', icon: 'success' })
    void Taro.redirectTo({ url: withId(ROUTES.visitorPass, created.data.id) })
  }

  return { draft, update, fieldErrors, submitting, submit }
}
