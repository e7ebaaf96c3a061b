import { z } from '../shared/zod'
import { QUESTION_TYPES } from './survey'

const id = z.string().trim().min(1, '缺少编号').max(64)
const isoTime = z.iso.datetime({ offset: true, error: '时间格式无效' }).transform((t) => new Date(t).toISOString())

const question = z
  .object({
    id: z.string().regex(/^[a-z0-9_]{1,32}$/, '题号只能用小写字母、数字和下划线'),
    type: z.enum(QUESTION_TYPES, { error: '请选择题型' }),
    title: z.string().trim().min(1, '请填写题目').max(100),
    options: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
    required: z.boolean().default(true),
  })
  .refine((q) => (q.type === 'single' || q.type === 'multiple' ? q.options.length >= 2 : q.options.length === 0), {
    message: '选择题至少两个选项，其他题型不设选项',
    path: ['options'],
  })

export const createSurveySchema = z
  .object({
    title: z.string().trim().min(1, '请填写问卷标题').max(60),
    intro: z.string().trim().max(500).default(''),
    questions: z
      .array(question)
      .min(1, '至少一道题')
      .max(50)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, '题号不能重复'),
    buildings: z.array(z.string().trim().min(1).max(16)).max(100).default([]),
    opensAt: isoTime,
    closesAt: isoTime,
    answerPer: z.enum(['household', 'person']).default('household'),
    anonymous: z.boolean().default(false),
  })
  .refine((s) => s.closesAt > s.opensAt, { message: '结束时间须晚于开始时间', path: ['closesAt'] })

export const surveyRefSchema = z.object({ id })

const answerValue = z.union([z.string().max(500), z.array(z.string().max(50)).max(20), z.number()])

export const answerSurveySchema = z.object({
  id,
  answers: z.record(z.string().max(32), answerValue),
})

export type CreateSurveyInput = z.input<typeof createSurveySchema>
