import type { ShareStats } from '../estate/service-kpi'
import { MIN_BUILDING_SAMPLE } from './monthly-report'
import type { ScopeFigures, Spread } from './report-figures'
import type { ReportMonth } from './report-month'
import type { ScopeReport, Trend, TrendMetric } from './report-trends'

/**
 * The report in words a resident reads, shared by the report page, the home card and the poster
 * so the three never phrase a figure differently.
 */

export const NO_DATA = '暂无数据'
export const SAMPLE_TOO_SMALL = '样本不足'
export const MIN_BUILDING_SAMPLE_TEXT = `本月报修不足 ${MIN_BUILDING_SAMPLE} 件，为保护住户隐私，比例和用时不予公布（样本不足）`

/** `2026-11` -> `2026年11月`. */
export function monthLabel(month: ReportMonth): string {
  const [year, number] = month.split('-')
  return `${year}年${Number(number)}月`
}

/** Business minutes as a person says them: `45 分钟`, `2 小时 5 分钟`. */
export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`
}

export const percentLabel = (share: number): string => `${Math.round(share * 100)}%`

const basisPointsLabel = (bp: number): string => `${(bp / 100).toFixed(1)}%`

/** 「一半的报修在 N 分钟内响应，九成在 M 分钟内」 */
export const spreadSentence = (spread: Spread, verb: string): string =>
  `一半的报修在 ${durationLabel(spread.median)}内${verb}，九成在 ${durationLabel(spread.p90)}内`

const ARROWS: Record<Trend['direction'], string> = { up: '↑', down: '↓', same: '→' }
const VERDICTS: Record<NonNullable<Trend['verdict']>, string> = { better: '变好', worse: '变差', same: '持平' }

export interface TrendLabel {
  arrow: string
  /** `较上月变好`, or just the arrow's meaning for counts that are neither good nor bad. */
  text: string
  tone: 'good' | 'bad' | 'plain'
}

export function trendLabel(trend: Trend | null): TrendLabel | null {
  if (!trend) return null
  if (trend.verdict === null) {
    return { arrow: ARROWS[trend.direction], text: trend.direction === 'same' ? '与上月持平' : '', tone: 'plain' }
  }
  const tone = trend.verdict === 'better' ? 'good' : trend.verdict === 'worse' ? 'bad' : 'plain'
  return { arrow: ARROWS[trend.direction], text: `较上月${VERDICTS[trend.verdict]}`, tone }
}

export interface FigureRow {
  key: string
  label: string
  /** The figure this month, or 暂无数据 / 样本不足. */
  value: string
  /** The same figure the month before. */
  previous: string
  /** The plain-language reading of this month's figure, when there is one. */
  sentence: string | null
  trend: TrendLabel | null
}

interface RowSpec {
  key: string
  label: string
  /** Withheld for a building below the sample floor. */
  sampled: boolean
  estateOnly?: true
  metric?: TrendMetric
  value(f: ScopeFigures): string | null
  sentence?(f: ScopeFigures): string | null
}

const shareValue = (share: ShareStats | null | undefined) =>
  share?.share === null || share === undefined || share === null ? null : percentLabel(share.share)

const ROWS: RowSpec[] = [
  {
    key: 'repairs',
    label: '收到报修',
    sampled: false,
    metric: 'repairsReceived',
    value: (f) => `${f.repairsReceived} 件`,
  },
  {
    key: 'response',
    label: '响应用时（中位）',
    sampled: true,
    metric: 'responseMedian',
    value: (f) => f.response && durationLabel(f.response.median),
    sentence: (f) => f.response && spreadSentence(f.response, '响应'),
  },
  {
    key: 'resolution',
    label: '修好用时（中位）',
    sampled: true,
    metric: 'resolutionMedian',
    value: (f) => f.resolution && durationLabel(f.resolution.median),
    sentence: (f) => f.resolution && spreadSentence(f.resolution, '修好'),
  },
  {
    key: 'responseWithin',
    label: '按承诺时限响应',
    sampled: true,
    metric: 'responseWithin',
    value: (f) => shareValue(f.withinPromise?.response),
  },
  {
    key: 'arrivalWithin',
    label: '按承诺时限上门',
    sampled: true,
    value: (f) => shareValue(f.withinPromise?.arrival),
  },
  {
    key: 'resolutionWithin',
    label: '按承诺时限修好',
    sampled: true,
    metric: 'resolutionWithin',
    value: (f) => shareValue(f.withinPromise?.resolution),
  },
  {
    key: 'repeatFaults',
    label: '返修率',
    sampled: true,
    metric: 'repeatFaults',
    value: (f) => shareValue(f.repeatFaults),
    sentence: (f) =>
      f.repeatFaults && f.repeatFaults.total > 0
        ? `本月修好 ${f.repeatFaults.total} 件，同一问题不久又来报修 ${f.repeatFaults.met} 次`
        : null,
  },
  {
    key: 'satisfaction',
    label: '住户评分',
    sampled: true,
    metric: 'satisfaction',
    value: (f) => (f.satisfaction?.average == null ? null : `${f.satisfaction.average.toFixed(1)} 分`),
    sentence: (f) =>
      f.satisfaction && f.satisfaction.satisfied.share !== null
        ? `${f.satisfaction.count} 位住户评价，${percentLabel(f.satisfaction.satisfied.share)} 给了 4 星以上`
        : null,
  },
  {
    key: 'complaints',
    label: '收到投诉',
    sampled: false,
    estateOnly: true,
    metric: 'complaints',
    value: (f) => f.complaints && `${f.complaints.received} 件`,
    sentence: (f) =>
      f.complaints?.acknowledge
        ? `一半的投诉在 ${durationLabel(f.complaints.acknowledge.median)}内受理，已办结 ${shareValue(f.complaints.closed) ?? '0%'}`
        : null,
  },
  {
    key: 'returnVisits',
    label: '回访满意',
    sampled: false,
    estateOnly: true,
    value: (f) => shareValue(f.returnVisits?.satisfied),
    sentence: (f) => f.returnVisits && `本月回访 ${f.returnVisits.made} 户`,
  },
  {
    key: 'visitors',
    label: '访客通行',
    sampled: false,
    metric: 'visitorPassesUsed',
    value: (f) => `${f.visitorPassesUsed} 人次`,
  },
  {
    key: 'fees',
    label: '物业费收缴率',
    sampled: false,
    metric: 'feeCollection',
    value: (f) => f.feeCollection && basisPointsLabel(f.feeCollection.rateBp),
  },
]

function shown(spec: RowSpec, f: ScopeFigures): string {
  if (spec.sampled && f.sampleTooSmall) return SAMPLE_TOO_SMALL
  return spec.value(f) ?? NO_DATA
}

/** The rows of one scope (the estate, or one building) in reading order. */
export function figureRows(scope: ScopeReport, kind: 'estate' | 'building'): FigureRow[] {
  return ROWS.filter((spec) => kind === 'estate' || !spec.estateOnly).map((spec) => ({
    key: spec.key,
    label: spec.label,
    value: shown(spec, scope.current),
    previous: shown(spec, scope.previous),
    sentence: spec.sampled && scope.current.sampleTooSmall ? null : (spec.sentence?.(scope.current) ?? null),
    trend: spec.metric ? trendLabel(scope.trends[spec.metric]) : null,
  }))
}
