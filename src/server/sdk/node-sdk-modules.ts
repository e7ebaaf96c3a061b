/**
 * The `@cloudbase/node-sdk` modules a call needs, gathered in one module that
 * scripts/build-functions.mjs bundles into a file of its own beside each function's index.js
 * (about 470 KB): loading the function does not even parse them, node-sdk-parts.ts requires
 * this on first use.
 */
export { getCloudbaseContext } from '@cloudbase/node-sdk/dist/utils/tcbcontext'
export { newDb } from '@cloudbase/node-sdk/dist/database'
export { normalizeConfig } from '@cloudbase/node-sdk/dist/utils/utils'
