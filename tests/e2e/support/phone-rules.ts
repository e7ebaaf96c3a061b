import type { Page } from 'playwright-core'

/** The design rules a phone screen is held to (the theme's tokens, measured in CSS pixels). */
export const MIN_TARGET = 44
export const MIN_TARGET_ELDER = 56
export const MIN_TEXT = 12

/**
 * What a person can tap: buttons and form controls, NutUI's tappable parts, and our own tappable
 * views (every `onClick` view of the app carries one of these classes).
 */
const TAPPABLE = [
  'button',
  '.nut-button',
  '.nut-rate-item',
  '.nut-checkbox',
  '.nut-radio',
  '.nut-switch',
  '.nut-cell-clickable',
  '.nut-inputnumber-minus',
  '.nut-inputnumber-add',
  '.ll-section-nav__item',
  '.ll-status-filter__chip',
  '.ll-chips__item',
  '.ll-segment__item',
  '.ll-contact',
  '.ll-photo-picker__add',
  '.ll-photos__remove',
  '.ll-console__tile',
  '.ll-order-card',
  '.ll-mine__repair',
  '.ll-bills__total',
  '.taro-navigation-bar-back',
].join(',')

export interface ScreenReport {
  /** Tappable controls smaller than the minimum, as `class WxH "text"`. */
  smallTargets: string[]
  /** Visible text under 12 px, as `NNpx "text"`. */
  smallText: string[]
  /** Elements reaching past the right edge of the viewport, or the page scrolling sideways. */
  overflow: string[]
}

/** Measures the screen Taro shows now (plus the H5 title bar) against the rules. */
export async function measureScreen(page: Page, minTarget: number): Promise<ScreenReport> {
  return page.evaluate(
    ({ tappable, minTarget, minText }) => {
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
        (p) => getComputedStyle(p).display !== 'none' && p.getBoundingClientRect().width > 0,
      )
      const screen = pages[pages.length - 1] ?? document.body
      const bar = document.getElementById('taro-navigation-bar')
      const roots = bar && getComputedStyle(bar).display !== 'none' ? [screen, bar] : [screen]
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
      }
      const describe = (el: Element) =>
        `${
          (el.className || el.tagName)
            .toString()
            .split(' ')
            .find((c) => c.startsWith('ll-') || c.startsWith('nut-') || c.startsWith('taro')) ?? el.tagName
        } "${(el.textContent ?? '').trim().slice(0, 12)}"`
      const viewport = document.documentElement.clientWidth

      const smallTargets: string[] = []
      for (const root of roots)
        for (const el of Array.from(root.querySelectorAll(tappable))) {
          if (!shown(el)) continue
          // A control nested in a bigger tappable (a button's inner span) is measured as the outer one.
          const r = el.getBoundingClientRect()
          if (r.width + 0.5 < minTarget || r.height + 0.5 < minTarget)
            smallTargets.push(`${describe(el)} ${Math.round(r.width)}x${Math.round(r.height)}`)
        }

      const smallText: string[] = []
      const overflow: string[] = []
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim()
          const parent = node.parentElement
          if (!text || !parent || !shown(parent)) continue
          const size = parseFloat(getComputedStyle(parent).fontSize)
          if (size + 0.01 < minText) smallText.push(`${size.toFixed(1)}px "${text.slice(0, 12)}"`)
        }
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (!shown(el)) continue
          // Content inside a sideways-scrolling strip (the filter chips) may run past the edge by design.
          let scroller: Element | null = el.parentElement
          let inScroller = false
          while (scroller && scroller !== root) {
            if (['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) inScroller = true
            scroller = scroller.parentElement
          }
          if (inScroller) continue
          const r = el.getBoundingClientRect()
          if (r.right > viewport + 1) overflow.push(`${describe(el)} right=${Math.round(r.right)}`)
        }
      }
      if (document.documentElement.scrollWidth > viewport + 1)
        overflow.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`)
      return { smallTargets, smallText: [...new Set(smallText)], overflow: overflow.slice(0, 20) }
    },
    { tappable: TAPPABLE, minTarget, minText: MIN_TEXT },
  )
}

/** Visible text of the current screen, for checks that nothing raw (codes, ids, English) shows. */
export async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (p) => getComputedStyle(p).display !== 'none' && p.getBoundingClientRect().width > 0,
    )
    return (pages[pages.length - 1] ?? document.body).innerText
  })
}

/** Anything a manager should never read: Latin words (codes, keys, English), long hex ids, openids. */
export const RAW_TEXT = /[A-Za-z]{2,}|[0-9a-f]{16,}/
