import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { Button, Input, Switch, TextArea } from '@nutui/nutui-react-taro'
import type { AnswerPer } from '@core/feedback/survey'
import { createSurveySchema, type CreateSurveyInput } from '@core/feedback/survey.schemas'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import { useAction } from '../../components/billing/use-action'
import { Field, FieldError, FieldValue } from '../../components/common/form-field'
import { Choice } from '../../components/estate/choice'
import { useRemote } from '../../components/hooks/use-remote'
import { MultiChoice } from '../../components/voice/multi-choice'
import { blankQuestion, draftOf, nextId, questionOf, type DraftQuestion } from '../../components/voice/survey-draft'
import { QuestionEditor } from '../../components/voice/survey-question-editor'
import { serverClock } from '../../services/clock.service'
import { consoleService } from '../../services/console.service'
import { feedbackService } from '../../services/feedback.service'
import { validate } from '../../services/validate'
import '../../components/common/common.scss'
import '../../components/voice/voice.scss'

type Audience = 'estate' | 'buildings'
const AUDIENCE_LABEL: Record<Audience, string> = { estate: '全小区', buildings: '指定楼栋' }
const ANSWER_PER_LABEL: Record<AnswerPer, string> = { household: '每户一份', person: '每人一份' }

const today = () => dayjs(serverClock.now()).tz(ESTATE_TZ)
/** Opens at the start of its first day and closes at the end of its last, estate time. */
const startOf = (date: string) => dayjs.tz(date, ESTATE_TZ).toISOString()
const endOf = (date: string) => dayjs.tz(date, ESTATE_TZ).add(1, 'day').toISOString()

/** 新建问卷: questions, audience, open and close days, one answer per household or person; 保存 or 发布. */
export default function SurveyNewPage() {
  const [title, setTitle] = useState('')
  const [intro, setIntro] = useState('')
  const [questions, setQuestions] = useState<DraftQuestion[]>([blankQuestion('q1')])
  const [audience, setAudience] = useState<Audience>('estate')
  const [buildings, setBuildings] = useState<string[]>([])
  const [opens, setOpens] = useState(() => today().format('YYYY-MM-DD'))
  const [closes, setCloses] = useState(() => today().add(14, 'day').format('YYYY-MM-DD'))
  const [answerPer, setAnswerPer] = useState<AnswerPer>('household')
  const [anonymous, setAnonymous] = useState(false)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  const estate = useRemote(() => consoleService.buildings())
  const reloadBuildings = estate.reload
  useEffect(() => {
    void reloadBuildings()
  }, [reloadBuildings])
  const buildingNames = Object.fromEntries((estate.data?.items ?? []).map((b) => [b.code, b.name]))

  async function applyTemplate() {
    const template = await action.run(() => feedbackService.surveyTemplate(), null)
    if (!template) return
    setTitle(template.title)
    setIntro(template.intro ?? '')
    setQuestions(template.questions.map(draftOf))
    setAnswerPer(template.answerPer ?? 'household')
    setAnonymous(template.anonymous ?? false)
    setErrors({})
  }

  function input(): CreateSurveyInput {
    return {
      title,
      intro,
      questions: questions.map(questionOf),
      buildings: audience === 'estate' ? [] : buildings,
      opensAt: startOf(opens),
      closesAt: endOf(closes),
      answerPer,
      anonymous,
    }
  }

  async function save(publish: boolean) {
    if (audience === 'buildings' && buildings.length === 0) return setErrors({ buildings: ['请至少选择一栋楼'] })
    const checked = validate(createSurveySchema, input())
    if (!checked.ok) return setErrors(checked.error.fieldErrors ?? {})
    setErrors({})
    const created = await action.run(() => feedbackService.createSurvey(checked.data), publish ? null : '已保存')
    if (!created) return
    if (publish && !(await action.run(() => feedbackService.publishSurvey(created.id), '已发布'))) return
    // Back to the survey list, which reloads as it shows.
    void Taro.navigateBack()
  }

  const change = (index: number, next: DraftQuestion) => setQuestions(questions.map((q, i) => (i === index ? next : q)))
  return (
    <View>
      <View className="ll-actions">
        <Button
          className="ll-survey-template ll-voice-button"
          block
          disabled={action.busy}
          onClick={() => void applyTemplate()}
        >
          使用年度满意度模板
        </Button>
      </View>
      <View className="ll-card">
        <Input className="ll-survey-title" value={title} onChange={setTitle} placeholder="问卷标题" maxLength={60} />
        <FieldError errors={errors} fields={['title']} />
        <TextArea
          className="ll-survey-intro"
          value={intro}
          onChange={setIntro}
          placeholder="说明（选填）"
          maxLength={500}
        />
      </View>
      {questions.map((q, i) => (
        <QuestionEditor
          key={q.id}
          index={i}
          question={q}
          errors={errors}
          onChange={(next) => change(i, next)}
          onRemove={() => setQuestions(questions.filter((_, j) => j !== i))}
        />
      ))}
      <FieldError errors={errors} fields={['questions']} />
      <View className="ll-actions">
        <Button
          className="ll-survey-add-question ll-voice-button"
          block
          onClick={() => setQuestions([...questions, blankQuestion(nextId(questions))])}
        >
          ＋ 添加题目
        </Button>
      </View>
      <View className="ll-card">
        <View className="ll-card__title">发放范围</View>
        <Choice
          options={['estate', 'buildings'] as const}
          labels={AUDIENCE_LABEL}
          value={audience}
          onChange={setAudience}
          className="ll-survey-audience"
        />
        {audience === 'buildings' && (
          <MultiChoice
            options={(estate.data?.items ?? []).map((b) => b.code)}
            labels={buildingNames}
            value={buildings}
            onChange={setBuildings}
            className="ll-survey-buildings"
          />
        )}
        <FieldError errors={errors} fields={['buildings']} />
        <Picker mode="date" value={opens} onChange={(e) => setOpens(String(e.detail.value))}>
          <Field label="开始日期">
            <FieldValue className="ll-survey-opens">{opens} ›</FieldValue>
          </Field>
        </Picker>
        <Picker mode="date" value={closes} onChange={(e) => setCloses(String(e.detail.value))}>
          <Field label="截止日期（含当天）">
            <FieldValue className="ll-survey-closes">{closes} ›</FieldValue>
          </Field>
        </Picker>
        <FieldError errors={errors} fields={['opensAt', 'closesAt']} />
        <Choice
          options={['household', 'person'] as const}
          labels={ANSWER_PER_LABEL}
          value={answerPer}
          onChange={setAnswerPer}
          className="ll-survey-answer-per"
        />
        <Field label="匿名收集（结果中不显示房号）">
          <Switch className="ll-survey-anonymous" checked={anonymous} onChange={setAnonymous} />
        </Field>
      </View>
      <View className="ll-actions">
        <Button className="ll-survey-save ll-voice-button" disabled={action.busy} onClick={() => void save(false)}>
          保存草稿
        </Button>
        <Button
          className="ll-survey-submit ll-voice-button"
          type="primary"
          disabled={action.busy}
          onClick={() => void save(true)}
        >
          发布
        </Button>
      </View>
    </View>
  )
}
