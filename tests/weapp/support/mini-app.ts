import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// The DOM globals must exist before miniprogram-simulate loads: import it from here, not directly.
import './dom'
import * as simulate from 'miniprogram-simulate'

export { simulate }

/** A rendered page. j-component types `render(id: string)` as a plain Component, though it returns a root. */
export type RenderedPage = simulate.RootComponent<
  WechatMiniprogram.Component.DataOption,
  WechatMiniprogram.Component.PropertyOption,
  WechatMiniprogram.Component.MethodOption
>

/** What the WeChat globals and wx.cloud answered and recorded while pages ran. */
export interface MiniApp {
  /** Cloud function calls, as [name, data]. */
  calls: [string, unknown][]
  /** Navigation API calls, as [api, url]. */
  navigations: [string, string][]
  /** Tab-bar badge calls, as [index, text] (text null for removeTabBarBadge). */
  badges: [number, string | null][]
  /** Renders one page of the build, attached to the document, as WeChat would after onLoad(query). */
  render(page: string, query?: Record<string, string>): RenderedPage
  /** Unloads every rendered page. */
  closeAll(): void
}

/** Stubbed function replies, keyed `name.action` (or `name` for every action). */
type Reply = (data: Record<string, unknown>) => unknown
type Global = Record<string, unknown> & { wx: Record<string, unknown>; Component: (options: object) => void }

interface PageOptions {
  data?: object
  [key: string]: unknown
}

/** Every page of the build's app.json, main package first, e.g. `staff/pool/index`. */
export function pagesOf(dist: string): string[] {
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  return [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`)),
  ]
}

/**
 * Loads the weapp build in dist/ the way WeChat would: app.js first (it pulls in the runtime,
 * taro, vendors and common chunks and calls App), then each page through miniprogram-simulate,
 * which compiles the page's WXML with WeChat's own wcc. `Page` is mapped onto `Component`
 * (the simulator only knows components), and wx.cloud answers from `replies`.
 */
export function loadMiniApp(dist: string, replies: Record<string, Reply>): MiniApp {
  const g = globalThis as unknown as Global
  const calls: [string, unknown][] = []
  const navigations: [string, string][] = []
  const badges: [number, string | null][] = []
  const stack: object[] = []
  const registered = new Map<string, string>()
  const rendered: RenderedPage[] = []
  let query: Record<string, string> = {}
  const launched: { app: { onLaunch?: (o: object) => void } | null } = { app: null }

  g.wx.cloud = {
    init() {},
    async callFunction({ name, data }: { name: string; data: Record<string, unknown> }) {
      calls.push([name, data])
      const key = `${name}.${String(data.action)}`
      const reply = replies[key] ?? replies[name]
      // Without a stub the page gets what a broken backend sends; it must show an error, not crash.
      return { result: reply ? reply(data) : { ok: false, error: { code: 'INTERNAL', message: `no stub for ${key}` } } }
    },
  }
  for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack']) {
    g.wx[api] = (options: { url?: string; success?: (r: object) => void }) => {
      navigations.push([api, options.url ?? ''])
      options.success?.({ errMsg: `${api}:ok` })
    }
  }
  g.wx.setTabBarBadge = (options: { index: number; text: string; success?: (r: object) => void }) => {
    badges.push([options.index, options.text])
    options.success?.({ errMsg: 'setTabBarBadge:ok' })
  }
  g.wx.removeTabBarBadge = (options: { index: number; success?: (r: object) => void }) => {
    badges.push([options.index, null])
    options.success?.({ errMsg: 'removeTabBarBadge:ok' })
  }
  g.App = (options: typeof launched.app) => {
    launched.app = options
  }
  g.getApp = () => launched.app
  g.getCurrentPages = () => stack
  g.Page = (options: PageOptions) => {
    const methods = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'function'))
    g.Component({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: Record<string, (arg?: object) => void> & object) {
          stack.push(this)
          this.onLoad?.(query)
          this.onShow?.()
        },
        ready(this: Record<string, () => void>) {
          this.onReady?.()
        },
        // Unloading unmounts the React page, which stops its timers (countdowns, polling).
        detached(this: Record<string, () => void>) {
          this.onUnload?.()
        },
      },
    })
  }

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(dist, 'app.js'))
  launched.app?.onLaunch?.({ path: 'pages/entry/index', query: {} })

  return {
    calls,
    navigations,
    badges,
    render(page, pageQuery = {}) {
      query = pageQuery
      // A page's script runs once per process (jest keeps modules cached), so each page is
      // registered once and every render makes a fresh instance of it.
      const id = registered.get(page) ?? simulate.load(join(dist, page), { rootPath: dist })
      registered.set(page, id)
      const component = simulate.render(id) as RenderedPage
      component.attach(document.createElement('parent-wrapper'))
      rendered.push(component)
      return component
    },
    closeAll() {
      for (const component of rendered.splice(0)) component.detach()
    },
  }
}
