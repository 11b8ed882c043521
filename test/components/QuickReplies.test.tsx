import { fireEvent, render } from '@testing-library/react'
import { controlsFor, editItem, reply, startChat } from '../../src/chat'
import { QuickReplies } from '../../src/components/QuickReplies'

const NOW = new Date('2024-04-01T02:00:00Z')

function atChecklist() {
  const state = startChat(['s2'], {})
  return editItem(state, {}, 's2.chainWork')
}

describe('quick replies', () => {
  it('wraps a checklist’s options apart from the commands, so 完成 is always in its own row', () => {
    const controls = controlsFor(atChecklist())
    render(<QuickReplies controls={controls} onPick={() => undefined} />)
    const options = Array.from(document.querySelectorAll('.quick__options .chat__chip')).map((e) => e.textContent)
    const actions = Array.from(document.querySelectorAll('.quick__actions .chat__chip')).map((e) => e.textContent)
    expect(options[0]).toBe('绘制产业链图谱，开展产业链培育')
    expect(actions).toEqual(['完成', '都没有', '怎么填？', '跳过', '上一题'])
    // More options than the box shows at once: it says they scroll.
    expect(options.length).toBeGreaterThan(3)
    expect(document.querySelector('.quick__more')?.textContent).toBe(`共 ${options.length} 项，可在下方上下滑动查看`)
  })

  it('marks the ticked options', () => {
    const step = reply(atChecklist(), {}, '绘制产业链图谱，开展产业链培育', { now: NOW })
    render(<QuickReplies controls={controlsFor(step.state)} onPick={() => undefined} />)
    const ticked = Array.from(document.querySelectorAll('[data-ticked="yes"]')).map((e) => e.textContent)
    expect(ticked).toEqual(['绘制产业链图谱，开展产业链培育'])
    expect(Array.from(document.querySelectorAll('.quick__actions .chat__chip')).map((e) => e.textContent)).toEqual(['完成', '怎么填？', '跳过', '上一题'])
  })

  it('sends the chip’s text when tapped', () => {
    const picked: string[] = []
    render(<QuickReplies controls={controlsFor(atChecklist())} onPick={(t) => picked.push(t)} />)
    fireEvent.click(document.querySelector('.quick__actions .chat__chip') as Element)
    expect(picked).toEqual(['完成'])
  })
})
