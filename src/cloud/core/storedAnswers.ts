import { answerOf, type Answer } from '../../rules'
import { PAGE_LIMIT, type Store } from '../ports/store'

/** Every stored answer of an application, read page by page (PAGE_LIMIT per read on the cloud database). */
export async function storedAnswers(store: Store, appId: string): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {}
  let since = 0
  for (;;) {
    const page = await store.fieldsSince(appId, since)
    for (const f of page) answers[f.itemId] = answerOf(f)
    if (page.length < PAGE_LIMIT) return answers
    since = page[page.length - 1].seq
  }
}
