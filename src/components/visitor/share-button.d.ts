/** Resolved per platform by Taro's multi-platform resolver: share-button.weapp.tsx or share-button.h5.tsx. */
export declare function ShareButton(props: { token: string }): JSX.Element
