/**
 * The `qrcode` package's encoder without its PNG/SVG/terminal renderers (which need Node).
 * Only what components/visitor/qr-matrix.ts uses is declared.
 */
declare module 'qrcode/lib/core/qrcode' {
  interface BitMatrix {
    size: number
    /** 1 for a dark module; row-major. */
    get(row: number, col: number): number
  }
  export function create(text: string, options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' }): { modules: BitMatrix }
}
