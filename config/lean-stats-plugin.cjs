// Taro's H5 build reporters ask webpack for its stats with no options, twice a build, only to print the
// errors and warnings: webpack then lists, sorts and groups every module and asset (`npm run build:h5`:
// about 52 CPU-seconds without this, 44 with). A stats request that names no detail gets the errors and
// warnings alone; one that names what it wants still gets it. (The weapp build asks only on failure.)
class LeanStatsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('LeanStatsPlugin', (compilation) => {
      // Before webpack's own defaults fill in what is left unset.
      compilation.hooks.statsNormalize.tap({ name: 'LeanStatsPlugin', stage: -100 }, (options) => {
        options.all ??= false
        options.errors ??= true
        options.warnings ??= true
        options.errorDetails ??= true
      })
    })
  }
}

module.exports = LeanStatsPlugin
