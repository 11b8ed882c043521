import { render } from '@testing-library/react'
import { DeadlineBanner } from '../../src/components/DeadlineBanner'

const NOW = new Date('2024-04-27T02:00:00Z')
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

describe('the application banner on home', () => {
  it('names the application, its region and the deadline with the days left in Shanghai', () => {
    render(<DeadlineBanner name='潍坊市坊子区动力装备特色产业集群' region='潍坊市坊子区' deadline='2024-04-30' now={NOW} />)
    expect(texts('.deadline__name')).toEqual(['潍坊市坊子区动力装备特色产业集群'])
    expect(texts('.deadline__region')).toEqual(['所属地区：潍坊市坊子区'])
    expect(texts('.deadline__date')).toEqual(['截止日期：2024-04-30（还剩 3 天）'])
  })

  it('says nothing about the deadline until the application record has been read, and “未设置” once it is known to be unset', () => {
    const { unmount } = render(<DeadlineBanner name='X' region={null} deadline={undefined} now={NOW} />)
    expect(texts('.deadline__date')).toEqual([])
    expect(texts('.deadline__region')).toEqual([])
    expect(texts('.deadline__hint')).toEqual([])
    unmount()
    render(<DeadlineBanner name='X' region={null} deadline={null} now={NOW} />)
    expect(texts('.deadline__date')).toEqual(['截止日期：未设置（负责人可在“成员分工”中设置）'])
  })

  it('says where to name an application that has no name yet', () => {
    render(<DeadlineBanner name='未命名申报' region={null} deadline={null} now={NOW} />)
    expect(texts('.deadline__name')).toEqual(['未命名申报'])
    expect(texts('.deadline__hint')).toEqual(['请在“一、基本情况”中填写集群名称。'])
  })
})
