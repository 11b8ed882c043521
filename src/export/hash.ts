/**
 * A short content hash of the answers, printed in the footer so a paper copy can be matched to the online data:
 * SHA-256 over the answers in a canonical form (keys sorted, so storage order does not matter), 12 hex digits.
 */
import { createHash } from 'crypto'
import { canonicalJson, type Answers } from '../rules'

export function contentHash(answers: Answers): string {
  const hex = createHash('sha256').update(canonicalJson(answers), 'utf8').digest('hex').slice(0, 12).toUpperCase()
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`
}
