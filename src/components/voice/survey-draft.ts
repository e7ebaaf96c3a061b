import type { QuestionType } from '@core/feedback/survey'
import type { CreateSurveyInput } from '@core/feedback/survey.schemas'

type QuestionInput = CreateSurveyInput['questions'][number]

/** A question as the form edits it: choices typed one per line. */
export interface DraftQuestion {
  id: string
  type: QuestionType
  title: string
  options: string
  required: boolean
}

/** Only choice questions list choices. */
export const hasOptions = (type: QuestionType) => type === 'single' || type === 'multiple'

/** Question ids need only be unique within the survey (the server refuses repeats): the first free `qN`. */
export const nextId = (questions: readonly DraftQuestion[]) => {
  let n = questions.length + 1
  while (questions.some((q) => q.id === `q${n}`)) n++
  return `q${n}`
}

export const blankQuestion = (id: string): DraftQuestion => ({
  id,
  type: 'single',
  title: '',
  options: '',
  required: true,
})

/** A question (of a template) as the form edits it. */
export const draftOf = (q: QuestionInput): DraftQuestion => ({
  id: q.id,
  type: q.type,
  title: q.title,
  options: (q.options ?? []).join('\n'),
  required: q.required ?? true,
})

/** The question as the survey schema takes it: one choice per non-blank line. */
export const questionOf = (q: DraftQuestion): QuestionInput => ({
  id: q.id,
  type: q.type,
  title: q.title,
  options: hasOptions(q.type)
    ? q.options
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean)
    : [],
  required: q.required,
})
