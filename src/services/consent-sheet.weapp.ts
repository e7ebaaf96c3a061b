import Taro from '@tarojs/taro'
import { CONSENT_ANSWERS, type ConsentAnswer } from '@core/notify/inbox.schemas'
import type { AskConsent } from './consent-sheet.types'

const isAnswer = (value: unknown): value is ConsentAnswer => CONSENT_ANSWERS.includes(value as ConsentAnswer)

/**
 * WeChat's consent sheet. It opens only when called inside a tap, so callers must reach this
 * before their first `await`; the answer object also carries `errMsg`, which is dropped.
 */
export const askConsent: AskConsent = async (templateIds) => {
  try {
    // Taro types `entityIds` (Alipay's field) as required; WeChat takes `tmplIds` alone.
    const reply = await Taro.requestSubscribeMessage({
      tmplIds: [...templateIds],
    } as Taro.requestSubscribeMessage.Option)
    const answers = new Map<string, unknown>(Object.entries(reply))
    return Object.fromEntries(
      templateIds.flatMap((id) => {
        const answer = answers.get(id)
        return isAnswer(answer) ? [[id, answer]] : []
      }),
    )
  } catch {
    // Refused by the platform (no tap, old base library, too many ids): the action goes on without a push.
    return {}
  }
}
