import { fireEvent, render, screen } from '@testing-library/react'
import { firstQuestion } from '../../src/chat'
import { QuestionBubble } from '../../src/components/QuestionBubble'

describe('QuestionBubble', () => {
  it('shows the label, unit and year prompt of the first question of section 二', () => {
    render(<QuestionBubble question={firstQuestion('s2')!} />)
    expect(screen.getByText('集群总产值（亿元）')).toBeTruthy()
    expect(screen.getByText('单位：亿元')).toBeTruthy()
    expect(screen.getByText(/2021年、2022年、2023年/)).toBeTruthy()
  })

  it('reveals the 填报说明 only after 怎么填？ is tapped', () => {
    render(<QuestionBubble question={firstQuestion('s2')!} />)
    expect(screen.queryByText('财务数据应以企业该年度会计报表期末数为准。')).toBeNull()
    fireEvent.click(screen.getByText('怎么填？'))
    expect(screen.getByText('财务数据应以企业该年度会计报表期末数为准。')).toBeTruthy()
  })

  it('shows the printed options of a gate as chips', () => {
    render(<QuestionBubble question={{ ...firstQuestion('s1')!, options: ['是', '否'] }} />)
    expect(screen.getByText('是').className).toBe('chip')
  })
})
