import type { PublishedMonth, PublishedReport } from '@core/report/report.schemas'
import type { Store } from '../store/store.port'

/** Published monthly reports: one frozen document per month, written once. */
export function serviceReports(store: Store) {
  const collection = store.collection('serviceReports')
  return {
    get: (month: string) => collection.get(month),
    /** Null when the month is already published (the id is the month). */
    publish: (report: PublishedReport) => collection.insert(report),
    async latest(): Promise<PublishedReport | null> {
      const [newest] = await collection.find({ where: {}, orderBy: { field: 'id', direction: 'desc' }, limit: 1 })
      return newest ?? null
    },
    /** Newest first; 120 months is ten years of reports. */
    async months(): Promise<PublishedMonth[]> {
      const rows = await collection.find({ where: {}, orderBy: { field: 'id', direction: 'desc' }, limit: 120 })
      return rows.map((r) => ({ month: r.id, publishedAt: r.publishedAt }))
    },
  }
}
