import type { Reply } from '../../src/services/reply'
import type { Transport } from '../../src/services/transport.types'

/**
 * The client's transport module for node tests: each call answers what `answer` returns. Install it
 * as the services' `./transport` (Taro picks the real one per platform, so no file stands there):
 *   jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
 *   jest.mock('<path>/src/services/transport',
 *     () => jest.requireActual('<path>/tests/support/fake-transport').fakeTransport(), { virtual: true })
 * and reach it with `jest.requireMock('<path>/src/services/transport') as FakeTransport`.
 */
export function fakeTransport() {
  let answer: (name: string, event: object) => Promise<Reply<unknown>> = async () => ({ ok: true, data: null })
  const transport: Transport = {
    signInMode: 'platform',
    callFunction: (name, event) => answer(name, event),
    uploadPhoto: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'no uploads in node tests' } }),
    photoUrl: () => null,
    devSignIn: async () => ({ ok: true, data: undefined }),
    isSignedIn: () => true,
    signOut: () => undefined,
    serverNow: async () => null,
  }
  return {
    transport,
    /** Every call answers `data` as the function's successful reply. */
    replyWith(data: unknown) {
      answer = async () => ({ ok: true, data })
    },
    /** Every call goes to `handler` (e.g. a real local host). */
    answerWith(handler: typeof answer) {
      answer = handler
    },
  }
}

export type FakeTransport = ReturnType<typeof fakeTransport>
