import type { PushPort, PushResult, SubscribeMessage } from './push.port'

interface WxCloud {
  init(options: { env: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  openapi: { subscribeMessage: { send(args: Record<string, unknown>): Promise<unknown> } }
}

/**
 * Subscribe messages through wx-server-sdk's cloud call (`permissions.openapi` must list
 * `subscribeMessage.send` in the sending function's config.json). The SDK is loaded on first send,
 * so functions that never push do not pay its start-up.
 */
export class WechatPush implements PushPort {
  private cloud: Promise<WxCloud> | undefined

  constructor(private readonly state: 'developer' | 'trial' | 'formal' = 'formal') {}

  private load(): Promise<WxCloud> {
    this.cloud ??= import('wx-server-sdk').then((module) => {
      // The SDK's typings lack part of what it exports at run time (REFERENCE §10), hence the narrow view.
      const loaded = module as unknown as WxCloud & { default?: WxCloud }
      const cloud = loaded.default ?? loaded
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
      return cloud
    })
    return this.cloud
  }

  async send(message: SubscribeMessage): Promise<PushResult> {
    const cloud = await this.load()
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
