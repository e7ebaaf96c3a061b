import { join } from 'node:path'
import type { DatabaseAdmin } from './database-plan'
import type { FunctionAdmin } from './function-deploy'
import { FUNCTIONS_ROOT } from './function-folders'

/** SCF's answer for a function that does not exist (ResourceNotFound.Function / .FunctionName). */
const isNotFound = (error: unknown): boolean =>
  /^ResourceNotFound/.test(String((error as { code?: unknown }).code ?? ''))

/**
 * The CloudBase management API through @cloudbase/manager-node: the library @cloudbase/cli itself
 * deploys with, called directly because `tcb fn deploy` exits 0 when a deploy fails. Loaded only
 * for a real run (it takes about a second to load).
 */
export async function openCloudAdmin(
  root: string,
  envId: string,
  secretId: string,
  secretKey: string,
): Promise<{ database: DatabaseAdmin; functions: FunctionAdmin }> {
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  const app = new CloudBase({ envId, secretId, secretKey })
  const functionRootPath = join(root, FUNCTIONS_ROOT)
  return {
    database: {
      collectionExists: async (name) => (await app.database.checkCollectionExists(name)).Exists,
      createCollection: async (name) => void (await app.database.createCollection(name)),
      indexNames: async (name) =>
        ((await app.database.describeCollection(name)).Indexes ?? []).map((index) => index.Name),
      createIndexes: async (name, indexes) =>
        void (await app.database.updateCollection(name, {
          CreateIndexes: indexes.map((index) => ({
            IndexName: index.name,
            MgoKeySchema: {
              MgoIsUnique: false,
              MgoIndexKeys: index.fields.map((field) => ({ Name: field, Direction: '1' })),
            },
          })),
        })),
      // manager-node has no helper for custom collection rules; this is the TCB API Tencent's own tools call.
      setCollectionRule: async (name, rule) =>
        void (await app.commonService().call({
          Action: 'ModifySafeRule',
          Param: { EnvId: envId, CollectionName: name, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) },
        })),
      setStorageRule: async (rule) => void (await app.storage.setStorageAcl('CUSTOM', rule)),
    },
    functions: {
      triggerNames: async (name) => {
        try {
          return ((await app.functions.getFunctionDetail(name)).Triggers ?? []).map((trigger) => trigger.TriggerName)
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
      upload: async (fn) => void (await app.functions.createFunction({ func: fn, functionRootPath, force: true })),
      deleteTrigger: async (name, trigger) => void (await app.functions.deleteFunctionTrigger(name, trigger)),
      createTriggers: async (name, triggers) => void (await app.functions.createFunctionTriggers(name, [...triggers])),
    },
  }
}
