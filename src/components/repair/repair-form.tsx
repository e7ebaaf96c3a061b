import { useState } from 'react'
import { View } from '@tarojs/components'
import { ActionSheet, Button, Cell, CellGroup, Switch, TextArea } from '@nutui/nutui-react-taro'
import { DESCRIPTION_MAX } from '@core/repair/repair.schemas'
import { CATEGORIES } from '@core/repair/work-order'
import { PhotoPicker } from '../common/photo-picker'
import type { RepairDraft } from '../hooks/use-repair-form'
import { CATEGORY_LABEL } from './labels'
import '../common/common.scss'
import './repair.scss'

interface Props {
  draft: RepairDraft
  fieldErrors: Record<string, string[]>
  submitting: boolean
  onChange: (patch: Partial<RepairDraft>) => void
  onSubmit: () => void
}

const CATEGORY_OPTIONS = CATEGORIES.map((value) => ({ name: CATEGORY_LABEL[value] }))

function FieldError({ messages }: { messages?: string[] }) {
  return messages?.[0] ? <View className="ll-error-text">{messages[0]}</View> : null
}

/** The new-repair form: category, urgency, description with a counter, photos. */
export function RepairForm({ draft, fieldErrors, submitting, onChange, onSubmit }: Props) {
  const [picking, setPicking] = useState(false)
  return (
    <View className="ll-repair-form">
      <CellGroup>
        <Cell
          className="ll-repair-form__category"
          title="报修类别"
          extra={draft.category ? CATEGORY_LABEL[draft.category] : '请选择 ›'}
          clickable
          onClick={() => setPicking(true)}
        />
        <Cell
          title="紧急报修"
          description="漏水、断电、被困电梯等，24 小时优先响应"
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
        <FieldError messages={fieldErrors.category} />
        <View className="ll-card__title">问题描述</View>
        <TextArea
          className="ll-repair-form__description"
          value={draft.description}
          onChange={(description) => onChange({ description })}
          placeholder="请描述问题的位置和情况，例如：厨房水槽下方水管漏水"
          maxLength={DESCRIPTION_MAX}
          showCount
        />
        <FieldError messages={fieldErrors.description} />
      </View>
      <View className="ll-card">
        <View className="ll-card__title">照片（可选）</View>
        <PhotoPicker value={draft.photos} onChange={(photos) => onChange({ photos })} />
        <FieldError messages={fieldErrors.photos} />
      </View>
      <View className="ll-actions">
        <Button className="ll-repair-form__submit" type="primary" block loading={submitting} disabled={submitting} onClick={onSubmit}>
          提交报修
        </Button>
      </View>
      <ActionSheet
        visible={picking}
        title="选择报修类别"
        options={CATEGORY_OPTIONS}
        onSelect={(_option, index) => {
          onChange({ category: CATEGORIES[index] ?? null })
          setPicking(false)
        }}
        onCancel={() => setPicking(false)}
        cancelText="取消"
      />
    </View>
  )
}
