import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import TerserPlugin from 'terser-webpack-plugin'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LeanStatsPlugin = require('./lean-stats-plugin.cjs')

/** What Taro hands terser-webpack-plugin for the weapp build (its MiniBaseConfig, merged with `terser.config`). */
interface TerserPluginOptions {
  parallel: boolean
  terserOptions: { compress: Record<string, unknown> & { warnings?: boolean } }
}

const root = path.resolve(__dirname, '..')
const VENDOR_OR_CORE = /[\\/](node_modules|src[\\/]core)[\\/]/
const isVendorOrCore = (module: { resource?: string }) => VENDOR_OR_CORE.test(module.resource ?? '')
const isH5 = process.env.TARO_ENV === 'h5'

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-11-27',
    // NutUI is drawn at 375 px; our own styles at WeChat's 750 rpx.
    designWidth: (input) =>
      typeof input === 'object' && input?.file?.replace(/\\/g, '/').includes('@nutui') ? 375 : 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // The local host serves dist-h5/; WeChat DevTools reads dist/ (project.config.json).
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    // The client may import the pure core, never src/server.
    alias: { '@core': path.join(root, 'src/core') },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // The weapp build's minifier (swc in terser's plugin: see mini.webpackChain).
    terser: { enable: true },
    // The H5 build is the local product and the browser tests' target, not a size budget: esbuild
    // minifies it in a fraction of terser's time (`npm run build:h5`: see docs/architecture.md).
    ...(isH5
      ? {
          jsMinimizer: 'esbuild' as const,
          esbuild: { minify: { enable: true, config: { charset: 'utf8', target: 'es2017' } } },
        }
      : {}),
    // Templates WeChat compiles per nesting level (it has no template recursion): 16 levels cost
    // 61 KB of base.wxml in the main package. Deeper nodes render through Taro's `comp` component
    // instead; our deepest screens (order detail, NutUI steps) reach about 11 levels, so only
    // their innermost nodes take that path, and Taro's performance guide itself suggests 8.
    baseLevel: 8,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        './config/postcss-drop-rtl.cjs': { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // Modules used only by staff/ or admin/ move into those subpackages.
      optimizeMainPackage: { enable: true },
      miniCssExtractPluginOption: { ignoreOrder: true },
      // LINLI_SOURCE_MAPS=1 writes full source maps beside each file (WeChat does not upload them):
      // `node scripts/weapp-size-breakdown.mjs` reads them to say which module costs what, minified.
      ...(process.env.LINLI_SOURCE_MAPS ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
      webpackChain(chain) {
        // swc's minifier with Taro's own (cautious) compress options in place of terser's: the same
        // output rules, `npx taro build --type weapp` 39 to 31 CPU-seconds, main package 561.5 to 556.4 KB.
        chain.optimization.minimizer('terserPlugin').tap((args) => {
          const options = args[0] as TerserPluginOptions
          // swc takes every compress option terser's config names but `warnings` (gone from terser too).
          const { warnings: _warnings, ...compress } = options.terserOptions.compress
          // Taro's default escapes every Chinese character as \uXXXX (6 bytes instead of 3); WeChat reads UTF-8.
          const format = { comments: false, asciiOnly: false }
          return [
            { ...options, minify: TerserPlugin.swcMinify, terserOptions: { compress, mangle: true, ecma: 5, format } },
          ]
        })
        // Webpack keeps every export of zod's `z` namespace (~375 KB) as soon as `z` crosses from
        // one module to another it cannot merge with, e.g. across chunks. Keeping core beside zod
        // in `vendors` removes the chunk boundary; the other cause (several schema modules sharing
        // core/shared/zod.ts) needs `z` to be a plain object there.
        chain.optimization.merge({ splitChunks: { cacheGroups: { vendors: { test: isVendorOrCore } } } })
        // Core is pure by rule (ARCHITECTURE.md): an import whose exports go unused can go, except zod.ts's jitless switch.
        chain.module
          .rule('linli-pure-core')
          .test(/[\\/]src[\\/]core[\\/].*\.ts$/)
          .exclude.add(/[\\/]src[\\/]core[\\/]shared[\\/]zod\.ts$/)
          .end()
          // webpack-chain supports the option; its typings lack the method.
          .set('sideEffects', false)
        chain.resolve.alias.set('lodash.kebabcase', path.join(__dirname, 'kebab-case.cjs'))
        // zod's JSON Schema converter, which no client code calls (config/zod-json-schema-stub.loader.cjs).
        chain.module
          .rule('linli-zod-json-schema-stub')
          .test(/[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/)
          .use('stub')
          .loader(path.join(__dirname, 'zod-json-schema-stub.loader.cjs'))
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      webpackChain(chain) {
        chain.plugin('lean-stats').use(LeanStatsPlugin)
      },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }
  return process.env.NODE_ENV === 'development' ? merge({}, baseConfig, devConfig) : merge({}, baseConfig, prodConfig)
})
