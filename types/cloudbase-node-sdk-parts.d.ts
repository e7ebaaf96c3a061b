// The few modules inside @cloudbase/node-sdk 3.18.3 that src/server/sdk/node-sdk-parts.ts
// loads on their own (the package types only its main entry).
declare module '@cloudbase/node-sdk/dist/database' {
  import type { ICloudBaseConfig } from '@cloudbase/node-sdk'
  type Db = ReturnType<ReturnType<typeof import('@cloudbase/node-sdk').init>['database']>
  export function newDb(cloudbase: { config: ICloudBaseConfig }, dbConfig?: object): Db
}
declare module '@cloudbase/node-sdk/dist/utils/utils' {
  import type { ICloudBaseConfig } from '@cloudbase/node-sdk'
  export function normalizeConfig(config: ICloudBaseConfig): ICloudBaseConfig
}
declare module '@cloudbase/node-sdk/dist/utils/tcbcontext' {
  export const getCloudbaseContext: typeof import('@cloudbase/node-sdk').getCloudbaseContext
}
declare module '@cloudbase/node-sdk/dist/const/symbol' {
  export const SYMBOL_CURRENT_ENV: symbol
}
