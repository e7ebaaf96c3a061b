/**
 * WeChat's content security (内容安全), as a port: text is checked synchronously before it is
 * written; images are checked asynchronously and the verdict arrives later as a pushed event.
 */

/** WeChat's `suggest`: pass, risky (refuse / hide), review (a person should look). */
export type Suggest = 'pass' | 'risky' | 'review'

/** WeChat's scene numbers (msgSecCheck / mediaCheckAsync v2): 1 profile, 2 comment, 3 forum, 4 social log. */
export type Scene = 1 | 2 | 3 | 4

export interface TextCheck {
  content: string
  /** The author, who must have opened the mini-program within the last two hours (WeChat's rule). */
  openid: string
  scene: Scene
}

export interface ImageCheck {
  fileId: string
  openid: string
  scene: Scene
}

/** The pushed verdict of one image check (WeChat's `wxa_media_check` event, reduced). */
export interface MediaVerdict {
  traceId: string
  suggest: Suggest
  label: number
}

export interface ContentSecurityPort {
  checkText(check: TextCheck): Promise<{ suggest: Suggest; label: number }>
  /** Starts an asynchronous image check; the verdict is pushed later under the returned trace id. */
  submitImage(check: ImageCheck): Promise<{ traceId: string }>
}
