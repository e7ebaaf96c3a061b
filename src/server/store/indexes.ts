/**
 * Collections and their indexes, declared once. The SQLite adapter creates them (generated columns
 * over the JSON document plus indexes); for CloudBase they are applied by the deploy tooling.
 * A field may be queried or sorted on only if some index of its collection names it.
 * Each index is an ordered list of (dotted) field paths.
 */
export const COLLECTIONS = {
  workOrders: {
    indexes: [
      ['unitId', 'createdAt'],
      ['createdAt'],
      ['status', 'createdAt'],
      ['inPool', 'deadlines.response'],
      ['assigneeOpenid', 'status', 'createdAt'],
      ['nextCheckAt'],
    ],
  },
  users: { indexes: [['role'], ['unitId']] },
  settings: { indexes: [] },
  grids: { indexes: [['name']] },
  units: { indexes: [['building']] },
  files: { indexes: [['ownerOpenid']] },
  inbox: { indexes: [['toOpenid', 'createdAt'], ['toOpenid', 'readAt']] },
} as const satisfies Record<string, { indexes: readonly (readonly string[])[] }>

export type CollectionName = keyof typeof COLLECTIONS

/** The fields a collection may be queried or sorted on. */
export function queryableFields(name: CollectionName): Set<string> {
  return new Set(COLLECTIONS[name].indexes.flat())
}
