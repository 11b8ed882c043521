/**
 * The photos for the export's annex: every uploaded photo the answers reference, read back from storage in form
 * order until the file's budget is spent (a Word file of hundreds of certificates would be too large to open on a
 * phone or to hand over inline); the rest stay listed in 佐证材料清单 and on the 佐证材料 page.
 */
import { allClaims, type Answers } from '../../rules'
import type { ExportPhoto } from '../../export/model'
import type { UploadStore } from '../ports/uploads'
import type { Store } from '../ports/store'
import { recordedPhotos } from './evidence'

export interface AnnexPhotos {
  photos: ExportPhoto[]
  /** Uploaded photos left out for the budget. */
  leftOut: number
}

export async function annexPhotos(store: Store, uploads: UploadStore | undefined, appId: string, answers: Answers, budgetBytes: number): Promise<AnnexPhotos> {
  const hashes = [...new Set(allClaims(answers).flatMap((c) => c.refs))]
  if (!uploads || hashes.length === 0) return { photos: [], leftOut: 0 }
  const records = await recordedPhotos(store, appId, hashes)
  const photos: ExportPhoto[] = []
  let used = 0
  let leftOut = 0
  for (const hash of hashes) {
    const r = records.get(hash)
    if (!r) continue
    if (used + r.bytes > budgetBytes) {
      leftOut++
      continue
    }
    const data = await uploads.read(r.fileID)
    if (data === null) continue
    used += data.length
    photos.push({ ref: hash, type: 'jpg', data, width: r.width, height: r.height })
  }
  return { photos, leftOut }
}
