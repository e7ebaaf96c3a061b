import { wxCloud } from '../wechat/wx-cloud'
import type { PushPort, PushResult, SubscribeMessage } from '../ports/push.port'

/** The cloud call we use; wx-server-sdk's typings leave `openapi` loose. */
interface SubscribeApi {
  openapi: { subscribeMessage: { send(args: Record<string, unknown>): Promise<unknown> } }
}

/**
 * Subscribe messages through wx-server-sdk's cloud call (`permissions.openapi` must list
 * `subscribeMessage.send` in the sending function's config.json).
 */
export class WechatPush implements PushPort {
  constructor(private readonly state: 'developer' | 'trial' | 'formal' = 'formal') {}

  async send(message: SubscribeMessage): Promise<PushResult> {
    const cloud = (await wxCloud()) as unknown as SubscribeApi
    try {
      await cloud.openapi.subscribeMessage.send({
        touser: message.toOpenid,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        miniprogramState: this.state,
        lang: 'zh_CN',
      })
      return { ok: true }
    } catch (error) {
      const { errCode, errMsg } = error as { errCode?: number; errMsg?: string }
      return { ok: false, errcode: errCode ?? -1, errmsg: errMsg ?? String(error) }
    }
  }
}
