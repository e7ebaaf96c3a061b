import type { Announcement } from '@core/notify/announcement'
import {
  ANNUAL_SATISFACTION_TEMPLATE,
  answerIdOf,
  buildingOf,
  checkAnswers,
  inAudience,
  isOpen,
  surveyCsv,
  surveyResults,
  type Survey,
  type SurveyAnswer,
} from '@core/feedback/survey'
import { answerSurveySchema, createSurveySchema, surveyRefSchema } from '@core/feedback/survey.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { formatLocal } from '@core/shared/time'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'

import { notify, type Notice } from '../notify/notifier'
import { findUpTo } from '../store/paging'
import type { Store } from '../store/store.port'
import { updateDoc } from '../store/update-doc'

const notFound = () => fail(appError(ErrorCode.NOT_FOUND, 'no such survey'))
/** An estate is thousands of homes: units and answers are read whole for results. */
const MAX_READ = 20_000

async function visibleSurvey(ctx: ActionContext, id: string): Promise<Result<Survey>> {
  const survey = await ctx.store.collection('surveys').get(id)
  if (!survey) return notFound()
  if (ctx.actor.role === 'manager') return ok(survey)
  // Residents see only published surveys addressed to their building.
  const mayAnswer = survey.status === 'published' && ctx.actor.unitId !== null && inAudience(survey, ctx.actor.unitId)
  return mayAnswer ? ok(survey) : notFound()
}

export async function householdsByBuilding(store: Store): Promise<Record<string, number>> {
  const { items } = await findUpTo(store.collection('units'), { where: {} }, MAX_READ)
  const counts: Record<string, number> = {}
  for (const unit of items) counts[unit.building] = (counts[unit.building] ?? 0) + 1
  return counts
}

export const answersOf = async (store: Store, surveyId: string) =>
  (
    await findUpTo(
      store.collection('surveyAnswers'),
      { where: { surveyId }, orderBy: { field: 'createdAt', direction: 'asc' } },
      MAX_READ,
    )
  ).items

/** Residents the survey is addressed to (all who live in its buildings). */
async function audience(store: Store, survey: Survey): Promise<string[]> {
  const { items } = await findUpTo(store.collection('users'), { where: { role: 'resident' } }, MAX_READ)
  return items.filter((u) => u.unitId !== null && inAudience(survey, u.unitId)).map((u) => u.id)
}

