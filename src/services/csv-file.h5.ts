import { decodeCsvBytes } from '@core/estate/csv'
import { networkFailure } from './reply'
import type { CsvFiles } from './csv-file.types'

/** Browser: a file input to pick, a blob link to download. */
export const csvFiles: CsvFiles = {
  pick: () =>
    new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.csv,text/csv'
      input.addEventListener('cancel', () => resolve({ ok: true, data: null }))
      input.addEventListener('change', () => {
        const file = input.files?.[0]
        if (!file) return resolve({ ok: true, data: null })
        file.arrayBuffer().then(
          (bytes) => resolve({ ok: true, data: { name: file.name, text: decodeCsvBytes(new Uint8Array(bytes)) } }),
          (error: unknown) => resolve(networkFailure(error)),
        )
      })
      input.click()
    }),

  async save(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    link.click()
    // The click has handed the blob to the download; revoking later keeps slow browsers safe.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { ok: true, data: undefined }
  },
}
