import { Picker, Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Switch, TextArea } from '@nutui/nutui-react-taro'
import { DESCRIPTION_MAX } from '@core/repair/repair.schemas'
import { CATEGORIES } from '@core/repair/work-order'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import { serverClock } from '../../services/clock.service'
import { Field, FieldError, FieldValue } from '../common/form-field'
import { Choice } from '../estate/choice'
import { PhotoPicker } from '../common/photo-picker'
import type { RepairDraft } from '../hooks/use-repair-form'
import { CATEGORY_LABEL } from './labels'
import { SLOT_DAYS_AHEAD, type SlotDraft } from './preferred-slot'
import '../common/common.scss'
import './repair.scss'

interface Props {
  draft: RepairDraft
  fieldErrors: Record<string, string[]>
  submitting: boolean
  onChange: (patch: Partial<RepairDraft>) => void
  onToggleSlot: (on: boolean) => void
  onSubmit: () => void
}

/** The day and the start and end times of the visit the resident would like. */
function SlotPicker({ slot, onChange }: { slot: SlotDraft; onChange: (slot: SlotDraft) => void }) {
  const today = dayjs(serverClock.now()).tz(ESTATE_TZ)
  return (
    <View className="ll-repair-form__slot">
      <Picker
        mode="date"
        value={slot.date}
        start={today.format('YYYY-MM-DD')}
        end={today.add(SLOT_DAYS_AHEAD, 'day').format('YYYY-MM-DD')}
        onChange={(e) => onChange({ ...slot, date: String(e.detail.value) })}
      >
        <Field label="日期">
          <FieldValue className="ll-repair-form__slot-date">{slot.date} ›</FieldValue>
        </Field>
      </Picker>
      <Picker mode="time" value={slot.from} onChange={(e) => onChange({ ...slot, from: String(e.detail.value) })}>
        <Field label="开始">
          <FieldValue className="ll-repair-form__slot-from">{slot.from} ›</FieldValue>
        </Field>
      </Picker>
      <Picker mode="time" value={slot.to} onChange={(e) => onChange({ ...slot, to: String(e.detail.value) })}>
        <Field label="结束">
          <FieldValue className="ll-repair-form__slot-to">{slot.to} ›</FieldValue>
        </Field>
      </Picker>
    </View>
  )
}

/** The new-repair form: category, urgency, description with a counter, photos, a preferred visiting time. */
export function RepairForm({ draft, fieldErrors, submitting, onChange, onToggleSlot, onSubmit }: Props) {
  return (
    <View className="ll-repair-form">
      <View className="ll-card">
        <View className="ll-card__title">报修类别</View>
        {/* Chips rather than an action sheet: one tap, and no popup library in the main package. */}
        <Choice
          variant="chips"
          options={CATEGORIES}
          labels={CATEGORY_LABEL}
          value={draft.category}
          onChange={(category) => onChange({ category })}
          className="ll-repair-form__category"
        />
        <FieldError errors={fieldErrors} fields={['category']} />
      </View>
      <CellGroup>
        <Cell
          title="紧急报修"
          description={
            <>
              漏水、断电、被困电梯等，<Text className="ll-nowrap">24 小时</Text>优先响应
            </>
          }
          extra={
            <Switch
              className="ll-repair-form__urgent"
              checked={draft.priority === 'urgent'}
              onChange={(on) => onChange({ priority: on ? 'urgent' : 'normal' })}
            />
          }
        />
      </CellGroup>
      <View className="ll-card">
        <View className="ll-card__title">问题描述</View>
        <TextArea
          className="ll-repair-form__description"
          value={draft.description}
          onChange={(description) => onChange({ description })}
          placeholder="请描述问题的位置和情况，例如：厨房水槽下方水管漏水"
          maxLength={DESCRIPTION_MAX}
          showCount
        />
        <FieldError errors={fieldErrors} fields={['description']} />
      </View>
      <View className="ll-card">
        <View className="ll-card__title">照片（可选）</View>
        <PhotoPicker value={draft.photos} onChange={(photos) => onChange({ photos })} />
        <FieldError errors={fieldErrors} fields={['photos']} />
      </View>
      <CellGroup>
        <Cell
          title="预约上门时间（可选）"
          description="不预约则由师傅尽快联系您"
          extra={
            <Switch className="ll-repair-form__slot-switch" checked={draft.slot !== null} onChange={onToggleSlot} />
          }
        />
      </CellGroup>
      {draft.slot && (
        <View className="ll-card">
          <SlotPicker slot={draft.slot} onChange={(slot) => onChange({ slot })} />
          <FieldError errors={fieldErrors} fields={['preferredSlot', 'preferredSlot.from', 'preferredSlot.to']} />
        </View>
      )}
      <View className="ll-actions">
        <Button
          className="ll-repair-form__submit"
          type="primary"
          block
          loading={submitting}
          disabled={submitting}
          onClick={onSubmit}
        >
          提交报修
        </Button>
      </View>
    </View>
  )
}
