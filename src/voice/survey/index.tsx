import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro'
import { checkAnswers, type AnswerValue, type Question } from '@core/feedback/survey'
import { formatLocal } from '@core/shared/time'
import { useAction } from '../../components/billing/use-action'
import { FieldError } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { Choice } from '../../components/estate/choice'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { MultiChoice } from '../../components/voice/multi-choice'
import { feedbackService } from '../../services/feedback.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

const labelsOf = (options: readonly string[]) => Object.fromEntries(options.map((o) => [o, o]))

/** One question's input, by type; the value is what the server stores. */
function AnswerInput({
  question,
  value,
  onChange,
}: {
  question: Question
  value: AnswerValue | undefined
  onChange: (value: AnswerValue) => void
}) {
  const marker = `ll-survey-answer__${question.type}`
  switch (question.type) {
    case 'single':
      return (
        <Choice
          options={question.options}
          labels={labelsOf(question.options)}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          className={marker}
          variant="chips"
        />
      )
    case 'multiple':
      return (
        <MultiChoice
          options={question.options}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          className={marker}
        />
      )
    case 'rating':
      return <Rate className={marker} value={typeof value === 'number' ? value : 0} onChange={onChange} />
    case 'text':
      return (
        <TextArea
          className={marker}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          placeholder="请填写"
          maxLength={500}
        />
      )
  }
}

/** 填写问卷: every question on one page; required ones marked; once sent, a thank-you instead. */
export default function SurveyAnswerPage() {
  const id = useRouter().params.id ?? ''
  const survey = useRemote(() => feedbackService.survey(id))
  usePageRefresh(survey.reload)
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({})
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  const item = survey.data

  async function submit() {
    if (!item) return
    // The server's own check, so the first unanswered required question is marked before sending.
    const checked = checkAnswers(item, answers)
    if (!checked.ok) {
      setErrors(checked.error.fieldErrors ?? {})
      return void Taro.showToast({ title: '请完成标 * 的题目', icon: 'none' })
    }
    setErrors({})
    const sent = await action.run(() => feedbackService.answerSurvey(id, checked.value), '提交成功', {
      CONFLICT: item.answerPer === 'household' ? '您家已经提交过这份问卷' : '您已经提交过这份问卷',
    })
    if (sent) survey.replace({ ...item, answered: true })
  }

  return (
    <ElderView>
      <ListState
        loading={survey.loading}
        error={survey.error}
        count={item ? 1 : null}
        emptyText=""
        onRetry={() => void survey.reload()}
      >
        {item && (
          <View>
            <View className="ll-card">
              <View className="ll-card__title ll-survey-heading">{item.title}</View>
              {item.intro && <View>{item.intro}</View>}
              <View className="ll-hint">
                截止 {formatLocal(item.closesAt, 'MM月DD日 HH:mm')}
                {item.anonymous ? ' · 匿名填写' : ''}
                {item.answerPer === 'household' ? ' · 每户一份' : ''}
              </View>
            </View>
            {item.answered ? (
              <View className="ll-card ll-survey-thanks">感谢您的参与，您的答卷已提交。</View>
            ) : (
              <View>
                {item.questions.map((q, i) => (
                  <View key={q.id} className={`ll-card ll-survey-answer ll-survey-answer--${q.id}`}>
                    <View className="ll-card__title">
                      {i + 1}. {q.title}
                      {q.required && <View className="ll-required">*</View>}
                    </View>
                    <AnswerInput
                      question={q}
                      value={answers[q.id]}
                      onChange={(value) => {
                        setAnswers({ ...answers, [q.id]: value })
                        setErrors({})
                      }}
                    />
                    <FieldError errors={errors} fields={[`answers.${q.id}`]} />
                  </View>
                ))}
                <View className="ll-actions">
                  <Button
                    className="ll-survey-answer-submit ll-voice-button"
                    type="primary"
                    block
                    disabled={action.busy}
                    onClick={() => void submit()}
                  >
                    提交问卷
                  </Button>
                </View>
              </View>
            )}
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
