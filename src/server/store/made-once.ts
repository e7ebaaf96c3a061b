/** A Map or WeakMap: what `madeOnce` keeps its values in. */
interface Kept<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/**
 * The value for `key`, made by `make` on the first ask and kept in `kept` after: the store's views,
 * collections, parsers and statements hold no state of a call, and every call asks for them.
 */
export function madeOnce<K, V>(kept: Kept<K, V>, key: K, make: (key: K) => V): V {
  let value = kept.get(key)
  if (value === undefined) {
    value = make(key)
    kept.set(key, value)
  }
  return value
}
