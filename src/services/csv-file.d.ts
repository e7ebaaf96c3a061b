import type { CsvFiles } from './csv-file.types'

/** Resolved per platform by Taro's multi-platform resolver: csv-file.weapp.ts or csv-file.h5.ts. */
export declare const csvFiles: CsvFiles
