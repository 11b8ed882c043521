/**
 * The store port: what the cloud handlers need from a database, no more. Two bindings implement it — SQLite
 * for the local cloud (sqliteStore.ts) and the WeChat cloud database (wxStore.ts) — and one contract test
 * suite runs against both. Writes that can race are version-guarded (`expected` version): a binding returns
 * false when someone else wrote first, and the handler retries with fresh data.
 */
import type { SectionId } from '../../form'

export type Role = 'owner' | 'operator' | 'countyReviewer' | 'cityRecommender'

export interface ApplicationDoc {
  id: string
  ownerOpenid: string
  clusterName: string
  region: { city: string; county: string } | null
  /** YYYY-MM-DD, Asia/Shanghai. */
  deadline: string | null
  createdAt: string
  /** Bumped by every field write: pull cursors compare with it. */
  seq: number
  version: number
}

export interface MemberDoc {
  appId: string
  openid: string
  displayName: string | null
  role: Role
  sections: SectionId[]
  joinedAt: string
  removedAt: string | null
}

export interface InviteDoc {
  token: string
  appId: string
  role: Exclude<Role, 'owner'>
  createdBy: string
  createdAt: string
  expiresAt: string
  maxUses: number
  uses: number
  revokedAt: string | null
}

export interface FieldDoc {
  appId: string
  itemId: string
  value: unknown
  explanation: string | null
  version: number
  /** The application seq at which this field last changed. */
  seq: number
  updatedBy: string
  updatedAt: string
  opId: string
}

export interface HistoryDoc {
  appId: string
  itemId: string
  version: number
  value: unknown
  explanation: string | null
  updatedBy: string
  updatedAt: string
  opId: string
  /** This value was overwritten by a write based on an older version (a conflict). */
  conflict: boolean
}

export interface AuditDoc {
  appId: string
  itemId: string
  openid: string
  opId: string
  oldValue: unknown
  newValue: unknown
  at: string
}

export interface ConflictNotice {
  appId: string
  itemId: string
  /** Who is told. */
  openid: string
  otherOpenid: string
  keptValue: unknown
  lostValue: unknown
  at: string
  seq: number
}

/** Result of an operation, stored by opId so a retried request gets the same answer (idempotency). */
export interface OpRecord {
  opId: string
  appId: string
  openid: string
  result: unknown
}

export interface FieldWrite {
  /** `seq` is assigned by the store. */
  field: Omit<FieldDoc, 'seq'>
  expectedVersion: number
  replaced: HistoryDoc | null
  audit: AuditDoc
  /** `seq` is assigned by the store. */
  conflict: Omit<ConflictNotice, 'seq'> | null
  /** The op's stored result, given the assigned seq. */
  result: (seq: number) => unknown
  opId: string
  openid: string
}

/** Every query is bounded: the WeChat cloud database returns at most 100 documents per get() from a function. */
export const PAGE_LIMIT = 100

export interface Store {
  createApplication(app: ApplicationDoc, owner: MemberDoc): Promise<void>
  getApplication(appId: string): Promise<ApplicationDoc | null>
  /** Version-guarded update; false when the version moved. */
  updateApplication(appId: string, expectedVersion: number, changes: Partial<Pick<ApplicationDoc, 'clusterName' | 'region' | 'deadline' | 'seq'>>): Promise<boolean>
  listApplicationsOf(openid: string): Promise<ApplicationDoc[]>

  getMember(appId: string, openid: string): Promise<MemberDoc | null>
  putMember(member: MemberDoc): Promise<void>
  listMembers(appId: string): Promise<MemberDoc[]>

  createInvite(invite: InviteDoc): Promise<void>
  getInvite(token: string): Promise<InviteDoc | null>
  /** Version-guarded on `uses`: false when another join used the invite first. */
  useInvite(token: string, expectedUses: number): Promise<boolean>
  revokeInvite(token: string, at: string): Promise<void>

  getField(appId: string, itemId: string): Promise<FieldDoc | null>
  /** Insert when expectedVersion is 0; otherwise update only if the stored version equals it. */
  putField(field: FieldDoc, expectedVersion: number): Promise<boolean>
  /**
   * One accepted answer, all or nothing: the version-guarded field write, the replaced value into history,
   * the audit entry, a conflict notice, and the op record that makes a retry return the same result.
   * The store assigns the application's next change sequence number (the pull cursor) and returns it;
   * null (and nothing written) when the field's version moved. SQLite runs it in one transaction; the
   * cloud database binding reserves the number with a version-guarded update, writes the guarded field,
   * then the rest.
   */
  commitWrite(write: FieldWrite): Promise<number | null>
  /** Fields changed after `sinceSeq`, oldest first, at most PAGE_LIMIT. */
  fieldsSince(appId: string, sinceSeq: number): Promise<FieldDoc[]>

  addHistory(entry: HistoryDoc): Promise<void>
  history(appId: string, itemId: string): Promise<HistoryDoc[]>
  addAudit(entry: AuditDoc): Promise<void>
  audit(appId: string, itemId: string): Promise<AuditDoc[]>
  addConflict(notice: ConflictNotice): Promise<void>
  conflictsSince(appId: string, openid: string, sinceSeq: number): Promise<ConflictNotice[]>

  getOp(opId: string): Promise<OpRecord | null>
  putOp(op: OpRecord): Promise<void>
}
