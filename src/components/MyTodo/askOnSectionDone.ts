/**
 * Finishing a section is a natural moment to ask for a reminder: the last answer of a section was just sent by a
 * tap, so WeChat can show its subscription dialog (it must be called inside the tap; see subscribeReminders).
 * The browser build asks only on 我的待办's button.
 */
import { leftSection } from '../../reminders/moments'
import { ASK_ON_TAP, subscribeReminders } from './subscribeReminders'

/** Call from the send handler, synchronously, with the cursor before and after the answer. */
export function askOnSectionDone(before: string | null, after: string | null): void {
  if (ASK_ON_TAP && leftSection(before, after)) void subscribeReminders()
}
