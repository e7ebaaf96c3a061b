import type { PassCode } from '@core/visitor/pass-code'
import type { EntryRecord, VisitorPass } from '@core/visitor/visitor-pass'
import type { IsoTime } from '@core/shared/time'
import type { Range, Store, Where } from '../store/store.port'

/** Passes a household sees in its list, newest first. */
const HOUSEHOLD_LIST_LIMIT = 50

/** Visitor passes in the store. Writes are compare-and-set on `version`. */
export function visitorPasses(store: Store) {
  const collection = store.collection('visitorPasses')
  return {
    collection,
    get: (id: string) => collection.get(id),
    /** Null when the id is taken. */
    insert: (pass: VisitorPass) => collection.insert(pass),
    /** Null when someone else changed the pass since it was read. */
    save: (pass: VisitorPass) => collection.replace(pass),
    forUnit: (unitId: string) =>
      collection.find({
        where: { unitId },
        orderBy: { field: 'createdAt', direction: 'desc' },
        limit: HOUSEHOLD_LIST_LIMIT,
      }),
    /** Whether a pass not yet expired holds this short code. */
    async shortCodeInUse(shortCode: string, now: IsoTime): Promise<boolean> {
      return (await collection.find({ where: { shortCode, validUntil: { gt: now } }, limit: 1 })).length > 0
    },
    /**
     * The pass a scanned or typed code names. Expired passes may share a short code with a later one;
     * the latest window wins, and at most one pass per code is unexpired.
     */
    async byCode(code: PassCode): Promise<VisitorPass | null> {
      const where: Where = code.kind === 'token' ? { token: code.token } : { shortCode: code.shortCode }
      const [pass] = await collection.find({ where, orderBy: { field: 'validUntil', direction: 'desc' }, limit: 1 })
      return pass ?? null
    },
  }
}

export type VisitorPasses = ReturnType<typeof visitorPasses>

/** The admissions log managers read. */
export function visitorEntries(store: Store) {
  const collection = store.collection('visitorEntries')
  return {
    collection,
    /** Recording the same admission again is a no-op: its id is derived from the pass and entry number. */
    record: (entry: EntryRecord) => collection.insert(entry),
    /** Admissions in `[from, to)`, newest first. */
    list(range: { from?: IsoTime; to?: IsoTime }, limit: number) {
      const at: Range = {}
      if (range.from) at.gte = range.from
      if (range.to) at.lt = range.to
      return collection.find({
        where: Object.keys(at).length > 0 ? { at } : {},
        orderBy: { field: 'at', direction: 'desc' },
        limit,
      })
    },
  }
}
