import { join } from 'node:path'
import { z } from '../../src/core/shared/zod'
import type { ServiceHours } from '../../src/core/sla/service-hours'
import { DEFAULT_SETTINGS, SETTINGS_ID, type EstateSettings } from '../../src/core/estate/estate-settings'
import type { UserDoc } from '../../src/server/store/documents'
import { COLLECTIONS, type CollectionName } from '../../src/server/store/collections'
import { readJsonFile } from './json-file'

/**
 * What the CloudBase database needs, from the storage port's declarations (src/server/store/collections.ts):
 * each collection, its indexes, and a security rule that shuts the client out. Applied through
 * @cloudbase/manager-node when there are API keys, printed as console steps otherwise.
 */

/** The lower of the two published per-collection index limits (10 vs 20, REFERENCE open item 2). */
export const MAX_INDEXES_PER_COLLECTION = 10

export interface IndexPlan {
  /** Mongo-style, dots made underscores: CloudBase index names take letters, digits and `_`. */
  name: string
  /** Ascending, in this order; a query hits it on any prefix, and the last field sorts both ways. */
  fields: readonly string[]
}

export interface CollectionPlan {
  name: string
  indexes: IndexPlan[]
}

const ruleSchema = z.strictObject({
  read: z.union([z.boolean(), z.string()]),
  write: z.union([z.boolean(), z.string()]),
})

/** A security rule (database collection or storage): read and write, each a boolean or an expression. */
export type SecurityRule = z.infer<typeof ruleSchema>

export const COLLECTIONS_FILE = join('deploy', 'collections.json')
/** Generated from the plan. */
export const SECURITY_RULES_FILE = join('deploy', 'security-rules.json')
/** Written by hand: uploads come from the client, so storage cannot simply deny all. */
export const STORAGE_RULE_FILE = join('deploy', 'storage-rules.json')

/** The rules as checked in: what a reviewer approved is what gets applied. */
export function readRules(root: string): { collections: Record<string, SecurityRule>; storage: SecurityRule } {
  return {
    collections: readJsonFile(join(root, SECURITY_RULES_FILE), z.record(z.string(), ruleSchema)),
    storage: readJsonFile(join(root, STORAGE_RULE_FILE), ruleSchema),
  }
}

/** Every read and write goes through cloud functions, which bypass rules; the mini-program reads nothing directly. */
export const DENY_ALL: SecurityRule = { read: false, write: false }

export const indexName = (fields: readonly string[]): string =>
  fields.map((field) => `${field.replace(/\./g, '_')}_1`).join('_')

export function databasePlan(): CollectionPlan[] {
  return Object.entries(COLLECTIONS).map(([name, { indexes }]) => {
    if (indexes.length > MAX_INDEXES_PER_COLLECTION) {
      throw new Error(
        `${name} declares ${indexes.length} indexes; CloudBase may allow only ${MAX_INDEXES_PER_COLLECTION}`,
      )
    }
    return { name, indexes: indexes.map((fields) => ({ name: indexName(fields), fields })) }
  })
}

/** `deploy/collections.json`: the checked-in list a reviewer sees change when an index does. */
export const collectionsFile = (plan: readonly CollectionPlan[]): Record<string, Record<string, readonly string[]>> =>
  Object.fromEntries(
    plan.map(({ name, indexes }) => [name, Object.fromEntries(indexes.map((index) => [index.name, index.fields]))]),
  )

/** `deploy/security-rules.json`: every collection, client access denied. */
export const securityRulesFile = (plan: readonly CollectionPlan[]): Record<string, SecurityRule> =>
  Object.fromEntries(plan.map(({ name }) => [name, DENY_ALL]))

