// NutUI's ConfigProvider needs lodash.kebabcase (4 KB minified, with its Unicode word tables) only to
// turn theme variable names like `buttonPrimaryColor` into `button-primary-color`; this does that.
module.exports = (name) =>
  String(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
