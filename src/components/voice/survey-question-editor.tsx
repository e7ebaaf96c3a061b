import { View } from '@tarojs/components'
import { Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import { QUESTION_TYPE_LABEL } from '@core/feedback/feedback.labels'
import { QUESTION_TYPES } from '@core/feedback/survey'
import { Field, FieldError } from '../common/form-field'
import { Choice } from '../estate/choice'
import { hasOptions, type DraftQuestion } from './survey-draft'

/** One question of a survey being written: its type, title, choices and whether it must be answered. */
export function QuestionEditor({
  index,
  question,
  errors,
  onChange,
  onRemove,
}: {
  index: number
  question: DraftQuestion
  errors: Record<string, string[]>
  onChange: (q: DraftQuestion) => void
  onRemove: () => void
}) {
  const at = `questions.${index}`
  return (
    <View className={`ll-card ll-survey-question ll-survey-question--${index}`}>
      <View className="ll-voice-line">
        <View className="ll-card__title">第 {index + 1} 题</View>
        <View className="ll-survey-question__remove ll-link" onClick={onRemove}>
          删除
        </View>
      </View>
      <Choice
        options={QUESTION_TYPES}
        labels={QUESTION_TYPE_LABEL}
        value={question.type}
        onChange={(type) => onChange({ ...question, type, options: hasOptions(type) ? question.options : '' })}
        className="ll-survey-question__type"
      />
      <Input
        className="ll-survey-question__title"
        value={question.title}
        onChange={(title) => onChange({ ...question, title })}
        placeholder="题目"
        maxLength={100}
      />
      <FieldError errors={errors} fields={[`${at}.title`]} />
      {hasOptions(question.type) && (
        <TextArea
          className="ll-survey-question__options"
          value={question.options}
          onChange={(options) => onChange({ ...question, options })}
          placeholder={'选项，每行一个'}
          maxLength={1000}
        />
      )}
      <FieldError errors={errors} fields={[`${at}.options`, `${at}`]} />
      <Field label="必答">
        <Switch
          className="ll-survey-question__required"
          checked={question.required}
          onChange={(required) => onChange({ ...question, required })}
        />
      </Field>
    </View>
  )
}
