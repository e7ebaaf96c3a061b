/** What a repair is about; a worker's skills name the categories they take. */
export const CATEGORIES = [
  'plumbing',
  'electrical',
  'doors_windows',
  'elevator',
  'public_area',
  'appliance',
  'other',
] as const
export type Category = (typeof CATEGORIES)[number]
