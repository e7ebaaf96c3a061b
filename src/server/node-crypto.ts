let loaded: typeof import('node:crypto') | undefined

/**
 * `node:crypto`, required on first use. Loading it (with the streams it pulls in) was ~12 ms of every
 * function's cold start, and the code bundled into functions needs it only inside calls, where the
 * CloudBase SDK's request signing loads it anyway.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require, not an import: an import would run at load
  loaded ??= require('node:crypto') as typeof import('node:crypto')
  return loaded
}
