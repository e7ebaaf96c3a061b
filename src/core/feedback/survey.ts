import { isAtOrBefore, isBefore } from '../shared/instant'
import { toCsv } from '../estate/csv'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { formatLocal, type IsoTime } from '../shared/time'

export const QUESTION_TYPES = ['single', 'multiple', 'rating', 'text'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export interface Question {
  id: string
  type: QuestionType
  title: string
  /** Choices of single and multiple questions; empty otherwise. */
  options: string[]
  required: boolean
}

/** One answer per household (the usual satisfaction survey) or one per person. */
export type AnswerPer = 'household' | 'person'

export interface Survey {
  id: string
  version: number
  title: string
  intro: string
  questions: Question[]
  /** Buildings asked; empty means the whole estate. */
  buildings: string[]
  opensAt: IsoTime
  closesAt: IsoTime
  answerPer: AnswerPer
  /** Answers are stored without who gave them (the household is still kept, to allow one each). */
  anonymous: boolean
  status: 'draft' | 'published'
  createdAt: IsoTime
  publishedAt: IsoTime | null
}

export type AnswerValue = string | string[] | number

export interface SurveyAnswer {
  /** `<survey>:<unit>` or `<survey>:<openid>`: a second answer collides on insert. */
  id: string
  version: number
  surveyId: string
  unitId: string
  building: string
  /** Null for anonymous surveys. */
  openid: string | null
  answers: Record<string, AnswerValue>
  createdAt: IsoTime
}

export const buildingOf = (unitId: string) => unitId.split('-')[0] ?? ''

export const inAudience = (survey: Survey, unitId: string) =>
  survey.buildings.length === 0 || survey.buildings.includes(buildingOf(unitId))

export const isOpen = (survey: Survey, now: IsoTime) =>
  survey.status === 'published' && isAtOrBefore(survey.opensAt, now) && isBefore(now, survey.closesAt)

export const answerIdOf = (survey: Survey, who: { unitId: string; openid: string }) =>
  `${survey.id}:${survey.answerPer === 'household' ? who.unitId : who.openid}`

const invalid = (field: string, message: string) =>
  fail(appError(ErrorCode.VALIDATION_FAILED, 'invalid answer', { [`answers.${field}`]: [message] }))

/** Checks answers against the questions; unknown questions are refused rather than stored. */
export function checkAnswers(
  survey: Survey,
  answers: Record<string, AnswerValue>,
): Result<Record<string, AnswerValue>> {
  const known = new Map(survey.questions.map((q) => [q.id, q]))
  for (const key of Object.keys(answers)) if (!known.has(key)) return invalid(key, '没有这道题')
  const clean: Record<string, AnswerValue> = {}
  for (const q of survey.questions) {
    const value = answers[q.id]
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    if (empty) {
      if (q.required) return invalid(q.id, '此题必答')
      continue
    }
    const fits =
      q.type === 'single'
        ? typeof value === 'string' && q.options.includes(value)
        : q.type === 'multiple'
          ? Array.isArray(value) && new Set(value).size === value.length && value.every((v) => q.options.includes(v))
          : q.type === 'rating'
            ? typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
            : typeof value === 'string' && value.trim().length <= 500
    if (!fits) return invalid(q.id, q.type === 'rating' ? '请打 1-5 分' : '答案无效')
    clean[q.id] = typeof value === 'string' ? value.trim() : value
  }
  return ok(clean)
}

export interface QuestionResult {
  id: string
  title: string
  type: QuestionType
  /** How many answered it. */
  answered: number
  /** Per option (single, multiple) or per star 1..5 (rating). */
  counts: Record<string, number>
  /** Rating questions: the mean, 2 decimals; null without answers. */
  average: number | null
  /** Text questions: the answers, newest last. */
  texts: string[]
}

export interface BuildingRate {
  building: string
  households: number
  /** Households with at least one answer. */
  responded: number
  /** Share 0..1, 3 decimals. */
  rate: number
}

export interface SurveyResults {
  surveyId: string
  title: string
  responses: number
  households: number
  respondedHouseholds: number
  responseRate: number
  questions: QuestionResult[]
  buildings: BuildingRate[]
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places

export function surveyResults(
  survey: Survey,
  answers: readonly SurveyAnswer[],
  householdsByBuilding: Record<string, number>,
): SurveyResults {
  const questions = survey.questions.map((q): QuestionResult => {
    const given = answers.map((a) => a.answers[q.id]).filter((v): v is AnswerValue => v !== undefined)
    const counts: Record<string, number> = {}
    const keys = q.type === 'rating' ? ['1', '2', '3', '4', '5'] : q.options
    keys.forEach((k) => (counts[k] = 0))
    for (const v of given) for (const k of Array.isArray(v) ? v : [String(v)]) if (k in counts) counts[k]!++
    const ratings = q.type === 'rating' ? given.map(Number) : []
    return {
      id: q.id,
      title: q.title,
      type: q.type,
      answered: given.length,
      counts: q.type === 'text' ? {} : counts,
      average: ratings.length ? round(ratings.reduce((s, r) => s + r, 0) / ratings.length, 2) : null,
      texts: q.type === 'text' ? given.map(String) : [],
    }
  })
  const asked = survey.buildings.length ? survey.buildings : Object.keys(householdsByBuilding).sort()
  const responded = new Set(answers.map((a) => a.unitId))
  const buildings = asked.map((building): BuildingRate => {
    const households = householdsByBuilding[building] ?? 0
    const count = [...responded].filter((u) => buildingOf(u) === building).length
    return { building, households, responded: count, rate: households ? round(count / households, 3) : 0 }
  })
  const households = buildings.reduce((s, b) => s + b.households, 0)
  return {
    surveyId: survey.id,
    title: survey.title,
    responses: answers.length,
    households,
    respondedHouseholds: responded.size,
    responseRate: households ? round(responded.size / households, 3) : 0,
    questions,
    buildings,
  }
}

/** One row per answer, one column per question; anonymous surveys leave the unit out. */
export function surveyCsv(survey: Survey, answers: readonly SurveyAnswer[]): string {
  const header = ['提交时间', '楼栋', ...(survey.anonymous ? [] : ['房号']), ...survey.questions.map((q) => q.title)]
  const rows = answers.map((a) => [
    formatLocal(a.createdAt),
    a.building,
    ...(survey.anonymous ? [] : [a.unitId]),
    ...survey.questions.map((q) => {
      const v = a.answers[q.id]
      return Array.isArray(v) ? v.join('；') : (v ?? '')
    }),
  ])
  return toCsv(header, rows)
}

const dimension = (id: string, title: string): Question => ({ id, type: 'rating', title, options: [], required: true })

/** The annual satisfaction survey with the usual dimensions (1-5 each) and a free comment. */
export const ANNUAL_SATISFACTION_TEMPLATE: Pick<Survey, 'title' | 'intro' | 'questions' | 'answerPer' | 'anonymous'> = {
  title: '年度物业服务满意度调查',
  intro: '感谢您花两分钟为我们过去一年的服务打分，您的意见会直接用于改进。',
  questions: [
    dimension('service_desk', '客服'),
    dimension('repairs', '工程维修'),
    dimension('security', '秩序维护'),
    dimension('cleaning', '环境卫生'),
    dimension('greening', '绿化'),
    dimension('fees', '收费透明'),
    { id: 'comment', type: 'text', title: '您还有什么意见或建议？', options: [], required: false },
  ],
  answerPer: 'household',
  anonymous: true,
}
