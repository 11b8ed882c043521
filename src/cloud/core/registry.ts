import { fail, type CloudResult } from '../../errors'
import { checkAnswersFunction } from './checkAnswers'
import type { HandlerContext } from './context'
import { CALLER_KEYS, runDefinition } from './define'
import { whoamiFunction } from './whoami'
import { createApplication, getApplication, listMyApplications, updateApplication } from './applications'
import { assignSections, createInvite, inviteInfo, joinApplication, listMembers, removeMember, revokeInvite } from './members'
import { fieldHistory, patchAnswers, pullAnswers } from './answers'
import { exportApplicationFunction } from './exportApplication'
import { reopenApplication, reviewApplication, submitApplication } from './submission'
import { confirmListImport, exportList, listImportTarget, listTemplate, previewListImport } from './listImport'
import { attachEvidence, evidenceFolderFunction, evidencePhotos, listEvidence, removeEvidence } from './evidence'
import { readCertificate } from './readCertificate'
import { grantReminderCredit, listMessages, reminderStatus } from './reminders'

/** Every cloud function, by name: the local cloud dispatches through this table. */
export const FUNCTIONS = {
  whoami: whoamiFunction,
  checkAnswers: checkAnswersFunction,
  createApplication,
  getApplication,
  listMyApplications,
  updateApplication,
  createInvite,
  revokeInvite,
  joinApplication,
  inviteInfo,
  listMembers,
  removeMember,
  assignSections,
  patchAnswers,
  pullAnswers,
  fieldHistory,
  exportApplication: exportApplicationFunction,
  submitApplication,
  reviewApplication,
  reopenApplication,
  listImportTarget,
  previewListImport,
  confirmListImport,
  listTemplate,
  exportList,
  evidenceFolder: evidenceFolderFunction,
  attachEvidence,
  removeEvidence,
  evidencePhotos,
  listEvidence,
  readCertificate,
  // Reminders (reminders.ts)
  grantReminderCredit,
  reminderStatus,
  listMessages
}

export type FunctionName = keyof typeof FUNCTIONS

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name)
}

/**
 * The router's entry: `{fn, data}` → the named function. Its own fields are checked strictly, the size before
 * anything else; `data` then goes through runDefinition like any direct call.
 */
export async function runRouted(event: unknown, ctx: HandlerContext): Promise<CloudResult<unknown>> {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return fail('INVALID_EVENT')
  const { fn, data, ...rest } = event as Record<string, unknown>
  const extra = Object.keys(rest)[0]
  if (extra !== undefined) return fail(CALLER_KEYS.includes(extra) ? 'CALLER_IN_EVENT' : 'INVALID_EVENT', extra)
  if (typeof fn !== 'string') return fail('INVALID_EVENT', 'fn')
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) return fail('INVALID_EVENT', 'data')
  return runFunction(fn, data ?? {}, ctx)
}

export async function runFunction(name: string, event: unknown, ctx: HandlerContext): Promise<CloudResult<unknown>> {
  if (!isFunctionName(name)) return fail('UNKNOWN_FUNCTION')
  return runDefinition(name, FUNCTIONS[name], event, ctx)
}
