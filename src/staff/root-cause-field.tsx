import { View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { DESCRIPTION_MAX } from '@core/repair/repair.schemas'
import { ROOT_CAUSE_LABEL, ROOT_CAUSES, type RootCauseCode } from '@core/repair/repeat-fault'
import { Choice } from '../components/estate/choice'

export interface RootCauseDraft {
  code: RootCauseCode | ''
  text: string
}

export const EMPTY_CAUSE: RootCauseDraft = { code: '', text: '' }

/** Why a repeat fault (返修) came back: one cause from the list and the worker's own words. */
export function RootCauseField({ value, onChange }: { value: RootCauseDraft; onChange: (v: RootCauseDraft) => void }) {
  return (
    <View className="ll-root-cause">
      <View className="ll-hint">返修工单：请选择返修原因并说明</View>
      <Choice
        options={ROOT_CAUSES}
        labels={ROOT_CAUSE_LABEL}
        value={value.code === '' ? null : value.code}
        variant="chips"
        onChange={(code) => onChange({ ...value, code })}
        className="ll-root-cause__code"
      />
      <TextArea
        className="ll-root-cause__text"
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        placeholder="这次的真正原因，例如：上次更换的阀门是次品"
        maxLength={DESCRIPTION_MAX}
        showCount
      />
    </View>
  )
}
