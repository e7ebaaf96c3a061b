import { SCREENED_ACTIONS } from '@server/screening/screening.policy'
import { readFunctionFolders } from '../../../scripts/deploy/function-folders'

const folders = new Map(readFunctionFolders('.').map((folder) => [folder.name, folder]))
const functionsOf = (predicate: (qualified: string) => boolean) => [
  ...new Set(
    Object.keys(SCREENED_ACTIONS)
      .filter(predicate)
      .map((qualified) => qualified.split('.')[0]!),
  ),
]

describe('content-security cloud-call permissions', () => {
  it.each(functionsOf(() => true))('%s screens text, so it may call security.msgSecCheck with wx-server-sdk', (name) => {
    expect(folders.get(name)?.openapi).toContain('security.msgSecCheck')
    expect(folders.get(name)?.dependencies).toHaveProperty('wx-server-sdk')
  })

  it.each(functionsOf((qualified) => Boolean(SCREENED_ACTIONS[qualified]!.photos)))(
    '%s takes photos, so it may call security.mediaCheckAsync',
    (name) => {
      expect(folders.get(name)?.openapi).toContain('security.mediaCheckAsync')
    },
  )
})
