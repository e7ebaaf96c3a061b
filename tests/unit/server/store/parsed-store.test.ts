import { COLLECTIONS } from '@server/store/collections'
import { parsedStore } from '@server/store/parsed-store'
import { openSqliteStore } from '@server/store/sqlite.store'
import { MalformedDocumentError, type DocumentStore } from '@server/store/store.port'

/** Whatever an adapter may hold, however wrong. */
type Loose = { id: string; version: number; [field: string]: unknown }

let raw: DocumentStore
beforeEach(() => {
  raw = openSqliteStore(':memory:')
})
afterEach(() => raw.close())

const unit = { id: '1-101', version: 0, building: '1', number: '101', floor: 1, areaM2: 89.5 }
/** How the adapter holds an estate's document: keyed and stamped with its estate. */
const inEstate = (doc: Loose): Loose => ({ ...doc, id: `linli:${doc.id}`, estateId: 'linli' })
const typed = () => parsedStore(raw).forEstate('linli')

describe('the typed store over an adapter', () => {
  it('reads a well-formed document back as stored, extra fields included', async () => {
    await raw.collection<Loose>('units').insert(inEstate({ ...unit, note: '南向' }))
    expect(await typed().collection('units').get('1-101')).toEqual({ ...unit, version: 1, note: '南向' })
  })

  it('fails loudly on a malformed document, naming the collection, the id and the field', async () => {
    await raw.collection<Loose>('units').insert(inEstate({ ...unit, floor: '一楼' }))
    const units = typed().collection('units')
    await expect(units.get('1-101')).rejects.toThrow(MalformedDocumentError)
    await expect(units.get('1-101')).rejects.toThrow(/units\/1-101 is malformed: floor/)
    await expect(units.find({ where: { building: '1' }, limit: 10 })).rejects.toThrow(/units\/1-101/)
  })

  it('tells the two settings documents apart by id', async () => {
    await raw.collection<Loose>('settings').insert(inEstate({ id: 'profile', version: 0, name: 7 }))
    await expect(typed().collection('settings').get('profile')).rejects.toThrow(/settings\/profile/)
  })

  it('declares every collection with a tenancy scope', () => {
    const scopes = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.scope]))
    // Only the estates themselves, a WeChat user's account, verified phone and consents, the local
    // stand-in's outbox and desktop sign-ins (made before anyone is known) span estates.
    expect(Object.entries(scopes).filter(([, scope]) => scope === 'global')).toEqual([
      ['estates', 'global'],
      ['accounts', 'global'],
      ['verifiedPhones', 'global'],
      ['consents', 'global'],
      ['outbox', 'global'],
      ['limitSlots', 'global'],
      ['requestLog', 'global'],
      ['consoleSignIns', 'global'],
    ])
  })
})
