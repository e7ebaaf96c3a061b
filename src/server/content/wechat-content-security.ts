import { wxCloud } from '../wechat/wx-cloud'
import type { ContentSecurityPort, ImageCheck, Suggest, TextCheck } from '../ports/content-security.port'

/** The cloud calls we use; wx-server-sdk's typings leave `openapi` loose. */
interface SecurityApi {
  openapi: {
    security: {
      msgSecCheck(args: Record<string, unknown>): Promise<SecCheckReply>
      mediaCheckAsync(args: Record<string, unknown>): Promise<SecCheckReply>
    }
  }
  getTempFileURL(args: { fileList: string[] }): Promise<{ fileList: { tempFileURL?: string }[] }>
}

interface SecCheckReply {
  errCode?: number
  errMsg?: string
  result?: { suggest?: string; label?: number | string }
  traceId?: string
}

const suggestOf = (value: string | undefined): Suggest => (value === 'risky' || value === 'review' ? value : 'pass')

/**
 * WeChat's content security through cloud calls (needs `security.msgSecCheck` and
 * `security.mediaCheckAsync` in the function's config.json `permissions.openapi`). Version 2 of
 * both APIs: they take the author's openid and a scene. A failed call throws: a check that did
 * not happen must not let content through silently.
 */
export class WechatContentSecurity implements ContentSecurityPort {
  async checkText({ content, openid, scene }: TextCheck): Promise<{ suggest: Suggest; label: number }> {
    const cloud = (await wxCloud()) as unknown as SecurityApi
    const reply = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene, openid })
    if (reply.errCode) throw new Error(`msgSecCheck failed: ${reply.errCode} ${reply.errMsg ?? ''}`)
    return { suggest: suggestOf(reply.result?.suggest), label: Number(reply.result?.label ?? 100) }
  }

  async submitImage({ fileId, openid, scene }: ImageCheck): Promise<{ traceId: string }> {
    const cloud = (await wxCloud()) as unknown as SecurityApi
    // WeChat downloads the image itself, so it needs a reachable (temporary) URL, not the cloud:// id.
    const { fileList } = await cloud.getTempFileURL({ fileList: [fileId] })
    const url = fileList[0]?.tempFileURL
    if (!url) throw new Error(`no temporary URL for ${fileId}`)
    const reply = await cloud.openapi.security.mediaCheckAsync({
      mediaUrl: url,
      mediaType: 2,
      version: 2,
      scene,
      openid,
    })
    if (reply.errCode || !reply.traceId)
      throw new Error(`mediaCheckAsync failed: ${reply.errCode} ${reply.errMsg ?? ''}`)
    return { traceId: reply.traceId }
  }
}
