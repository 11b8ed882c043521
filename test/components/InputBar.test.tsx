import { act, fireEvent, render, screen } from '@testing-library/react'
import { InputBar } from '../../src/components/InputBar'

describe('the chat input bar', () => {
  it('sends the typed text, clears the field and keeps the same field for the next question', async () => {
    const onSend = jest.fn()
    const { rerender } = render(<InputBar mode='text' onSend={onSend} />)
    const field = screen.getByPlaceholderText('输入回答') as HTMLInputElement
    fireEvent.change(field, { target: { value: '潍坊市坊子区动力装备特色产业集群' } })
    await act(async () => fireEvent.click(screen.getByText('发送')))
    expect(onSend).toHaveBeenCalledWith('潍坊市坊子区动力装备特色产业集群')
    expect(field.value).toBe('')
    // The next question (another text item) re-renders the bar: the field element is the same one, so the
    // keyboard of a real phone stays open.
    rerender(<InputBar mode='text' onSend={onSend} />)
    expect(screen.getByPlaceholderText('输入回答')).toBe(field)
  })

  it('sends nothing for blank input', async () => {
    const onSend = jest.fn()
    render(<InputBar mode='text' onSend={onSend} />)
    fireEvent.change(screen.getByPlaceholderText('输入回答'), { target: { value: '   ' } })
    await act(async () => fireEvent.click(screen.getByText('发送')))
    expect(onSend).not.toHaveBeenCalled()
  })
})
