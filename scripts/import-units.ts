// `npm run import -- FILE`: loads buildings and units from a CSV file into the local host's data
// folder (LINLI_DATA_DIR, default .data), all or nothing, exactly as the console's import does.
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { contextOf } from '@server/action'
import { decodeCsvBytes } from '@core/estate/csv'
import { createLocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'
import { recordAudit } from '@server/audit/audit-log'
import { importUnits } from '@server/estate/import-units'

async function main(): Promise<number> {
  const file = process.argv[2]
  if (!file) {
    console.error(
      'usage: npm run import -- FILE.csv   (columns 楼栋,房号,楼层,面积; LINLI_DATA_DIR picks the data folder)',
    )
    return 2
  }
  const dataDir = resolve(process.env.LINLI_DATA_DIR ?? '.data')
  const runtime = createLocalRuntime(dataDir, {
    info: () => {},
    error: (message, details) => console.error(message, details),
  })
  try {
    // Seed first, as the host would: seeding after an import would collide with the imported units.
    await seedIfEmpty(runtime.store)
    const result = await importUnits(runtime.store, decodeCsvBytes(readFileSync(file)))
    if (!result.ok) {
      console.error(`导入失败，未导入任何数据（${result.error.message}）：`)
      for (const messages of Object.values(result.error.fieldErrors ?? {}))
        for (const m of messages) console.error(`  ${m}`)
      return 1
    }
    const report = result.value
    await recordAudit(contextOf(runtime), {
      by: { openid: 'cli', name: '命令行导入' },
      action: 'admin.importUnits',
      input: { file: basename(file) },
      result: report,
    })
    console.log(
      `导入完成（${dataDir}）：${report.rows} 行，${report.buildings} 栋楼；新增 ${report.created} 户，更正 ${report.updated} 户，未变 ${report.unchanged} 户`,
    )
    return 0
  } finally {
    await runtime.store.close()
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  },
)
