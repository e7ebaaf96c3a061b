import type { Reply } from './reply'

export interface CsvFile {
  name: string
  text: string
}

/**
 * Reading and handing out CSV files differs between WeChat and the browser: `csv-file.weapp.ts`
 * and `csv-file.h5.ts` each implement this (`csv-file.d.ts` is for tsc).
 */
export interface CsvFiles {
  /** Lets the manager pick a CSV file; null when they cancel. */
  pick(): Promise<Reply<CsvFile | null>>
  /** Hands a CSV to the manager: a download in the browser; in WeChat, a file to send to a chat and open on a computer. */
  save(filename: string, text: string): Promise<Reply<void>>
}
