import { init } from '@cloudbase/node-sdk'
import { openCloudbaseStore, type CloudbaseStoreOptions } from '@server/store/cloudbase.store'
import type { StoredDoc } from '@server/store/store.port'
import { startCloudbaseWireStub, type CloudbaseWireStub, type WireRequest } from './cloudbase-wire-stub'
import { describeStoreContract } from './store.contract'

// Off Tencent Cloud, node-sdk probes http://metadata.tencentyun.com before every request and caches only
// a success: here each probe costs its 30 ms timeout and leaves a DNS lookup running after the tests.
jest.mock('@cloudbase/node-sdk/dist/utils/metadata', () => ({
  ...(jest.requireActual('@cloudbase/node-sdk/dist/utils/metadata') as object),
  lookupAppId: async () => '',
}))

// Placeholders: node-sdk signs every request and dies without keys, even against the stub.
const stubOptions = (stub: CloudbaseWireStub): CloudbaseStoreOptions => ({
  env: 'stub-env',
  secretId: 'stub-secret-id',
  secretKey: 'stub-secret-key',
  serviceUrl: stub.serviceUrl,
  timeout: 5000,
})

async function openOnStub() {
  const stub = await startCloudbaseWireStub()
  const store = openCloudbaseStore(stubOptions(stub))
  await store.ensureCollections()
  return { stub, store }
}

describeStoreContract('CloudBase adapter against the wire stub', async () => {
  const { stub, store } = await openOnStub()
  return {
    store,
    cleanup: async () => {
      await store.close()
      await stub.close()
    },
  }
})

describe('CloudBase adapter on the wire', () => {
  let stub: CloudbaseWireStub
  let store: Awaited<ReturnType<typeof openOnStub>>['store']
  type Loose = StoredDoc & Record<string, unknown>
  const sent = (action: string): WireRequest[] => stub.requests.filter((request) => request.action === action)

  beforeEach(async () => {
    ;({ stub, store } = await openOnStub())
  })
  afterEach(async () => {
    await store.close()
    await stub.close()
  })

  it('a replace is one update conditioned on _id and version that sets each top-level field whole', async () => {
    const orders = store.collection<Loose>('workOrders')
    await orders.insert({
      id: 'o1',
      version: 1,
      status: 'submitted',
      deadlines: { response: 'r', arrival: 'a' },
      note: 'x',
    })
    await orders.replace({ id: 'o1', version: 1, status: 'accepted', deadlines: { response: 'r' } })
    const [update] = sent('database.modifyDocument')
    expect(update).toMatchObject({
      collectionName: 'workOrders',
      query: { _id: 'o1', version: 1 },
      data: { $set: { status: 'accepted', deadlines: { response: 'r' }, version: 2 }, $unset: { note: '' } },
      merge: true,
      upsert: false,
    })
  })

  it('a find sends its conditions, its sort then the id tie-break, the skip and the limit', async () => {
    await store.collection('workOrders').find({
      where: { status: { in: ['submitted', 'accepted'] }, nextCheckAt: { gte: 'a', lt: 'b' }, unitId: '1-101' },
      orderBy: { field: 'createdAt', direction: 'desc' },
      limit: 20,
      skip: 40,
    })
    const [find] = sent('database.getDocument')
    expect(find).toMatchObject({
      collectionName: 'workOrders',
      query: {
        status: { $in: ['submitted', 'accepted'] },
        unitId: { $eq: '1-101' },
        $and: [{ nextCheckAt: { $gte: 'a' } }, { nextCheckAt: { $lt: 'b' } }],
      },
      offset: 40,
      limit: 20,
    })
    expect(Object.entries(find?.order ?? {})).toEqual([
      ['createdAt', -1],
      ['_id', 1],
    ])
  })

  it('a remove is conditioned on _id and version', async () => {
    await store.collection('workOrders').remove('o1', 3)
    expect(sent('database.removeDocument')).toMatchObject([{ query: { _id: 'o1', version: 3 } }])
  })

  it('a service error other than a taken id is not swallowed', async () => {
    const unprovisioned = openCloudbaseStore({ ...stubOptions(stub), collectionPrefix: 'missing_' })
    await expect(unprovisioned.collection('workOrders').insert({ id: 'o1', version: 1 })).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    })
  })

  it('collections are created under the prefix, once', async () => {
    const prefixed = openCloudbaseStore({ ...stubOptions(stub), collectionPrefix: 'run42_' })
    await prefixed.ensureCollections()
    await prefixed.ensureCollections()
    await prefixed.collection('users').insert({ id: 'u1', version: 1 })
    expect(sent('database.insertDocument').at(-1)).toMatchObject({ collectionName: 'run42_users' })
  })

  it('a stored document without a numeric version fails loudly when read', async () => {
    const raw = init({ ...stubOptions(stub) }).database()
    await raw.collection('workOrders').add({ _id: 'hand-made', status: 'submitted' })
    await expect(store.collection('workOrders').get('hand-made')).rejects.toThrow(/numeric version/)
  })

  it('refuses to open without keys outside a CloudBase function', () => {
    expect(() => openCloudbaseStore({ env: 'some-env' })).toThrow(/secretId and secretKey/)
  })
})
