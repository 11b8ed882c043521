import { render } from '@testing-library/react'
import { ChatTurn } from '../../src/components/ChatTurn'

describe('a question turn in the chat', () => {
  it('says above the first question of another section which section the chat has entered', () => {
    render(<ChatTurn turn={{ id: 7, from: 'bot', kind: 'question', itemId: 's2.totalOutput', prompt: '请分别填写2021年、2022年、2023年的数值（单位：亿元）', enters: '二、主导产业情况' }} onEdit={() => undefined} />)
    expect(document.querySelector('.turn__enters')?.textContent).toBe('进入：二、主导产业情况')
    expect(document.querySelector('.bubble__label')?.textContent).toBe('集群总产值（亿元）')
  })

  it('says nothing of sections on a question in the same section', () => {
    render(<ChatTurn turn={{ id: 8, from: 'bot', kind: 'question', itemId: 's2.smeOutputShare', prompt: '请分别填写2021年、2022年、2023年的数值（单位：%）' }} onEdit={() => undefined} />)
    expect(document.querySelectorAll('.turn__enters')).toHaveLength(0)
  })
})
