import { fail, type CloudResult } from '../../errors'
import { checkAnswersFunction } from './checkAnswers'
import type { HandlerContext } from './context'
import { runDefinition } from './define'
import { whoamiFunction } from './whoami'
import { createApplication, getApplication, listMyApplications, updateApplication } from './applications'
import { assignSections, createInvite, joinApplication, listMembers, removeMember, revokeInvite } from './members'
import { fieldHistory, patchAnswers, pullAnswers } from './answers'
import { confirmListImport, exportList, listImportTarget, listTemplate, previewListImport } from './listImport'

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
  listMembers,
  removeMember,
  assignSections,
  patchAnswers,
  pullAnswers,
  fieldHistory,
  listImportTarget,
  previewListImport,
  confirmListImport,
  listTemplate,
  exportList
}

export type FunctionName = keyof typeof FUNCTIONS

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name)
}

export async function runFunction(name: string, event: unknown, ctx: HandlerContext): Promise<CloudResult<unknown>> {
  if (!isFunctionName(name)) return fail('UNKNOWN_FUNCTION')
  return runDefinition(name, FUNCTIONS[name], event, ctx)
}
