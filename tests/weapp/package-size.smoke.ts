import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { MAIN_BUDGET_KB, MAIN_CEILING_KB, PACKAGE_LIMIT_KB, weappPackageSizes } from '../../bench/package-size'

/**
 * Every user downloads the main package before the first screen shows; WeChat refuses any package
 * over its limit. Measured on the built dist/ as WeChat DevTools uploads it (bench/package-size.ts).
 */

const DIST = join(__dirname, '../../dist')

beforeAll(() => {
  if (!existsSync(join(DIST, 'app.json'))) throw new Error('build the weapp first: npx taro build --type weapp')
})

// The budget is MAIN_BUDGET_KB; until the main package reaches it, it may at least not grow.
test(`the main package does not grow past ${MAIN_CEILING_KB} KB (budget ${MAIN_BUDGET_KB} KB)`, () => {
  expect(weappPackageSizes(DIST).mainKB).toBeLessThanOrEqual(MAIN_CEILING_KB)
})

test(`every subpackage stays within WeChat's ${PACKAGE_LIMIT_KB} KB limit`, () => {
  for (const [root, kb] of Object.entries(weappPackageSizes(DIST).subpackagesKB)) {
    expect({ root, kb: Math.min(kb, PACKAGE_LIMIT_KB) }).toEqual({ root, kb })
  }
})
