import { init } from '@cloudbase/node-sdk'
import { COLLECTIONS } from '@server/store/collections'
import { openCloudbaseStore } from '@server/store/cloudbase.store'
import { describeStoreContract } from './store.contract'

const { TCB_ENV_ID: env, TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env

if (env && secretId && secretKey) {
  // One prefix per run keeps this run's documents apart from other runs and from real data. node-sdk
  // cannot drop collections, so the run's (emptied) collections stay behind for the console to delete.
  const collectionPrefix = `linli_test_${Date.now().toString(36)}_`
  const db = init({ env, secretId, secretKey }).database()

  describeStoreContract('CloudBase (real environment)', async () => {
    const store = openCloudbaseStore({ env, secretId, secretKey, collectionPrefix })
    await store.ensureCollections()
    return {
      store,
      // Tests share the run's collections, so each one leaves them empty for the next.
      cleanup: async () => {
        for (const name of Object.keys(COLLECTIONS)) {
          await db
            .collection(`${collectionPrefix}${name}`)
            .where({ _id: db.command.exists(true) })
            .remove()
        }
        await store.close()
      },
    }
  })
} else {
  describe.skip('CloudBase (real environment): skipped, set TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY to run it', () => {
    it('runs the store contract against a real CloudBase environment', () => undefined)
  })
}
