import { JSDOM } from 'jsdom'

/**
 * miniprogram-simulate renders into a DOM. Its own tests run under jest-environment-jsdom; we
 * install one jsdom window as the globals instead, replacing Node's own Event classes so the
 * events j-component creates are the window's.
 */
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  pretendToBeVisual: true,
  url: 'https://servicewechat.com/',
})

const KEYS = [
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'CustomEvent',
  'MouseEvent',
  'DocumentFragment',
  'Text',
  'Comment',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const

Object.defineProperty(globalThis, 'window', { value: dom.window, configurable: true, writable: true })
for (const key of KEYS) {
  const value: unknown = dom.window[key]
  Object.defineProperty(globalThis, key, {
    value: typeof value === 'function' && /^[a-z]/.test(key) ? value.bind(dom.window) : value,
    configurable: true,
    writable: true,
  })
}
