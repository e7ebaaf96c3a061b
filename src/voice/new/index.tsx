import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Switch, TextArea } from '@nutui/nutui-react-taro'
import { FEEDBACK_KINDS, FEEDBACK_TOPICS, type FeedbackKind, type FeedbackTopic } from '@core/feedback/feedback'
import { KIND_LABEL } from '@core/feedback/feedback.labels'
import { createFeedbackSchema, FEEDBACK_TEXT_MAX } from '@core/feedback/feedback.schemas'
import { Field, FieldError } from '../../components/common/form-field'
import { Choice } from '../../components/estate/choice'
import { TOPIC_LABEL } from '../../components/voice/labels'
import { friendlyMessage } from '../../services/errors'
import { feedbackService } from '../../services/feedback.service'
import { validate } from '../../services/validate'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { withId } from '../../services/routes'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

/** One id per tap of 提交, so a retried submission is not filed twice. */
const newRequestId = () => `fb-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

/** 我要投诉/建议/表扬: kind, topic, what happened, and whether to stay anonymous to staff. */
export default function NewFeedbackPage() {
  const initial = (useRouter().params.kind ?? 'complaint') as FeedbackKind
  const [kind, setKind] = useState<FeedbackKind>(FEEDBACK_KINDS.includes(initial) ? initial : 'complaint')
  const [topic, setTopic] = useState<FeedbackTopic | null>(null)
  const [description, setDescription] = useState('')
  const [anonymous, setAnonymous] = useState(false)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [busy, setBusy] = useState(false)
  const [requestId] = useState(newRequestId)

  async function submit() {
    const input = validate(createFeedbackSchema, { kind, topic, description, anonymous, requestId })
    if (!input.ok) return setErrors(input.error.fieldErrors ?? {})
    setBusy(true)
    const reply = await feedbackService.create(input.data)
    setBusy(false)
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {})
      return void Taro.showToast({ title: friendlyMessage(reply.error), icon: 'none' })
    }
    void Taro.redirectTo({ url: withId(VOICE_ROUTES.detail, reply.data.id) })
  }

  return (
    <View>
      <View className="ll-card">
        <View className="ll-card__title">类型</View>
        <Choice
          options={FEEDBACK_KINDS.filter((k) => k !== 'praise')}
          labels={KIND_LABEL}
          value={kind}
          onChange={setKind}
          className="ll-feedback-kind"
        />
        <View className="ll-card__title">事项</View>
        <Choice
          options={FEEDBACK_TOPICS}
          labels={TOPIC_LABEL}
          value={topic}
          onChange={setTopic}
          className="ll-feedback-topic"
          variant="chips"
        />
        <FieldError errors={errors} fields={['topic']} />
        <TextArea
          className="ll-feedback-description"
          value={description}
          onChange={setDescription}
          placeholder="请描述具体情况"
          maxLength={FEEDBACK_TEXT_MAX}
          showCount
        />
        <FieldError errors={errors} fields={['description']} />
        <Field label="匿名（工作人员看不到您的姓名和房号）">
          <Switch className="ll-feedback-anonymous" checked={anonymous} onChange={setAnonymous} />
        </Field>
      </View>
      <View className="ll-actions">
        <Button
          className="ll-feedback-submit ll-voice-button"
          type="primary"
          block
          disabled={busy}
          onClick={() => void submit()}
        >
          提交
        </Button>
      </View>
    </View>
  )
}
