import type { SectionId } from '../form'
import type { Answer } from '../rules'

export type Tone = 'ok' | 'error' | 'warning' | 'info'

export type Turn =
  /** The question's label, hint, unit and help are rebuilt from the model when shown (questionFor), which
   * keeps stored history small (weapp storage: 1 MB per key). */
  | { id: number; from: 'bot'; kind: 'question'; itemId: string; prompt: string; /** the answer shown as 当前答案 when asked */ shown?: string; /** the section's title, on the first question asked in it after another section's */ enters?: string }
  | { id: number; from: 'bot'; kind: 'feedback'; tone: Tone; text: string; itemId?: string }
  | { id: number; from: 'user'; text: string; itemId?: string }

/** Progress inside an item that takes several messages. */
export type Pending =
  | { kind: 'yearRow'; values: Record<string, string>; years: string[] }
  /** `from`: the ticks stored when the question was asked again (pre-selected; unchanged, they are no progress). */
  | { kind: 'checklist'; ticked: string[]; from?: string[] }
  | {
      kind: 'list'
      entries: { id: string; fields: Record<string, string>; evidence?: string[] }[]
      current: Record<string, string>
      field: number
      askMore: boolean
      /** The entry being changed (“修改第5条”), by id: its fields are asked again, “不变” keeps one. */
      editing?: string
      /** Entries this chat added or changed, and deleted: on top of the list as stored (interpret.ts listView). */
      touched?: string[]
      deleted?: string[]
    }
  | { kind: 'matrix'; values: Record<string, Record<string, { host: string; participate: string }>>; year: number }
  | { kind: 'platforms'; values: Record<string, { count: string; entries: { name: string }[] }>; tier: number; stage: 'count' | 'names' }
  | { kind: 'counts'; values: Record<string, string>; index: number }
  | { kind: 'plan'; parts: Record<string, string>; part: number; indicators: { direction: string; indicator: string; baseline: string; target: string }[]; row: number }
  /** `paths`: the parts the warning is about (a year), asked again alone on “重新填写”. */
  | { kind: 'explain'; value: unknown; warning: string; paths?: string[] }
  | { kind: 'offer'; value: string }

export interface ChatState {
  /** The sections this operator fills, in form order. */
  scope: SectionId[]
  /** The item being asked; null when everything in scope is answered. */
  cursor: string | null
  pending: Pending | null
  /** Items skipped with “跳过”: asked again after the others. */
  skipped: string[]
  turns: Turn[]
  nextTurnId: number
  /** Finished parts of multi-part answers left behind (跳过, 上一题, a jump): resumed when the item is asked again. */
  drafts?: Record<string, Pending>
  /** A section shown answer by answer (each as “当前答案”), opened when it had nothing left to fill. */
  walk?: SectionId
  /** Items returned by the county reviewer already told in this chat (itemId + comment). */
  returnedShown?: string[]
  /** The question “修改 …” typed in the chat interrupted: asked again once the edit is done. */
  returnTo?: string
  /** Sections beyond `scope` the member may open with 跳到 (the owner: the sections operators were given). */
  reach?: SectionId[]
  /** A section of `reach` the member jumped to: walked with `scope` until it has nothing open. */
  visiting?: SectionId
}

/** An answer to persist (device first, then the cloud). */
export interface Write {
  itemId: string
  answer: Answer
}

export interface Step {
  state: ChatState
  writes: Write[]
}
