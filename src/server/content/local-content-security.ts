import type { ContentSecurityPort, ImageCheck, MediaVerdict, Suggest, TextCheck } from '../ports/content-security.port'

/**
 * The local stand-in's word list (documented in docs/content-security.md). WeChat's real model is
 * far broader; these few make the refusal path testable and demonstrable without a WeChat account.
 */
export const LOCAL_BLOCKED_WORDS = ['赌博', '代开发票', '色情', '枪支弹药', 'linli-blocked'] as const

/** Bytes anywhere in an image that make the stand-in call it risky, or hold it for review. */
export const RISKY_IMAGE_MARKER = 'LINLI-RISKY-IMAGE'
export const REVIEW_IMAGE_MARKER = 'LINLI-REVIEW-IMAGE'

// WeChat's labels: 100 normal, 20002 pornography, 20006 illegal, 21000 other.
const LABEL: Record<Suggest, number> = { pass: 100, risky: 20006, review: 21000 }

/**
 * The local host's content security: text against the word list; images by a marker in their
 * bytes. Image verdicts wait in a queue until `deliverPending` pushes them, as WeChat pushes its
 * `wxa_media_check` events some seconds or minutes after the upload.
 */
export class LocalContentSecurity implements ContentSecurityPort {
  private pending: MediaVerdict[] = []

  constructor(
    private readonly readImage: (fileId: string) => Buffer | null,
    private readonly newId: () => string,
  ) {}

  checkText({ content }: TextCheck): Promise<{ suggest: Suggest; label: number }> {
    const lowered = content.toLowerCase()
    const suggest: Suggest = LOCAL_BLOCKED_WORDS.some((word) => lowered.includes(word)) ? 'risky' : 'pass'
    return Promise.resolve({ suggest, label: LABEL[suggest] })
  }

  submitImage({ fileId }: ImageCheck): Promise<{ traceId: string }> {
    const bytes = this.readImage(fileId)
    const text = bytes ? bytes.toString('latin1') : ''
    const suggest: Suggest = text.includes(RISKY_IMAGE_MARKER)
      ? 'risky'
      : text.includes(REVIEW_IMAGE_MARKER)
        ? 'review'
        : 'pass'
    const traceId = this.newId()
    this.pending.push({ traceId, suggest, label: LABEL[suggest] })
    return Promise.resolve({ traceId })
  }

  /** Hands over every verdict not yet pushed (the dev endpoint feeds them to the callback handler). */
  takePending(): MediaVerdict[] {
    const taken = this.pending
    this.pending = []
    return taken
  }
}