/** The same plan as clicks in the CloudBase console, for an operator without API keys. */
export function consoleSteps(
  plan: readonly CollectionPlan[],
  rules: Record<string, SecurityRule>,
  storageRule: SecurityRule,
): string[] {
  const steps = [
    'Open the CloudBase console (WeChat DevTools → 云开发, or tcb.cloud.tencent.com) → 数据库 (document database).',
  ]
  plan.forEach(({ name, indexes }, i) => {
    steps.push(`${i + 1}. Collection "${name}": 新建集合 "${name}" if it is not listed.`)
    for (const index of indexes) {
      steps.push(
        `   索引管理 → 新建索引: 名称 ${index.name}, 非唯一, 字段 ${index.fields.map((field) => `${field} 升序`).join(', ')}`,
      )
    }
    steps.push(`   数据权限 → 自定义安全规则 → ${JSON.stringify(rules[name])}`)
  })
  steps.push(`${plan.length + 1}. 存储 → 权限设置 → 自定义安全规则 → ${JSON.stringify(storageRule)}`)
  return steps
}

/** The management calls the setup needs (cloud-admin.ts makes them with manager-node). */
export interface DatabaseAdmin {
  collectionExists(name: string): Promise<boolean>
  createCollection(name: string): Promise<void>
  indexNames(collection: string): Promise<string[]>
  createIndexes(collection: string, indexes: readonly IndexPlan[]): Promise<void>
  setCollectionRule(collection: string, rule: SecurityRule): Promise<void>
  setStorageRule(rule: SecurityRule): Promise<void>
}

/**
 * Brings the environment up to the plan; safe to rerun. Declared indexes that exist are left as
 * they are, and indexes nobody declared are reported, never dropped (a console-made index may be in use).
 */
export async function applyDatabasePlan(
  admin: DatabaseAdmin,
  plan: readonly CollectionPlan[],
  rules: Record<string, SecurityRule>,
  storageRule: SecurityRule,
  log: (line: string) => void,
): Promise<void> {
  for (const { name, indexes } of plan) {
    const created = !(await admin.collectionExists(name))
    if (created) await admin.createCollection(name)
    const existing = created ? [] : await admin.indexNames(name)
    const missing = indexes.filter((index) => !existing.includes(index.name))
    if (missing.length > 0) await admin.createIndexes(name, missing)
    const rule = rules[name]
    if (!rule) throw new Error(`no security rule for collection ${name}`)
    await admin.setCollectionRule(name, rule)
    const undeclared = existing.filter(
      (index) => index !== '_id_' && !indexes.some((declared) => declared.name === index),
    )
    log(
      `${name}: ${created ? 'created' : 'exists'}; indexes +${missing.length} (${indexes.length} declared)` +
        `${undeclared.length > 0 ? `; not declared, left alone: ${undeclared.join(', ')}` : ''}; rule ${JSON.stringify(rule)}`,
    )
  }
  await admin.setStorageRule(storageRule)
  log(`storage: rule ${JSON.stringify(storageRule)}`)
}

/** A document the estate needs before anyone can use it; inserted only where none exists. */
export interface Seed {
  collection: CollectionName
  doc: EstateSettings | UserDoc
}

export interface SeedOptions {
  /** From LINLI_SERVICE_HOURS: the estate's first opening hours for normal-priority repairs. */
  serviceHours?: Pick<ServiceHours, 'opensAt' | 'closesAt'>
  /** Nobody can make the first manager from inside the app: setup does. */
  firstManager?: { openid: string; name: string }
}

export function seeds({ serviceHours, firstManager }: SeedOptions): Seed[] {
  const list: Seed[] = []
  if (serviceHours) {
    const sla = { ...DEFAULT_SETTINGS.sla, serviceHours: { ...DEFAULT_SETTINGS.sla.serviceHours, ...serviceHours } }
    list.push({ collection: 'settings', doc: { ...DEFAULT_SETTINGS, id: SETTINGS_ID, version: 1, sla } })
  }
  if (firstManager) {
    list.push({
      collection: 'users',
      doc: { id: firstManager.openid, version: 1, role: 'manager', name: firstManager.name, unitId: null, phone: null },
    })
  }
  return list
}

/** A seed as the console's 添加记录 dialog takes it (`_id` for the port's `id`). */
export function seedConsoleStep({ collection, doc }: Seed): string {
  const { id, ...rest } = doc
  return `集合 "${collection}" → 添加记录 (skip if a record with this _id exists): ${JSON.stringify({ _id: id, ...rest })}`
}
