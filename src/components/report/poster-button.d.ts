import type { PublishedReport } from '@core/report/report.schemas'

/** Resolved per platform by Taro's multi-platform resolver: poster-button.weapp.tsx or poster-button.h5.tsx. */
export declare function PosterButton(props: { published: PublishedReport; estateName: string }): JSX.Element
