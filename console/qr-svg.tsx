import { create } from 'qrcode/lib/core/qrcode'

/** A QR code as an SVG path: crisp at any zoom, no canvas. */
export function QrSvg({ text, size }: { text: string; size: number }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const span = modules.size + quiet * 2
  let path = ''
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x) === 1) path += `M${x + quiet} ${y + quiet}h1v1h-1z`
    }
  }
  return (
    <svg width={size} height={size} viewBox={`0 0 ${span} ${span}`} role="img" aria-label="登录二维码">
      <rect width={span} height={span} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
