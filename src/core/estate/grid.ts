/** A grid (网格): a set of buildings with one responsible staff member. */
export interface Grid {
  id: string
  version: number
  name: string
  /** Building numbers, e.g. `1` for units `1-101`, `1-102`… */
  buildings: string[]
  /** Whether the estate's public areas (lobby, garage, garden) are this grid's. */
  publicAreas: boolean
  ownerOpenid: string
}

/**
 * The grid responsible for an order: public-area jobs go to the public-area grid, the rest to
 * the grid holding the reporter's building.
 */
export function gridFor(grids: readonly Grid[], building: string, publicArea: boolean): Grid | null {
  if (publicArea) {
    const shared = grids.find((g) => g.publicAreas)
    if (shared) return shared
  }
  return grids.find((g) => g.buildings.includes(building)) ?? null
}
