/** Conversation-engine timings and a long chat history for the browser bench. */
import { OPERATOR_SCOPE, editItem, reply, startChat, type ChatState } from '../../src/chat'
import type { Answer } from '../../src/rules'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'

const NOW = new Date('2024-04-01T02:00:00Z')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** A chat of at least `turns` turns: repeated edits of 2022年集群总产值 on a complete application. */
export function makeHistory(turns: number): { answers: Record<string, Answer>; chat: ChatState } {
  const answers: Record<string, Answer> = { ...(COMPLETE_APPLICATION as Record<string, Answer>) }
  delete answers['s8.plan']
  let chat = startChat(OPERATOR_SCOPE, answers)
  let i = 0
  while (chat.turns.length < turns) {
    for (const text of ['修改 2022年集群总产值', String(130 + (i++ % 5))]) {
      const step = reply(chat, answers, text, { now: NOW })
      for (const w of step.writes) answers[w.itemId] = w.answer
      chat = step.state
    }
  }
  return { answers, chat }
}

/** Median µs of one engine step: an answer to a year row, judged by the rules, and the next question. */
export function benchEngine(): Record<string, number> {
  const { answers, chat } = makeHistory(600)
  const asking = editItem(chat, answers, 's2.totalOutput')
  const samples: number[] = []
  for (let i = 0; i < 1500; i++) {
    const t0 = process.hrtime.bigint()
    reply(asking, answers, `118.36 ${130 + (i % 5)} 146.8`, { now: NOW })
    if (i >= 300) samples.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  return { chat_engine_step_us: Math.round(median(samples) * 10) / 10 }
}
