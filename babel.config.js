// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
const nutuiPackage = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`

module.exports = {
  // Targets: WeChat 8 needs iOS 12 or later, and its Android runtime is a Chromium well past 63. Taro's
  // default (iOS 9, Android 5) turns every async function into a regenerator state machine and every
  // class and spread into helpers, all shipped in the main package.
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets: { ios: '12', chrome: '63' } }]],
  plugins: [
    // Unused schemas and tables of a core module stay out of the bundle (config/babel-pure-core.cjs).
    require('./config/babel-pure-core.cjs'),
    // Import NutUI one component (and its CSS) at a time: the full stylesheet would add ~230 KB to every page.
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: nutuiPackage,
        // Adds `<package>/style/css` beside each component import (`customStyle` is not an option).
        style: 'css',
      },
      'nutui-react-taro',
    ],
  ],
}
