// `npm run migrate`: brings stored data up to the current version, in steps. 1: moves the data of the
// single-estate version into one estate of the multi-estate store; LINLI_ESTATE_ID names that estate
// (here, and only here, it is "the" estate); LINLI_ESTATE_NAME and LINLI_ESTATE_CITY label it for the
// estate picker (default: the stored profile's name). 2: stamps the place key on work orders stored
// before it (src/server/store/migrate-place-keys.ts).
// Local by default (LINLI_DATA_DIR, default .data); `-- --cloudbase` migrates the CloudBase
// environment TCB_ENV_ID with TCB_SECRET_ID/TCB_SECRET_KEY through the same code. Idempotent and
// resumable: run it again after any interruption. Stop the host or functions first.
import { join, resolve } from 'node:path'
import { DEFAULT_ESTATE_PROFILE } from '@core/estate/estate'
import { stampPlaceKeys } from '@server/store/migrate-place-keys'
import { migrateToEstates, needsMigration } from '@server/store/migrate-to-estates'
import { openSqliteStore } from '@server/store/sqlite.store'
import type { DocumentStore } from '@server/store/store.port'

const SLUG = /^[a-z0-9][a-z0-9-]{1,31}$/

async function open(cloudbase: boolean): Promise<{ documents: DocumentStore; where: string }> {
  if (!cloudbase) {
    const dataDir = resolve(process.env.LINLI_DATA_DIR ?? '.data')
    return { documents: openSqliteStore(join(dataDir, 'linli.db')), where: dataDir }
  }
  const { TCB_ENV_ID: env, TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env
  if (!env || !secretId || !secretKey) throw new Error('--cloudbase needs TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY')
  const { openCloudbaseStore } = await import('@server/store/cloudbase.store')
  return { documents: openCloudbaseStore({ env, secretId, secretKey }), where: `CloudBase ${env}` }
}

/** Step 1: the single-estate version's data into one estate (LINLI_ESTATE_ID). */
async function moveIntoEstate(documents: DocumentStore, where: string): Promise<number | 'none'> {
  if (!(await needsMigration(documents))) return 'none'
  const estateId = process.env.LINLI_ESTATE_ID ?? ''
  if (!SLUG.test(estateId)) {
    console.error('LINLI_ESTATE_ID must name the estate the existing data belongs to (e.g. sunny-garden)')
    return 2
  }
  const profile = await documents.collection<{ id: string; version: number; name?: string }>('settings').get('profile')
  const report = await migrateToEstates(documents, {
    id: estateId,
    name: process.env.LINLI_ESTATE_NAME ?? profile?.name ?? DEFAULT_ESTATE_PROFILE.name,
    city: process.env.LINLI_ESTATE_CITY ?? '',
    createdAt: new Date().toISOString(),
  })
  const total = Object.values(report).reduce((sum, n) => sum + n, 0)
  console.log(`${where}: moved ${total} documents into estate ${estateId}`)
  for (const [name, count] of Object.entries(report)) if (count > 0) console.log(`  ${name}: ${count}`)
  return 0
}

async function main(): Promise<number> {
  const { documents, where } = await open(process.argv.includes('--cloudbase'))
  try {
    const moved = await moveIntoEstate(documents, where)
    if (typeof moved === 'number' && moved !== 0) return moved
    // Step 2: the place key (outage spotting, repeat faults at a spot) on orders stored before it.
    const stamped = await stampPlaceKeys(documents)
    const total = Object.values(stamped).reduce((sum, n) => sum + n, 0)
    if (total > 0) console.log(`${where}: stamped the place key on ${total} work orders`)
    for (const [estateId, count] of Object.entries(stamped)) if (count > 0) console.log(`  ${estateId}: ${count}`)
    if (moved === 'none' && total === 0) console.log(`${where}: nothing to migrate`)
    return 0
  } finally {
    await documents.close()
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  },
)
