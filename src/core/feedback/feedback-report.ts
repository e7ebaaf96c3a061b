import { toCsv } from '../estate/csv'
import type { Feedback } from './feedback'
import type { ReturnVisit } from './return-visit'

/** The voice-of-the-resident figures of one window (feedback submitted and repairs closed in it). */
export interface FeedbackFigures {
  households: number
  complaints: number
  suggestions: number
  praise: number
  /** Complaints per 100 households, 1 decimal. */
  complaintsPer100Households: number
  /** Of the complaints and suggestions acknowledged: share within their promise (24 h by default). Null without any. */
  acknowledgedInTime: number | null
  /** Of those resolved: share within their promise (48 h by default). */
  resolvedInTime: number | null
  /** Of those the household confirmed: share satisfied. */
  satisfaction: number | null
  averageStars: number | null
  /** Share of handled feedback reopened at least once. */
  reopenRate: number | null
  returnVisitsDue: number
  returnVisitsDone: number
  /** Visits that reached a result, of all due. */
  returnVisitCoverage: number | null
  returnVisitResults: { satisfied: number; neutral: number; dissatisfied: number; unreachable: number }
  /** The latest published survey's household response rate. */
  surveyResponseRate: number | null
  /** Praise per staff member, most first: their KPI row's credit. */
  praiseByStaff: StaffPraise[]
}

export interface StaffPraise {
  openid: string
  name: string
  count: number
}

/** Praise per staff member named in it, most first. */
export function praiseByStaff(items: readonly Feedback[]): StaffPraise[] {
  const praise = new Map<string, StaffPraise>()
  for (const f of items) {
    if (f.kind !== 'praise' || !f.praisedOpenid) continue
    const row = praise.get(f.praisedOpenid) ?? { openid: f.praisedOpenid, name: f.praisedName ?? '', count: 0 }
    praise.set(f.praisedOpenid, { ...row, count: row.count + 1 })
  }
  return [...praise.values()].sort((a, b) => b.count - a.count)
}

const share = (part: number, whole: number, places = 3) =>
  whole === 0 ? null : Math.round((part / whole) * 10 ** places) / 10 ** places

export function feedbackFigures(
  items: readonly Feedback[],
  visits: readonly ReturnVisit[],
  households: number,
  surveyResponseRate: number | null,
): FeedbackFigures {
  const handled = items.filter((f) => f.kind !== 'praise')
  const complaints = items.filter((f) => f.kind === 'complaint').length
  const acknowledged = handled.filter((f) => f.outcomes.acknowledge)
  const resolved = handled.filter((f) => f.outcomes.resolve)
  const rated = handled.filter((f) => f.rating)
  const results = { satisfied: 0, neutral: 0, dissatisfied: 0, unreachable: 0 }
  for (const v of visits) {
    if (v.result) results[v.result]++
    else if (v.status === 'unreachable') results.unreachable++
  }
  const done = visits.filter((v) => v.status === 'done').length
  return {
    households,
    complaints,
    suggestions: items.filter((f) => f.kind === 'suggestion').length,
    praise: items.length - handled.length,
    complaintsPer100Households: households ? Math.round((complaints / households) * 1000) / 10 : 0,
    acknowledgedInTime: share(acknowledged.filter((f) => f.outcomes.acknowledge!.met).length, acknowledged.length),
    resolvedInTime: share(resolved.filter((f) => f.outcomes.resolve!.met).length, resolved.length),
    satisfaction: share(rated.filter((f) => f.rating!.satisfied).length, rated.length),
    averageStars: rated.length
      ? share(
          rated.reduce((s, f) => s + f.rating!.stars, 0),
          rated.length,
          2,
        )
      : null,
    reopenRate: share(handled.filter((f) => f.reopenCount > 0).length, acknowledged.length),
    returnVisitsDue: visits.length,
    returnVisitsDone: done,
    returnVisitCoverage: share(done, visits.length),
    returnVisitResults: results,
    surveyResponseRate,
    praiseByStaff: praiseByStaff(items),
  }
}

const percent = (value: number | null) => (value === null ? '' : `${Math.round(value * 1000) / 10}%`)

/** The figures as a two-column CSV for Excel. */
export function figuresCsv(figures: FeedbackFigures, period: string): string {
  return toCsv(
    ['指标', '数值'],
    [
      ['统计区间', period],
      ['住户数', figures.households],
      ['投诉数', figures.complaints],
      ['建议数', figures.suggestions],
      ['表扬数', figures.praise],
      ['每百户投诉', figures.complaintsPer100Households],
      ['24小时内受理率', percent(figures.acknowledgedInTime)],
      ['48小时内办结率', percent(figures.resolvedInTime)],
      ['满意率', percent(figures.satisfaction)],
      ['重开率', percent(figures.reopenRate)],
      ['回访覆盖率', percent(figures.returnVisitCoverage)],
      ['问卷参与率', percent(figures.surveyResponseRate)],
    ],
  )
}
