import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createLocalRuntime } from '@server/local/local-runtime'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

const admin = (event: Record<string, unknown>) => host.call('admin-1', 'admin', event)

const CSV = ['楼栋,房号,楼层,面积(㎡)', '5,101,1,88.50', '5,102,1,92', '5,1201,,120.25', '10,101,1,75.3', ''].join(
  '\r\n',
)

describe('importing buildings and units from CSV', () => {
  it('adds the units and their buildings; importing the same file again changes nothing', async () => {
    expect(await admin({ action: 'importUnits', csv: CSV })).toEqual({
      ok: true,
      data: { rows: 4, created: 4, updated: 0, unchanged: 0, buildings: 2 },
    })
    const buildings = await admin({ action: 'listBuildings' })
    expect(buildings.ok && buildings.data.items.map((b: { code: string }) => b.code)).toEqual([
      '1',
      '2',
      '3',
      '5',
      '10',
    ])
    expect(buildings.ok && buildings.data.items[3]).toEqual({ code: '5', name: '5号楼', unitCount: 3, floors: 12 })
    const units = await admin({ action: 'listUnits', building: '5' })
    expect(units).toEqual({
      ok: true,
      data: {
        items: [
          { id: '5-101', version: 1, building: '5', number: '101', floor: 1, areaM2: 88.5, residents: 0 },
          { id: '5-102', version: 1, building: '5', number: '102', floor: 1, areaM2: 92, residents: 0 },
          { id: '5-1201', version: 1, building: '5', number: '1201', floor: 12, areaM2: 120.25, residents: 0 },
        ],
      },
    })
    expect(await admin({ action: 'importUnits', csv: CSV })).toMatchObject({
      ok: true,
      data: { created: 0, unchanged: 4 },
    })
  })

  it('corrects the floor area of a unit already stored', async () => {
    const csv = 'building,number,floor,area\n1,101,1,90.12\n1,102,1,109\n'
    expect(await admin({ action: 'importUnits', csv })).toMatchObject({
      ok: true,
      data: { created: 0, updated: 1, unchanged: 1 },
    })
    const units = await admin({ action: 'listUnits', building: '1' })
    expect(units.ok && units.data.items[0]).toMatchObject({ id: '1-101', areaM2: 90.12, residents: 1 })
  })

  it('imports nothing when one row is bad, and names that row', async () => {
    const csv = [
      '楼栋,房号,楼层,面积',
      '7,101,1,88',
      '7,102,1,88',
      '7,103,一,88',
      '7,101,1,88',
      '7,105,1,88.123',
      ...Array(5).fill('7,,1,80'),
    ].join('\n')
    const result = await admin({ action: 'importUnits', csv })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(!result.ok && result.error.fieldErrors).toEqual({
      'row.4': ['第 4 行：楼层须为整数'],
      'row.5': ['第 5 行：房屋 7-101 与第 2 行重复'],
      'row.6': ['第 6 行：面积须为正数，最多两位小数'],
      'row.7': ['第 7 行：缺少房号'],
      'row.8': ['第 8 行：缺少房号'],
      'row.9': ['第 9 行：缺少房号'],
      'row.10': ['第 10 行：缺少房号'],
      'row.11': ['第 11 行：缺少房号'],
    })
    const buildings = await admin({ action: 'listBuildings' })
    expect(buildings.ok && buildings.data.items.map((b: { code: string }) => b.code)).toEqual(['1', '2', '3'])
  })

  it('names the missing columns of a wrong header', async () => {
    expect(await admin({ action: 'importUnits', csv: '楼栋,房间\n1,101\n' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'row.1': ['第 1 行：表头缺少列：房号、楼层、面积（需要 楼栋,房号,楼层,面积）'] } },
    })
  })

  it('is a manager action, and is recorded', async () => {
    expect(await host.call('resident-1', 'admin', { action: 'importUnits', csv: CSV })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    await admin({ action: 'importUnits', csv: CSV })
    const log = await admin({ action: 'listAudit' })
    expect(log.ok && log.data.items).toEqual([
      expect.objectContaining({ action: 'admin.importUnits', by: 'admin-1', input: { csv: CSV }, resultId: null }),
    ])
  })
})

describe('npm run import -- FILE', () => {
  const run = promisify(execFile)
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'linli-import-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const importFile = (csv: string) => {
    writeFileSync(join(dir, 'units.csv'), csv)
    return run('npm', ['run', '--silent', 'import', '--', join(dir, 'units.csv')], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, LINLI_DATA_DIR: join(dir, 'data') },
    })
  }

  it('loads a file into the local data folder, next to the demo estate', async () => {
    const { stdout } = await importFile(CSV)
    expect(stdout).toContain('新增 4 户')
    const runtime = createLocalRuntime(join(dir, 'data'), { info: () => {}, error: () => {} })
    try {
      expect(await runtime.store.collection('units').get('5-1201')).toMatchObject({ floor: 12, areaM2: 120.25 })
      expect(await runtime.store.collection('units').get('1-101')).not.toBeNull()
      expect(await runtime.store.collection('auditLog').find({ where: {}, limit: 10 })).toEqual([
        expect.objectContaining({ by: 'cli', action: 'admin.importUnits', input: { file: 'units.csv' } }),
      ])
    } finally {
      await runtime.store.close()
    }
  }, 60_000)

  it('fails with the bad rows and imports nothing', async () => {
    const failure = await importFile('楼栋,房号,楼层,面积\n8,101,1,80\n8,102,1,0\n').catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('第 3 行：面积须大于 0') })
    const runtime = createLocalRuntime(join(dir, 'data'), { info: () => {}, error: () => {} })
    try {
      expect(await runtime.store.collection('units').get('8-101')).toBeNull()
    } finally {
      await runtime.store.close()
    }
  }, 60_000)
})

describe('the estate profile', () => {
  it('managers edit it and anyone, bound or not, reads the public part', async () => {
    const current = await admin({ action: 'getEstateProfile' })
    expect(current).toMatchObject({ ok: true, data: { version: 0, name: '邻里小区' } })
    const saved = await admin({
      action: 'saveEstateProfile',
      version: 0,
      name: '翠湖花园',
      address: '杭州市西湖区翠湖路 1 号',
      servicePhone: '0571-88888888',
      buildingNames: { '1': '一期1幢' },
      publicAreas: [{ id: 'garage', name: '地下车库' }],
    })
    expect(saved).toMatchObject({ ok: true, data: { version: 1, name: '翠湖花园' } })
    expect(await admin({ action: 'saveEstateProfile', version: 0, name: '旧名字' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await host.call('wx-guest', 'me', { action: 'publicInfo' })).toEqual({
      ok: true,
      data: {
        name: '翠湖花园',
        address: '杭州市西湖区翠湖路 1 号',
        servicePhone: '0571-88888888',
        publicAreas: [{ id: 'garage', name: '地下车库' }],
        buildings: [
          { code: '1', name: '一期1幢' },
          { code: '2', name: '2号楼' },
          { code: '3', name: '3号楼' },
        ],
      },
    })
  })
})
