// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
const nutuiPackage = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
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
