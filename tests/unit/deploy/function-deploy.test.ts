import type { CloudbaseFunction } from '../../../scripts/deploy/cloudbaserc'
import { deployFunction, type FunctionAdmin } from '../../../scripts/deploy/function-deploy'
import type { TimerTrigger } from '../../../scripts/deploy/function-folders'

/** A CloudBase environment's functions, in memory. */
class FakeFunctions implements FunctionAdmin {
  readonly deployed = new Map<string, { config: CloudbaseFunction; triggers: TimerTrigger[] }>()
  async triggerNames(name: string) {
    return this.deployed.get(name)?.triggers.map((trigger) => trigger.name) ?? null
  }
  async upload(fn: CloudbaseFunction) {
    this.deployed.set(fn.name, { config: fn, triggers: this.deployed.get(fn.name)?.triggers ?? [] })
  }
  async deleteTrigger(name: string, trigger: string) {
    const fn = this.deployed.get(name)!
    fn.triggers = fn.triggers.filter((candidate) => candidate.name !== trigger)
  }
  async createTriggers(name: string, triggers: readonly TimerTrigger[]) {
    const fn = this.deployed.get(name)!
    if (triggers.some((trigger) => fn.triggers.some((existing) => existing.name === trigger.name)))
      throw new Error('trigger exists')
    fn.triggers.push(...triggers)
  }
}

const sweep = (
  config: string,
  triggers = [{ name: 'everyMinute', type: 'timer' as const, config }],
): CloudbaseFunction => ({
  name: 'slaSweep',
  handler: 'index.main',
  runtime: 'Nodejs18.15',
  timeout: 60,
  memorySize: 256,
  installDependency: true,
  ignore: [],
  envVariables: { LINLI_ESTATE_ID: 'sunny-garden' },
  triggers,
})

describe('deploying a function', () => {
  it('creates a new function with its timer trigger', async () => {
    const cloud = new FakeFunctions()
    const log: string[] = []
    await deployFunction(cloud, sweep('0 * * * * * *'), (line) => log.push(line))
    expect(cloud.deployed.get('slaSweep')!.triggers).toEqual([
      { name: 'everyMinute', type: 'timer', config: '0 * * * * * *' },
    ])
    expect(cloud.deployed.get('slaSweep')!.config).not.toHaveProperty('triggers')
    expect(log).toEqual(['slaSweep: created (Nodejs18.15, 60 s, 256 MB; triggers: everyMinute "0 * * * * * *")'])
  })

  it('a changed cron replaces the trigger instead of failing on the existing name', async () => {
    const cloud = new FakeFunctions()
    await deployFunction(cloud, sweep('0 * * * * * *'), () => undefined)
    await deployFunction(cloud, sweep('0 */5 * * * * *'), () => undefined)
    expect(cloud.deployed.get('slaSweep')!.triggers).toEqual([
      { name: 'everyMinute', type: 'timer', config: '0 */5 * * * * *' },
    ])
  })

  it('a trigger dropped from config.json is removed from the function', async () => {
    const cloud = new FakeFunctions()
    await deployFunction(cloud, sweep('0 * * * * * *'), () => undefined)
    await deployFunction(cloud, sweep('', []), () => undefined)
    expect(cloud.deployed.get('slaSweep')!.triggers).toEqual([])
  })
})
