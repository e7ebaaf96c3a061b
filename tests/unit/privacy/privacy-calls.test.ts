import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PRIVACY_GUIDE_ITEMS } from '../../../src/services/privacy/privacy-guide'

const ROOT = join(__dirname, '../../..')
const CLIENT = join(ROOT, 'src')

/** WeChat's privacy APIs (its 隐私接口 list) plus the dialer, under Taro or wx. */
const PERSONAL_APIS = [
  'chooseMedia',
  'chooseImage',
  'chooseVideo',
  'scanCode',
  'makePhoneCall',
  'setClipboardData',
  'getClipboardData',
  'chooseMessageFile',
  'getLocation',
  'getFuzzyLocation',
  'startLocationUpdate',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'chooseLicensePlate',
  'getWeRunData',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'startRecord',
  'getRecorderManager',
  'createCameraContext',
  'openBluetoothAdapter',
  'authorize',
]
const PERSONAL_OPEN_TYPES = ['getPhoneNumber', 'getRealtimePhoneNumber', 'chooseAvatar']

const API_CALL = new RegExp(String.raw`\b(?:Taro|wx)\.(${PERSONAL_APIS.join('|')})\s*\(`, 'g')
const OPEN_TYPE = new RegExp(String.raw`openType=\{?["'](${PERSONAL_OPEN_TYPES.join('|')})["']`, 'g')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path.endsWith(join('src', 'server')) ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

// Comments mention APIs ("a photo picked with Taro.chooseMedia") without calling them.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')

/** Every personal-information call in the app, as `call @ file`. */
function callsInCode(): Set<string> {
  const found = new Set<string>()
  for (const file of sourceFiles(CLIENT)) {
    const text = withoutComments(readFileSync(file, 'utf8'))
    const path = relative(ROOT, file)
    for (const match of text.matchAll(API_CALL)) found.add(`Taro.${match[1]} @ ${path}`)
    for (const match of text.matchAll(OPEN_TYPE)) found.add(`openType="${match[1]}" @ ${path}`)
  }
  return found
}

const doc = readFileSync(join(ROOT, 'docs/privacy.md'), 'utf8')

/** The API table of docs/privacy.md, as `call @ file`. */
function callsInDoc(): Set<string> {
  const rows = doc.matchAll(/^\| `([^`]+)` \| [^|]+ \| `([^`]+)` \|$/gm)
  return new Set([...rows].map(([, call, file]) => `${call} @ ${file}`))
}

describe('docs/privacy.md and the code agree on personal-information calls', () => {
  it('every call the app makes is listed in docs/privacy.md with its file (add a row and a guide item)', () => {
    const listed = callsInDoc()
    expect([...callsInCode()].filter((call) => !listed.has(call))).toEqual([])
  })

  it('every call docs/privacy.md lists is still made (remove the row when the code stops)', () => {
    const made = callsInCode()
    expect([...callsInDoc()].filter((call) => !made.has(call))).toEqual([])
  })

  it('API calls are made only by the privacy gate module, so none can skip the consent check', () => {
    const outside = [...callsInCode()].filter(
      (call) => call.startsWith('Taro.') && !call.endsWith('@ src/services/privacy/personal-info.ts'),
    )
    expect(outside).toEqual([])
  })

  it('the dialog shows exactly the guide items the API table needs', () => {
    const needed = new Set([...doc.matchAll(/^\| `[^`]+` \| ([^|]+) \| `[^`]+` \|$/gm)].map(([, item]) => item!.trim()))
    expect(new Set(PRIVACY_GUIDE_ITEMS.map((entry) => entry.item))).toEqual(needed)
  })
})
