import { Picker, View } from '@tarojs/components'
import { Button, Input, InputNumber } from '@nutui/nutui-react-taro'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import { PASS_LIMITS } from '@core/visitor/visitor-pass'
import { serverClock } from '../../services/clock.service'
import { Field, FieldError, FieldValue } from '../common/form-field'
import type { VisitorDraft } from '../hooks/use-visitor-form'
import '../common/common.scss'
import './visitor.scss'

interface Props {
  draft: VisitorDraft
  fieldErrors: Record<string, string[]>
  submitting: boolean
  onChange: (patch: Partial<VisitorDraft>) => void
  onSubmit: () => void
}

const DURATIONS = [2, 4, 8, 12, 24].filter((h) => h <= PASS_LIMITS.maxWindowHours)
const DURATION_LABELS = DURATIONS.map((h) => `${h} 小时`)

/** Book a visitor: who, when (date, start, how long), how many entries. */
export function VisitorForm({ draft, fieldErrors, submitting, onChange, onSubmit }: Props) {
  const today = dayjs(serverClock.now()).tz(ESTATE_TZ)
  return (
    <View className="ll-visitor-form">
      <View className="ll-card">
        <Field label="访客姓名">
          <Input
            className="ll-visitor-form__name"
            value={draft.visitorName}
            onChange={(visitorName) => onChange({ visitorName })}
            placeholder="请输入姓名"
            maxLength={20}
          />
        </Field>
        <Field label="手机号">
          <Input
            className="ll-visitor-form__phone"
            type="number"
            value={draft.visitorPhone}
            onChange={(visitorPhone) => onChange({ visitorPhone })}
            placeholder="访客的 11 位手机号"
            maxLength={11}
          />
        </Field>
        <Field label="车牌号">
          <Input
            className="ll-visitor-form__plate"
            value={draft.plate}
            onChange={(plate) => onChange({ plate })}
            placeholder="驾车到访时填写（选填）"
            maxLength={8}
          />
        </Field>
        <FieldError errors={fieldErrors} fields={['visitorName', 'visitorPhone', 'plate']} />
      </View>
      <View className="ll-card">
        <View className="ll-card__title">到访时间</View>
        <Picker
          mode="date"
          value={draft.date}
          start={today.format('YYYY-MM-DD')}
          end={today.add(PASS_LIMITS.maxDaysAhead, 'day').format('YYYY-MM-DD')}
          onChange={(e) => onChange({ date: String(e.detail.value) })}
        >
          <Field label="日期">
            <FieldValue className="ll-visitor-form__date">{draft.date} ›</FieldValue>
          </Field>
        </Picker>
        <Picker mode="time" value={draft.time} onChange={(e) => onChange({ time: String(e.detail.value) })}>
          <Field label="开始时间">
            <FieldValue className="ll-visitor-form__time">{draft.time} ›</FieldValue>
          </Field>
        </Picker>
        <Picker
          mode="selector"
          range={DURATION_LABELS}
          value={Math.max(0, DURATIONS.indexOf(draft.hours))}
          onChange={(e) => onChange({ hours: DURATIONS[Number(e.detail.value)] ?? draft.hours })}
        >
          <Field label="有效时长">
            <FieldValue>{draft.hours} 小时 ›</FieldValue>
          </Field>
        </Picker>
        <Field label="可进入次数">
          <FieldValue>
            <InputNumber
              value={draft.maxEntries}
              min={1}
              max={PASS_LIMITS.maxEntries}
              onChange={(value) => onChange({ maxEntries: Number(value) })}
            />
          </FieldValue>
        </Field>
        <FieldError errors={fieldErrors} fields={['validFrom', 'validUntil', 'maxEntries']} />
      </View>
      <View className="ll-actions">
        <Button
          className="ll-visitor-form__submit"
          type="primary"
          block
          loading={submitting}
          disabled={submitting}
          onClick={onSubmit}
        >
          生成通行证
        </Button>
      </View>
    </View>
  )
}