export const surveyActions = {
  /** The ready annual satisfaction survey, for the manager to adjust and save. */
  surveyTemplate: action({
    roles: ['manager'],
    input: z.object({}),
    run: async () => ok(ANNUAL_SATISFACTION_TEMPLATE),
  }),
  surveyCreate: action({
    roles: ['manager'],
    audit: true,
    input: createSurveySchema,
    async run(input, ctx) {
      const survey: Survey = {
        id: ctx.runtime.newId(),
        version: 0,
        ...input,
        status: 'draft',
        createdAt: ctx.now,
        publishedAt: null,
      }
      const saved = await ctx.store.collection('surveys').insert(survey)
      return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'survey id taken'))
    },
  }),
  /** Publishing posts a notice to its buildings and invites every resident there who allowed it. */
  surveyPublish: action({
    roles: ['manager'],
    audit: true,
    input: surveyRefSchema,
    async run(input, ctx) {
      const now = ctx.now
      const published = await updateDoc(
        ctx.store.collection('surveys'),
        input.id,
        (s) =>
          s.status === 'draft'
            ? now < s.closesAt
              ? ok({ ...s, status: 'published' as const, publishedAt: now })
              : fail(appError(ErrorCode.VALIDATION_FAILED, 'closes in the past', { closesAt: ['结束时间已过'] }))
            : fail(appError(ErrorCode.INVALID_TRANSITION, 'already published')),
        { missing: () => appError(ErrorCode.NOT_FOUND, 'no such survey') },
      )
      if (!published.ok) return published
      const survey = published.value.doc
      const body = `${survey.intro || '诚邀您参与问卷'}（截止 ${formatLocal(survey.closesAt, 'MM-DD HH:mm')}）`
      const notice: Announcement = {
        id: ctx.runtime.newId(),
        version: 0,
        title: `问卷：${survey.title}`,
        body,
        buildings: survey.buildings.length ? survey.buildings : null,
        emergency: false,
        createdAt: now,
        byOpenid: ctx.actor.openid,
        withdrawnAt: null,
      }
      await ctx.store.collection('announcements').insert(notice)
      const invites: Notice[] = (await audience(ctx.store, survey)).map((toOpenid) => ({
        toOpenid,
        kind: 'survey_invite',
        title: `邀请您填写问卷：${survey.title}`,
        body,
        ref: { type: 'survey', id: survey.id },
        push: {
          template: 'surveyInvite',
          values: { title: survey.title, deadline: survey.closesAt, note: '点击填写' },
        },
      }))
      await notify(ctx, invites)
      return ok(survey)
    },
  }),
  /** Managers: every survey; residents: the open ones addressed to them, with whether they answered. */
  surveyList: action({
    roles: ['resident', 'manager'],
    input: z.object({}),
    async run(_input, ctx) {
      const surveys = await ctx.store.collection('surveys').find({
        where: {},
        orderBy: { field: 'createdAt', direction: 'desc' },
        limit: 100,
      })
      if (ctx.actor.role === 'manager') return ok({ items: surveys.map((s) => ({ ...s, answered: false })) })
      const now = ctx.now
      const mine = surveys.filter((s) => ctx.actor.unitId && isOpen(s, now) && inAudience(s, ctx.actor.unitId))
      const answers = ctx.store.collection('surveyAnswers')
      const who = { unitId: ctx.actor.unitId ?? '', openid: ctx.actor.openid }
      const items = await Promise.all(
        mine.map(async (s) => ({ ...s, answered: (await answers.get(answerIdOf(s, who))) !== null })),
      )
      return ok({ items })
    },
  }),
  surveyGet: action({
    roles: ['resident', 'manager'],
    input: surveyRefSchema,
    async run(input, ctx) {
      const survey = await visibleSurvey(ctx, input.id)
      if (!survey.ok) return survey
      const who = { unitId: ctx.actor.unitId ?? '', openid: ctx.actor.openid }
      const answered =
        ctx.actor.role === 'resident' &&
        (await ctx.store.collection('surveyAnswers').get(answerIdOf(survey.value, who))) !== null
      return ok({ ...survey.value, answered })
    },
  }),
  /** One answer per household (or person): a second one is CONFLICT and changes nothing. */
  surveyAnswer: action({
    roles: ['resident'],
    input: answerSurveySchema,
    async run(input, ctx) {
      const found = await visibleSurvey(ctx, input.id)
      if (!found.ok) return found
      const survey = found.value
      const now = ctx.now
      if (!isOpen(survey, now)) return fail(appError(ErrorCode.INVALID_TRANSITION, 'the survey is not open'))
      const answers = checkAnswers(survey, input.answers)
      if (!answers.ok) return answers
      const unitId = ctx.actor.unitId!
      const answer: SurveyAnswer = {
        id: answerIdOf(survey, { unitId, openid: ctx.actor.openid }),
        version: 0,
        surveyId: survey.id,
        unitId,
        building: buildingOf(unitId),
        openid: survey.anonymous ? null : ctx.actor.openid,
        answers: answers.value,
        createdAt: now,
      }
      const saved = await ctx.store.collection('surveyAnswers').insert(answer)
      if (!saved) {
        return fail(
          appError(
            ErrorCode.CONFLICT,
            survey.answerPer === 'household' ? 'your household has already answered' : 'you have already answered',
          ),
        )
      }
      return ok({ surveyId: survey.id, answeredAt: now })
    },
  }),
  surveyResults: action({
    roles: ['manager'],
    input: surveyRefSchema,
    async run(input, ctx) {
      const survey = await visibleSurvey(ctx, input.id)
      if (!survey.ok) return survey
      const [answers, households] = await Promise.all([
        answersOf(ctx.store, survey.value.id),
        householdsByBuilding(ctx.store),
      ])
      return ok(surveyResults(survey.value, answers, households))
    },
  }),
  surveyExport: action({
    roles: ['manager'],
    audit: true,
    input: surveyRefSchema,
    async run(input, ctx) {
      const survey = await visibleSurvey(ctx, input.id)
      if (!survey.ok) return survey
      const answers = await answersOf(ctx.store, survey.value.id)
      return ok({
        filename: `问卷_${survey.value.title}.csv`,
        csv: surveyCsv(survey.value, answers),
        rows: answers.length,
      })
    },
  }),
}
