/**
 * The store port: what the cloud handlers need from a database, no more. Two bindings implement it — SQLite
 * for the local cloud (sqliteStore.ts) and the WeChat cloud database (wxStore.ts) — and one contract test
 * suite runs against both. Writes that can race are version-guarded (`expected` version): a binding returns
 * false when someone else wrote first, and the handler retries with fresh data.
 */
import type { SectionId } from '../../form'
import type { ReminderMessage } from '../../reminders/compose'

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
  /** Submission and review; absent until the first submission (then the application is a draft). */
  review?: ReviewState
}

/**
 * Where the application stands: `submitted` and `approved` lock the answers against writes; `returned`
 * reopens only for fixing the returned items. `log` keeps every action (submit, return, approve, reopen).
 */
export interface ReviewState {
  status: 'draft' | 'submitted' | 'returned' | 'approved'
  /** Single items the county returned, each with its comment; cleared by the next submission. */
  returned: { itemId: string; comment: string }[]
  log: { action: 'submit' | 'return' | 'approve' | 'reopen'; by: string; byName: string | null; at: string; version: number; note?: string }[]
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
  /** Photos proving the answer itself (a 如涉及 “是”); claims inside a value carry their own. Absent when none. */
  evidence?: string[]
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
  /** The field version this write produced: fieldHistory pages by it. */
  version: number
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

/**
 * Result of an operation, stored per application (`<appId>_<opId>`) so a retried request gets the same
 * answer (idempotency); `digest` is the op's content, so reusing an opId for something else is detected.
 */
export interface OpRecord {
  opId: string
  appId: string
  openid: string
  digest: string
  result: unknown
}

/** What one op does, decided from the field as read inside the store's transaction. */
export type OpDecision =
  | {
      kind: 'write'
      field: FieldDoc
      /** The value this write replaced, kept in history. */
      replaced: HistoryDoc | null
      audit: AuditDoc
      conflict: ConflictNotice | null
      result: unknown
    }
  | { kind: 'refuse'; result: unknown }

export interface PlannedOp {
  opId: string
  digest: string
  openid: string
  /** The field to read before deciding; null for an op refused without reading anything. */
  itemId: string | null
  /** `seq` is the change number the write gets if it writes; `current` is the field as stored now. */
  decide(current: FieldDoc | null, seq: number): OpDecision
}

export type CommitOutcome =
  | { kind: 'committed'; results: unknown[] }
  /** Another request stored one of these opIds first: nothing written; read the op records again. */
  | { kind: 'opExists' }
  | { kind: 'noApplication' }
  /** Too many concurrent writers: nothing written; try again later. */
  | { kind: 'busy' }
  /** The application as read inside the transaction is locked for these writes (submitted): nothing written. */
  | { kind: 'locked' }

/** What joining decided from the invite and the caller's membership, read together. */
export type JoinDecision<R> = { join: MemberDoc | null; result: R }

/** Every query is bounded: the WeChat cloud database returns at most 100 documents per get() without limit(). */
export const PAGE_LIMIT = 100
/**
 * The change feed (fieldsSince) reads up to the server-side maximum of one get(): 1000 documents
 * (miniprogram/dev/wxcloud/reference-sdk-api/database/collection/Collection.limit), so a phone's first sync of a
 * 5,000-entry list and a full read for 提交 take a few calls, not fifty.
 */
export const FIELD_PAGE_LIMIT = 1000

export interface Store {
  createApplication(app: ApplicationDoc, owner: MemberDoc): Promise<void>
  getApplication(appId: string): Promise<ApplicationDoc | null>
  /** Version-guarded update; false when the version moved. */
  updateApplication(appId: string, expectedVersion: number, changes: Partial<Pick<ApplicationDoc, 'clusterName' | 'region' | 'deadline'>>): Promise<boolean>
  listApplicationsOf(openid: string): Promise<ApplicationDoc[]>

  getMember(appId: string, openid: string): Promise<MemberDoc | null>
  putMember(member: MemberDoc): Promise<void>
  listMembers(appId: string): Promise<MemberDoc[]>

  createInvite(invite: InviteDoc): Promise<void>
  getInvite(token: string): Promise<InviteDoc | null>
  revokeInvite(token: string, at: string): Promise<void>
  /**
   * Joining, all or nothing: reads the invite and the caller's member record together, and when `decide`
   * returns a member, stores it and counts one use of the invite.
   */
  join<R>(token: string, openid: string, decide: (invite: InviteDoc | null, existing: MemberDoc | null) => JoinDecision<R>): Promise<R>

  /**
   * One batch of answers, all or nothing: for each op the field is read, `decide` runs, and a write stores
   * the field, the replaced value (history), the audit entry, a conflict notice and the op record, with the
   * application's next change number. The number is reserved in the same transaction as the field write,
   * so a puller never sees seq n+1 before seq n is committed.
   */
  commitOps(appId: string, ops: PlannedOp[], open?: (app: ApplicationDoc) => boolean): Promise<CommitOutcome>
  /**
   * A review step (submit, return, approve, reopen), all or nothing: stores `review` and `version` only if the
   * application's seq and version are still `expected`, read in one transaction. With commitOps also reading the
   * application in its transaction, a write racing a submit lands before it (the seq moved: false) or sees the
   * lock after it.
   */
  setReview(appId: string, expected: { seq: number; version: number }, next: { review: ReviewState; version: number }): Promise<boolean>
  /** Fields changed after `sinceSeq`, oldest first, at most FIELD_PAGE_LIMIT. */
  fieldsSince(appId: string, sinceSeq: number): Promise<FieldDoc[]>

