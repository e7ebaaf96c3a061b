import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Switch, TextArea } from '@nutui/nutui-react-taro'
import { FEEDBACK_KINDS, FEEDBACK_TOPICS, type FeedbackKind, type FeedbackTopic } from '@core/feedback/feedback'
import { KIND_LABEL } from '@core/feedback/feedback.labels'
import { createFeedbackSchema, FEEDBACK_TEXT_MAX } from '@core/feedback/feedback.schemas'
import { Field, FieldError } from '../../components/common/form-field'
import { Choice } from '../../components/estate/choice'
import { TOPIC_LABEL } from '../../components/voice/labels'
import { useRemote } from '../../components/hooks/use-remote'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import { feedbackService } from '../../services/feedback.service'
import { validate } from '../../services/validate'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { withId } from '../../services/routes'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

/** One id per tap of 提交, so a retried submission is not filed twice. */
const newRequestId = () => `fb-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

/** The workers who have held the household's repairs, most recent first: whom a resident can praise. */
function useServedBy(): { openid: string; name: string }[] {
  const orders = useRemote(() => repairService.list({ scope: 'mine', limit: 50 }))
  const reload = orders.reload
  useEffect(() => {
    void reload()
  }, [reload])
  const seen = new Map<string, string>()
  for (const o of orders.data?.items ?? [])
    if (o.assigneeOpenid && o.assigneeName) seen.set(o.assigneeOpenid, o.assigneeName)
  return [...seen].map(([openid, name]) => ({ openid, name }))
}

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
  const [praised, setPraised] = useState<string | null>(null)
  const served = useServedBy()

  async function submit() {
    const input = validate(createFeedbackSchema, {
      kind,
      topic,
      description,
      anonymous,
      requestId,
      staffOpenid: kind === 'praise' ? (praised ?? undefined) : undefined,
    })
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
    <ElderView>
      <View className="ll-card">
        <View className="ll-card__title">类型</View>
        <Choice
          options={FEEDBACK_KINDS}
          labels={KIND_LABEL}
          value={kind}
          onChange={setKind}
          className="ll-feedback-kind"
        />
        {kind === 'praise' && (
          <View>
            <View className="ll-card__title">表扬谁</View>
            {served.length > 0 ? (
              <Choice
                options={served.map((s) => s.openid)}
                labels={Object.fromEntries(served.map((s) => [s.openid, s.name]))}
                value={praised}
                onChange={setPraised}
                className="ll-feedback-praised"
                variant="chips"
              />
            ) : (
              <View className="ll-hint">上门为您服务过的工作人员会显示在这里</View>
            )}
            <FieldError errors={errors} fields={['staffOpenid']} />
          </View>
        )}
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
    </ElderView>
  )
}
