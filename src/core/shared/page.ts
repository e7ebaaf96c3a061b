/** One page of a list; pass `nextCursor` back as `cursor` for the next, null on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}
