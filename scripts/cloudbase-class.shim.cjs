// Stands in for @cloudbase/node-sdk's dist/cloudbase.js inside function bundles (scripts/build-functions.mjs).
// The SDK's request modules reach that class only for its static context reader and `scfContext`
// (set by `CloudBase.parseContext`, which this code base never calls); requiring the real class would
// load the whole SDK (AI, auth, models, storage) that src/server/cloudbase/node-sdk-parts.ts avoids.
const { getCloudbaseContext } = require('@cloudbase/node-sdk/dist/utils/tcbcontext')

module.exports = { CloudBase: { getCloudbaseContext, scfContext: undefined } }
