import type { PublishedReport } from '@core/report/report.schemas'
import { figureRows, monthLabel } from '@core/report/report.labels'

/** What the drawing uses of a 2D context: the part WeChat's canvas 2D and the browser's share. */
export type PosterContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'font' | 'textAlign' | 'textBaseline' | 'fillRect' | 'fillText' | 'measureText'
>

export const POSTER_WIDTH = 750
export const POSTER_HEIGHT = 1180

const BLUE = '#1f7aec'
const TONE_COLOR = { good: '#07a35a', bad: '#e64340', plain: '#888888' } as const
const FONT = '"PingFang SC", "Noto Sans SC", "Microsoft YaHei", sans-serif'
const MARGIN = 48

/** Breaks text into lines no wider than `width` (Chinese has no spaces to break at, so by character). */
function wrap(ctx: PosterContext, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (line && ctx.measureText(line + char).width > width) {
      lines.push(line)
      line = char
    } else line += char
  }
  return line ? [...lines, line] : lines
}

/**
 * The notice-board poster: the month's headline figures for the whole estate with last month's
 * arrows, the plain readings, and the foreword. Drawn the same on WeChat's canvas and in the browser.
 */
export function drawPoster(ctx: PosterContext, published: PublishedReport, estateName: string): void {
  const rows = figureRows(published.report.estate, 'estate')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)
  ctx.fillStyle = BLUE
  ctx.fillRect(0, 0, POSTER_WIDTH, 200)
  ctx.textBaseline = 'top'
  ctx.textAlign = 'left'
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 44px ${FONT}`
  ctx.fillText(`${monthLabel(published.id)}服务报告`, MARGIN, 56)
  ctx.font = `26px ${FONT}`
  ctx.fillText(`${estateName} · 数字由系统按记录自动计算`, MARGIN, 124)

  let y = 236
  ctx.font = `24px ${FONT}`
  ctx.fillStyle = '#555555'
  for (const line of wrap(ctx, published.foreword, POSTER_WIDTH - 2 * MARGIN).slice(0, 3)) {
    ctx.fillText(line, MARGIN, y)
    y += 34
  }
  if (published.foreword) y += 12

  for (const row of rows) {
    ctx.textAlign = 'left'
    ctx.fillStyle = '#333333'
    ctx.font = `28px ${FONT}`
    ctx.fillText(row.label, MARGIN, y)
    ctx.font = `bold 30px ${FONT}`
    ctx.fillText(row.value, 330, y)
    if (row.trend) {
      ctx.textAlign = 'right'
      ctx.fillStyle = TONE_COLOR[row.trend.tone]
      ctx.font = `24px ${FONT}`
      ctx.fillText(`${row.trend.arrow} ${row.trend.text}`, POSTER_WIDTH - MARGIN, y + 4)
    }
    y += 44
    if (row.sentence) {
      ctx.textAlign = 'left'
      ctx.fillStyle = '#777777'
      ctx.font = `22px ${FONT}`
      ctx.fillText(row.sentence, MARGIN, y)
      y += 34
    }
    ctx.fillStyle = '#eeeeee'
    ctx.fillRect(MARGIN, y, POSTER_WIDTH - 2 * MARGIN, 2)
    y += 16
  }

  ctx.textAlign = 'center'
  ctx.fillStyle = '#999999'
  ctx.font = `22px ${FONT}`
  ctx.fillText('各楼栋明细请在「邻里」小程序首页查看 · 不含任何住户个人信息', POSTER_WIDTH / 2, POSTER_HEIGHT - 56)
}
