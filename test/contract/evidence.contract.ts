/**
 * The evidence-record part of the store contract, run against every binding: one record per photo per
 * application, a re-sent upload stores nothing twice, removal is logged and a re-added photo is restored.
 */
import type { EvidenceDoc, Store } from '../../src/cloud/ports/store'

const hashOf = (n: number) => n.toString(16).padStart(64, '0')

export const evidenceDoc = (appId: string, n: number, changes: Partial<EvidenceDoc> = {}): EvidenceDoc => ({
  appId,
  hash: hashOf(n),
  fileID: `local://evidence/${appId}/o1/${hashOf(n)}.jpg`,
  itemId: 's1.chainWork',
  target: 's1.chainWork.1',
  uploadedBy: 'o1',
  uploadedAt: '2024-03-02T00:00:00.000Z',
  bytes: 300000,
  width: 2000,
  height: 1500,
  removedAt: null,
  log: [{ action: 'add', by: 'o1', at: '2024-03-02T00:00:00.000Z' }],
  ...changes
})

export function evidenceContract(name: string, make: () => Store) {
  describe(`store contract, evidence records: ${name}`, () => {
    let store: Store
    beforeEach(() => {
      store = make()
    })

    it('stores a record once: a re-sent upload returns the first record unchanged', async () => {
      const first = await store.putEvidence(evidenceDoc('a1', 1))
      const again = await store.putEvidence(evidenceDoc('a1', 1, { uploadedAt: '2024-03-03T00:00:00.000Z', log: [{ action: 'add', by: 'o1', at: '2024-03-03T00:00:00.000Z' }] }))
      expect(again).toEqual(first)
      expect(await store.listEvidence('a1', '')).toEqual([first])
    })

    it('keeps the same photo in two applications as two records', async () => {
      await store.putEvidence(evidenceDoc('a1', 1))
      await store.putEvidence(evidenceDoc('a2', 1))
      expect((await store.getEvidence('a1', [hashOf(1)])).map((d) => d.appId)).toEqual(['a1'])
      expect((await store.getEvidence('a2', [hashOf(1)])).map((d) => d.appId)).toEqual(['a2'])
    })

    it('logs a removal on the record, and restores it when the photo is added again', async () => {
      await store.putEvidence(evidenceDoc('a1', 1))
      const removed = await store.removeEvidence('a1', hashOf(1), { action: 'remove', by: 'o2', at: '2024-03-04T00:00:00.000Z' })
      expect(removed?.removedAt).toBe('2024-03-04T00:00:00.000Z')
      expect(removed?.log.map((l) => `${l.action}:${l.by}`)).toEqual(['add:o1', 'remove:o2'])
      const restored = await store.putEvidence(evidenceDoc('a1', 1, { log: [{ action: 'add', by: 'o3', at: '2024-03-05T00:00:00.000Z' }] }))
      expect(restored.removedAt).toBeNull()
      expect(restored.log.map((l) => `${l.action}:${l.by}`)).toEqual(['add:o1', 'remove:o2', 'add:o3'])
      expect((await store.getEvidence('a1', [hashOf(1)]))[0]).toEqual(restored)
    })

    it('answers null when removing a photo that was never stored', async () => {
      expect(await store.removeEvidence('a1', hashOf(9), { action: 'remove', by: 'o1', at: 't' })).toBeNull()
    })

    it('lists records in hash order, a page after a cursor, removed ones included', async () => {
      for (const n of [3, 1, 2]) await store.putEvidence(evidenceDoc('a1', n))
      await store.removeEvidence('a1', hashOf(2), { action: 'remove', by: 'o1', at: 't' })
      expect((await store.listEvidence('a1', '')).map((d) => d.hash)).toEqual([hashOf(1), hashOf(2), hashOf(3)])
      expect((await store.listEvidence('a1', hashOf(1))).map((d) => d.hash)).toEqual([hashOf(2), hashOf(3)])
      expect(await store.getEvidence('a1', [])).toEqual([])
    })

    it('sets a record’s content-check state whole, and finds the record by its trace id in any application', async () => {
      await store.putEvidence(evidenceDoc('a1', 1))
      await store.putEvidence(evidenceDoc('a2', 2))
      const pending = await store.setEvidenceScreening('a2', hashOf(2), { status: 'pending', traceId: '62ba5ff7-5a5ecea9-2629a01a' })
      expect(pending?.screening).toEqual({ status: 'pending', traceId: '62ba5ff7-5a5ecea9-2629a01a' })
      expect(await store.findEvidenceByTrace('62ba5ff7-5a5ecea9-2629a01a')).toEqual(pending)
      expect(await store.findEvidenceByTrace('62ba5ff7-0000-0000')).toBeNull()
      const unchecked = await store.setEvidenceScreening('a2', hashOf(2), { status: 'unchecked' })
      // Replaced, not merged: the old trace id is gone and no longer finds the record.
      expect(unchecked?.screening).toEqual({ status: 'unchecked' })
      expect((await store.getEvidence('a2', [hashOf(2)]))[0].screening).toEqual({ status: 'unchecked' })
      expect(await store.findEvidenceByTrace('62ba5ff7-5a5ecea9-2629a01a')).toBeNull()
      expect((await store.getEvidence('a1', [hashOf(1)]))[0].screening).toBeUndefined()
    })

    it('answers null when setting the content-check state of a photo that was never stored', async () => {
      expect(await store.setEvidenceScreening('a1', hashOf(9), { status: 'unchecked' })).toBeNull()
    })

    it('keeps the content-check state when a removed photo is added again', async () => {
      await store.putEvidence(evidenceDoc('a1', 1))
      await store.setEvidenceScreening('a1', hashOf(1), { status: 'risky', traceId: 't-1' })
      await store.removeEvidence('a1', hashOf(1), { action: 'remove', by: 'system:mediaCheck', at: 't' })
      const again = await store.putEvidence(evidenceDoc('a1', 1))
      expect(again.screening).toEqual({ status: 'risky', traceId: 't-1' })
    })
  })
}
