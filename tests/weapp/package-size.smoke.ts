import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { MAIN_BUDGET_KB, PACKAGE_LIMIT_KB, weappPackageSizes } from '../../bench/package-size'

/**
 * Every user downloads the main package before the first screen shows; WeChat refuses any package
 * over its limit. Measured on the built dist/ as WeChat DevTools uploads it (bench/package-size.ts).
 */

const DIST = join(__dirname, '../../dist')

beforeAll(() => {
  if (!existsSync(join(DIST, 'app.json'))) throw new Error('build the weapp first: npx taro build --type weapp')
})

test(`the main package stays within its ${MAIN_BUDGET_KB} KB budget`, () => {
  expect(weappPackageSizes(DIST).mainKB).toBeLessThanOrEqual(MAIN_BUDGET_KB)
})

test(`every subpackage stays within WeChat's ${PACKAGE_LIMIT_KB} KB limit`, () => {
  for (const [root, kb] of Object.entries(weappPackageSizes(DIST).subpackagesKB)) {
    expect({ root, kb: Math.min(kb, PACKAGE_LIMIT_KB) }).toEqual({ root, kb })
  }
})
