/** The one react-dom entry the desktop console uses (@types/react-dom is not installed). */
declare module 'react-dom/client' {
  import type { ReactNode } from 'react'
  export function createRoot(container: Element): { render(node: ReactNode): void; unmount(): void }
}
