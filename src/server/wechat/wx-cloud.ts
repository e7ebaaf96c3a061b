/** wx-server-sdk as its typings describe it. */
export type WxCloud = typeof import('wx-server-sdk')

// One initialised SDK per function instance, loaded on first use, so functions that never push
// or pay need not ship wx-server-sdk in their folder.
let loaded: Promise<WxCloud> | undefined

/** The wx-server-sdk cloud, initialised for the calling function's environment. */
export function wxCloud(): Promise<WxCloud> {
  // The SDK is CommonJS that Node's import() exposes only as `default`.
  loaded ??= import('wx-server-sdk').then(({ default: cloud }) => {
    // The typings want a string, but the SDK documents this symbol as "the calling function's env".
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    return cloud
  })
  return loaded
}
