import Taro from '@tarojs/taro'
import { asReply, isRecord, networkFailure, stringField } from './reply'
import type { Transport } from './transport.types'

const TOKEN_KEY = 'linli.token'

const token = (): string => Taro.getStorageSync<string>(TOKEN_KEY) || ''

/** Reads a JSON body; the host answers faults (401, 413, …) with an envelope too. */
async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json()
  } catch {
    throw new Error(`HTTP ${res.status} without a JSON body`)
  }
}

async function post(path: string, body: BodyInit, contentType: string): Promise<unknown> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Authorization: `Bearer ${token()}` },
    body,
  })
  return readJson(res)
}

/** Browser: the same functions through the local host, same origin, with a dev-login token. */
export const transport: Transport = {
  signInMode: 'dev',

  async callFunction(name, event) {
    try {
      return asReply(await post(`/api/fn/${encodeURIComponent(name)}`, JSON.stringify(event), 'application/json'))
    } catch (error) {
      return networkFailure(error)
    }
  },

  // The host reads the owner from the token.
  async uploadPhoto(tempFilePath) {
    try {
      // chooseMedia gives a blob: URL in the browser; the host takes the raw bytes.
      const blob = await (await fetch(tempFilePath)).blob()
      return stringField(await post('/api/files', blob, blob.type || 'image/jpeg'), 'fileId')
    } catch (error) {
      return networkFailure(error)
    }
  },

  photoUrl: (fileId) => `/files/${encodeURIComponent(fileId)}?token=${encodeURIComponent(token())}`,

  async devSignIn(openid) {
    try {
      const issued = stringField(await post('/api/dev/login', JSON.stringify({ openid }), 'application/json'), 'token')
      if (!issued.ok) return issued
      Taro.setStorageSync(TOKEN_KEY, issued.data)
      return { ok: true, data: undefined }
    } catch (error) {
      return networkFailure(error)
    }
  },

  isSignedIn: () => token() !== '',
  signOut: () => Taro.removeStorageSync(TOKEN_KEY),

  async serverNow() {
    try {
      const res = await fetch('/api/dev/clock')
      const body = res.ok ? await readJson(res) : null
      return isRecord(body) && typeof body.now === 'string' ? body.now : null
    } catch {
      return null
    }
  },
}
