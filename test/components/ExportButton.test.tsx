import { act, fireEvent, render, screen } from '@testing-library/react'
import { EXPORT_TEXT, ExportButton } from '../../src/components/ExportButton'

const calls: { name: string; body: unknown }[] = []
const clicked: { download: string; href: string }[] = []
let reply: unknown

beforeEach(() => {
  calls.length = 0
  clicked.length = 0
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    calls.push({ name: String(url).split('/').pop() as string, body: JSON.parse(init.body) })
    return { json: async () => reply }
  }) as unknown as typeof fetch
  URL.createObjectURL = jest.fn(() => 'blob:export-1')
  URL.revokeObjectURL = jest.fn()
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href })
  })
})

const result = (openIssues: number, photosInAnnex = 0, photosLeftOut = 0) => ({
  ok: true,
  data: { format: 'docx', fileName: '潍坊市坊子区动力装备特色产业集群_申报表_第3版.docx', hash: '89C2-673D-575C', version: 3, bytes: 4, openIssues, photosInAnnex, photosLeftOut, file: { kind: 'inline', base64: 'UEsDBA==' } }
})

async function tapExport() {
  await act(async () => {
    render(<ExportButton appId='app9' />)
  })
  await act(async () => {
    fireEvent.click(screen.getByText('导出申报表'))
  })
}

describe('the 导出申报表 button', () => {
  it('asks the cloud for this application’s file and downloads it under its name in the browser', async () => {
    reply = result(0)
    await tapExport()
    expect(calls).toEqual([{ name: 'exportApplication', body: { appId: 'app9' } }])
    expect(clicked).toEqual([{ download: '潍坊市坊子区动力装备特色产业集群_申报表_第3版.docx', href: 'blob:export-1' }])
    expect(Array.from(document.querySelectorAll('.export__note'), (n) => n.textContent)).toEqual([
      '已下载：潍坊市坊子区动力装备特色产业集群_申报表_第3版.docx',
      '打印稿页脚：申报表版本 3，内容校验码 89C2-673D-575C。'
    ])
  })

  it('says how many photos the annex holds, and how many were left out for the file size', async () => {
    reply = result(0, 12, 0)
    await tapExport()
    expect(document.querySelectorAll('.export__note')[2].textContent).toBe('附件收录佐证照片 12 张。')
  })

  it('names the photos left out of the annex and where to see them', async () => {
    reply = result(0, 9, 40)
    await tapExport()
    expect(document.querySelectorAll('.export__note')[2].textContent).toBe('附件收录佐证照片 9 张；另有 40 张因文件大小未收录，已列入佐证材料清单，可在“佐证材料”页查看。')
  })

  it('says when the exported copy is still a draft', async () => {
    reply = result(2)
    await tapExport()
    expect(document.querySelectorAll('.export__note')[1].textContent).toBe('尚有2处需修改或说明，文件首页已注明为草稿。')
  })

  it('shows the cloud’s refusal in Chinese and downloads nothing', async () => {
    reply = { ok: false, error: { code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' } }
    await tapExport()
    expect(clicked).toEqual([])
    expect(document.querySelector('.export__error')?.textContent).toBe('您不是该申报的成员，或已被移出。')
  })

  it('reports a file it cannot hand over (a cloud file id reaching the browser build)', async () => {
    reply = { ok: true, data: { ...result(0).data, file: { kind: 'cloud', fileID: 'cloud://x/y.docx' } } }
    await tapExport()
    expect(clicked).toEqual([])
    expect(document.querySelector('.export__error')?.textContent).toBe('申报表已生成，但文件未能下载或打开，请稍后重试。')
  })

  it('asks for the spreadsheet of all answers and downloads it as .xlsx', async () => {
    reply = { ok: true, data: { ...result(2).data, format: 'xlsx', fileName: '潍坊市坊子区动力装备特色产业集群_数据汇总_第3版.xlsx' } }
    await act(async () => {
      render(<ExportButton appId='app9' format='xlsx' />)
    })
    await act(async () => {
      fireEvent.click(screen.getByText('导出数据汇总表（Excel）'))
    })
    expect(calls).toEqual([{ name: 'exportApplication', body: { appId: 'app9', format: 'xlsx' } }])
    expect(clicked.map((c) => c.download)).toEqual(['潍坊市坊子区动力装备特色产业集群_数据汇总_第3版.xlsx'])
    expect(Array.from(document.querySelectorAll('.export__note'), (n) => n.textContent)).toEqual(['已下载：潍坊市坊子区动力装备特色产业集群_数据汇总_第3版.xlsx'])
  })

  it('names its states with the texts the user sees', () => {
    expect(EXPORT_TEXT.busy).toBe('正在生成申报表…')
    expect(EXPORT_TEXT.opened('a.docx')).toBe('已打开：a.docx。可在右上角菜单中转发或保存。')
  })
})
