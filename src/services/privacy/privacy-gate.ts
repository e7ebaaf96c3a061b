/**
 * The app's one privacy prompt, shared by every screen: a service asks, and whichever privacy
 * dialog is mounted (the top one, if a page shows two) shows the guide and answers.
 */

/** Shows the dialog; `answer` is called once with the user's choice. */
export type PromptHost = (answer: (agreed: boolean) => void) => void

const hosts: PromptHost[] = []
let asking: Promise<boolean> | null = null

/** Registers a mounted dialog; returns its unmount. */
export function mountPromptHost(host: PromptHost): () => void {
  hosts.push(host)
  return () => {
    const index = hosts.lastIndexOf(host)
    if (index >= 0) hosts.splice(index, 1)
  }
}

/**
 * Asks the user once, however many calls are waiting (a double tap, two APIs at once).
 * Resolves false without a mounted dialog: no dialog, no consent, so the call does not happen.
 */
export function promptForConsent(): Promise<boolean> {
  const host = hosts[hosts.length - 1]
  if (!host) {
    console.error('privacy: no PrivacyDialog mounted on this page; the personal-information call was not made')
    return Promise.resolve(false)
  }
  asking ??= new Promise<boolean>((resolve) => host(resolve)).finally(() => {
    asking = null
  })
  return asking
}
