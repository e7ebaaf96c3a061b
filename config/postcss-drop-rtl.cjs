// NutUI ships right-to-left variants of its component styles (~2.5 KB of the mini-program's main package);
// they apply only under a ConfigProvider with direction "rtl", which this Chinese-only app never sets.
const RTL_SELECTOR = /\.nut-rtl\b|\[dir=["']?rtl["']?\]|-rtl\b/

module.exports = () => ({
  postcssPlugin: 'linli-drop-rtl',
  Rule(rule) {
    const kept = rule.selectors.filter((selector) => !RTL_SELECTOR.test(selector))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selectors = kept
  },
})
module.exports.postcss = true
