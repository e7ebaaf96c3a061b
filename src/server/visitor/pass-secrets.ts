import { nodeCrypto } from '../node-crypto'
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, TOKEN_BYTES } from '@core/visitor/pass-code'

/** The QR token: unguessable, so holding it is the permission to enter. */
export const newPassToken = (): string => nodeCrypto().randomBytes(TOKEN_BYTES).toString('base64url')

// Bytes at or above the last whole multiple of the alphabet size are dropped, so every character is equally likely.
const UNBIASED_BELOW = 256 - (256 % SHORT_CODE_ALPHABET.length)

/** A random manual-entry code: 31^8 (about 8.5e11) codes, so a rate-limited guesser practically never hits a live pass. */
export function newShortCode(): string {
  let code = ''
  while (code.length < SHORT_CODE_LENGTH) {
    for (const byte of nodeCrypto().randomBytes(SHORT_CODE_LENGTH)) {
      if (byte < UNBIASED_BELOW && code.length < SHORT_CODE_LENGTH)
        code += SHORT_CODE_ALPHABET[byte % SHORT_CODE_ALPHABET.length]
    }
  }
  return code
}
