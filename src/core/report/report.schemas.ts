import { z } from '../shared/zod'
import type { IsoTime } from '../shared/time'
import type { MonthlyReport } from './monthly-report'
import type { ReportMonth } from './report-month'

/** One schema per command of the `report` function. */

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export const FOREWORD_MAX = 300

export const monthSchema = z.object({
  month: z.string({ error: '请选择月份' }).regex(MONTH_PATTERN, '月份格式应为 YYYY-MM'),
})

/** The manager's only edit: a short foreword above the computed figures. */
export const publishSchema = z.object({
  month: monthSchema.shape.month,
  foreword: z.string().trim().max(FOREWORD_MAX, `前言不超过 ${FOREWORD_MAX} 字`).default(''),
})

/** A published report: a frozen copy, so later changes to orders or bills never alter it. */
export interface PublishedReport {
  /** The month, `YYYY-MM`: one report per month. */
  id: ReportMonth
  version: number
  foreword: string
  publishedAt: IsoTime
  report: MonthlyReport
}

/** What a manager reviews before publishing. */
export interface ReportDraft {
  /** Computed now from the records. */
  report: MonthlyReport
  /** Only a month that has ended can be published; the current one is a preview. */
  publishable: boolean
  published: PublishedReport | null
}

export interface PublishedMonth {
  month: ReportMonth
  publishedAt: IsoTime
}
