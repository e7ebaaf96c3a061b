import { useEffect, useState } from 'react'
import type { WorkOrder } from '@core/repair/work-order'
import { repairService } from '../../services/repair.service'
import { transport } from '../../services/transport'

type UrlOf = (fileId: string) => string | null | undefined

const photosOf = (order: WorkOrder) => [...order.photos, ...(order.beforePhotos ?? []), ...order.completionPhotos]

/**
 * Where an order's photos show from. H5 reads the local host's file route directly; in WeChat
 * clients may not read storage, so the repair function hands out short-lived links once it has
 * checked who is asking. Asked again when the order's photos change (a completion adds some).
 */
export function usePhotoLinks(order: WorkOrder): UrlOf {
  const photos = photosOf(order)
  const direct = photos.every((id) => transport.photoUrl(id) !== null)
  const key = `${order.id}:${photos.join(',')}`
  const [links, setLinks] = useState<{ key: string; byId: Map<string, string> } | null>(null)
  useEffect(() => {
    if (direct) return
    let current = true
    void repairService.photoUrls(order.id).then((reply) => {
      // A failed ask leaves the tiles waiting: the photos are not the point of the page.
      if (current && reply.ok) setLinks({ key, byId: new Map(reply.data.items.map((l) => [l.fileId, l.url])) })
    })
    return () => {
      current = false
    }
  }, [direct, key, order.id])
  if (direct) return (id) => transport.photoUrl(id)
  return (id) => (links?.key === key ? links.byId.get(id) : undefined)
}
