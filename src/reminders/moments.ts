/** Natural moments to ask for a reminder (pure): here, the cursor leaving a section — the section was finished. */
import { sectionOf } from '../form'

/** Whether the chat's cursor left a section for another one or for the end. */
export function leftSection(before: string | null, after: string | null): boolean {
  if (before === null) return false
  const from = sectionOf(before)?.id
  return from !== undefined && (after === null || sectionOf(after)?.id !== from)
}
