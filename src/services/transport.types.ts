import type { Reply } from './reply'

/**
 * What differs between WeChat and the browser. `transport.weapp.ts` and `transport.h5.ts` each
 * implement it; Taro picks the file for the platform being built (`transport.d.ts` is for tsc).
 */
export interface Transport {
  /** `dev`: the user picks a seed identity on the local host; `platform`: WeChat supplies it. */
  signInMode: 'dev' | 'platform'
  /** Calls a cloud function with `event`; never rejects. */
  callFunction(name: string, event: object): Promise<Reply<unknown>>
  /** Uploads a photo picked with Taro.chooseMedia as the signed-in user and resolves to its file id. */
  uploadPhoto(tempFilePath: string): Promise<Reply<string>>
  /** A URL an Image can show for a stored file id; null where clients may not read storage (ask the function). */
  photoUrl(fileId: string): string | null
  /** Dev sign-in as a seed user (local host only). */
  devSignIn(openid: string): Promise<Reply<void>>
  isSignedIn(): boolean
  signOut(): void
  /** The backend's clock, when it can differ from the device's (the local host's dev clock). */
  serverNow(): Promise<string | null>
}
