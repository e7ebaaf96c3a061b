import { DEFAULT_QUALITY_RULES, QUALITY_RULES_ID, type QualityRules } from '@core/repair/quality-rules'
import type { Store } from '../store/store.port'

export async function loadQualityRules(store: Store): Promise<QualityRules> {
  return (await store.collection('qualityRules').get(QUALITY_RULES_ID)) ?? DEFAULT_QUALITY_RULES
}

/** Compare-and-set on the one document, created on the first edit; null when another manager saved first. */
export async function saveQualityRules(
  store: Store,
  change: (current: QualityRules) => QualityRules,
): Promise<QualityRules | null> {
  const current = await loadQualityRules(store)
  const rules = store.collection('qualityRules')
  const next = change(current)
  return current.version === 0 ? rules.insert(next) : rules.replace(next)
}