  /** Replaced values of a field with version > afterVersion, oldest first, at most PAGE_LIMIT. */
  history(appId: string, itemId: string, afterVersion: number): Promise<HistoryDoc[]>
  /** Audit entries of a field with version > afterVersion, oldest first, at most PAGE_LIMIT. */
  audit(appId: string, itemId: string, afterVersion: number): Promise<AuditDoc[]>
  conflictsSince(appId: string, openid: string, sinceSeq: number): Promise<ConflictNotice[]>

  /** The stored records among these opIds of this application. */
  getOps(appId: string, opIds: string[]): Promise<OpRecord[]>

  // Evidence photos (one record per photo per application, keyed `<appId>_<hash>`).
  /**
   * Stores the record unless one with this hash exists: a re-sent upload is one record. A removed record is
   * restored (its log keeps the removal). Returns the record as stored.
   */
  putEvidence(doc: EvidenceDoc): Promise<EvidenceDoc>
  /** The records among these hashes (removed ones included). */
  getEvidence(appId: string, hashes: string[]): Promise<EvidenceDoc[]>
  /** Records with hash > afterHash, in hash order, at most PAGE_LIMIT (removed ones included). */
  listEvidence(appId: string, afterHash: string): Promise<EvidenceDoc[]>
  /** Marks the record removed and logs who and when; null when there is no such record. */
  removeEvidence(appId: string, hash: string, entry: EvidenceLogEntry): Promise<EvidenceDoc | null>
  /** Replaces the record's content-check state; null when there is no such record. */
  setEvidenceScreening(appId: string, hash: string, screening: EvidenceScreening): Promise<EvidenceDoc | null>
  /** The record whose content check has this trace id (any application), or null. */
  findEvidenceByTrace(traceId: string): Promise<EvidenceDoc | null>
  // ---- Reminders (src/cloud/core/reminders*.ts): subscription credits, the reminder log, the scan's cursor ----
  /** Adds `n` credits (accepted one-time subscriptions) for a user and template; returns the new count. */
  addReminderCredits(openid: string, template: string, n: number, at: string): Promise<number>
  /** The credits of these users for a template (absent users have 0). */
  reminderCredits(openids: readonly string[], template: string): Promise<Record<string, number>>
  /**
   * Today's reminders of one application's members, each all or nothing: `duplicate` when the log already has the
   * id (a rerun), else `noCredit` when the user has none, else the entry is stored (`pending`) and one credit spent.
   * Results in the order of `logs`. (SQLite claims them in one transaction; the cloud database one each.)
   */
  claimReminders(logs: readonly ReminderLogDoc[]): Promise<('claimed' | 'duplicate' | 'noCredit')[]>
  /** Records how sends went; `credit`: keep it spent, give it back (WeChat did not use it), or set it to 0 (43101). */
  settleReminders(settled: readonly ReminderSettlement[]): Promise<void>
  /** A user's sent reminders, newest first, at most `limit` (≤ PAGE_LIMIT). */
  remindersOf(openid: string, limit: number): Promise<ReminderLogDoc[]>
  /** Applications whose deadline is one of `deadlines`, with id > afterId, by id, at most `limit` (≤ PAGE_LIMIT). */
  applicationsDue(deadlines: readonly string[], afterId: string, limit: number): Promise<ApplicationDoc[]>
  getReminderRun(day: string): Promise<ReminderRunDoc | null>
  putReminderRun(run: ReminderRunDoc): Promise<void>
}

// ---- Reminders: the documents behind the store methods above ----

export type ReminderStatus = 'pending' | 'sent' | 'noCredit' | 'invalid' | 'failed'

/**
 * One reminder to one member on one day: `id` is `<day>_<appId>_<openid>`, so a rerun the same day finds it
 * (at most one per member per day). `message` is what WeChat received and what the 消息 page shows.
 */
export interface ReminderLogDoc {
  id: string
  day: string
  appId: string
  openid: string
  template: string
  status: ReminderStatus
  errcode: number | null
  at: string
  message: ReminderMessage
}

export interface ReminderSettlement {
  log: Pick<ReminderLogDoc, 'id' | 'openid' | 'template'>
  status: ReminderStatus
  errcode: number | null
  credit: 'keep' | 'refund' | 'clear'
}

/** Where today's scan stands: the last application id done, and whether the day's scan is complete. */
export interface ReminderRunDoc {
  day: string
  cursor: string
  done: boolean
  updatedAt: string
}

/** One step in an evidence photo's life, kept on its record. */
export interface EvidenceLogEntry {
  action: 'add' | 'remove'
  /** An openid, or `system:<what>` for the platform's own actions (e.g. `system:mediaCheck`). */
  by: string
  at: string
}

/**
 * A photographed certificate: the file, the application, the item and the claim it was taken for (a ticked
 * option id, a list entry `entry:<id>`, a platform entry `<tier>:<index>`, or '' for the answer itself), who
 * uploaded it when, and the SHA-256 of its bytes — the reference the answer carries.
 */
export interface EvidenceDoc {
  appId: string
  hash: string
  fileID: string
  itemId: string
  target: string
  uploadedBy: string
  uploadedAt: string
  bytes: number
  width: number
  height: number
  removedAt: string | null
  log: EvidenceLogEntry[]
  /** The platform's content check of the photo (src/cloud/ports/screening.ts); absent on records made before it. */
  screening?: EvidenceScreening
}

/**
 * Where the platform's content check of a photo stands. `pending`: submitted, the result comes later as a
 * message push matched by `traceId`; `pass` / `review` / `risky`: the platform's `result.suggest`, with the
 * trace id kept so a repeated push is recognised; `unchecked`: no check ran (the local cloud has none, or the
 * submission failed) — said honestly, never shown as a pass.
 */
export type EvidenceScreening =
  | { status: 'pending'; traceId: string }
  | { status: 'pass' | 'review' | 'risky'; traceId: string }
  | { status: 'unchecked' }
