// wawoff2 ships no types; the test browser uses its WOFF2 decoder only.
declare module 'wawoff2/decompress' {
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>
}
