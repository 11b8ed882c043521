import JSZip from 'jszip'
import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import { exportXlsx } from './index'

/** The sheet's rows as text, read back from the zipped SpreadsheetML (inline strings, in column order). */
async function readSheet(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes)
  expect(Object.keys(zip.files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
  const un = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  return [...xml.matchAll(/<row r="\d+">([\s\S]*?)<\/row>/g)].map((r) => [...r[1].matchAll(/<t xml:space="preserve">([\s\S]*?)<\/t>/g)].map((c) => un(c[1])))
}

describe('the answers as a spreadsheet (one row per item)', () => {
  let rows: string[][]
  beforeAll(async () => {
    rows = await readSheet(exportXlsx(COMPLETE_APPLICATION))
  })
  const row = (label: string) => rows.find((r) => r[1] === label)

  test('starts with the header and lists every answered row of the form in order, mirrors and paper places left out', () => {
    expect(rows[0]).toEqual(['部分', '栏目', '填写内容', '说明'])
    expect(rows[1]).toEqual(['封面', '所属地区', '潍坊市坊子区', ''])
    expect(rows.filter((r) => r[1] === '集群名称')).toHaveLength(1)
    expect(rows.some((r) => r[1].includes('签字') || r[1] === '真实性声明')).toBe(false)
    expect(rows.at(-1)).toEqual(['九、真实性声明及推荐意见', '市级中小企业主管部门推荐意见', '', ''])
  })

  test('prints each kind of answer as one readable cell', () => {
    expect(row('集群总产值（亿元）')).toEqual(['二、主导产业情况', '集群总产值（亿元）', '2021年：118.36；2022年：131.52；2023年：146.80', ''])
    expect(row('集群占地面积（平方公里）')?.[2]).toBe('23.60')
    expect(row('主导产业所属产业类型')?.[2]).toBe('第二产业')
    expect(row('集群已开展的质量品牌建设工作')?.[2]).toBe('开展了先进质量管理模式推广；开展了质量诊断服务；建立了品牌运营、品牌管理标准宣贯等机制')
    expect(row('集群绿色制造体系建设水平')?.[2]).toBe('绿色工厂数量6；绿色工业园区数量0；绿色供应链管理企业数量2；绿色设计产品数量9')
    expect(row('集群或集群内企业在境外设立分支机构数量：境外分支机构清单')?.[2]).toBe('共3项\n潍坊动力机械有限公司，潍坊动力（泰国）有限公司，泰国，2019\n潍坊智能传动科技有限公司，智能传动德国研发中心，德国，2021\n潍坊华驰液压件有限公司，华驰液压越南销售公司，越南，2023')
    expect(row('县级行政区划中小企业主管部门：联系人')?.[2]).toBe('李明')
    expect(row('集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况')?.[2]).toMatch(/^2021年国家主持数量1；2021年国家参与数量2；/)
  })

  test('keeps a warning’s explanation in its own column and escapes XML characters', async () => {
    const sheet = await readSheet(exportXlsx({ ...COMPLETE_APPLICATION, 's1.operatorContact': { value: '张丽 & <王>', explanation: '两人共同负责' } }))
    expect(sheet.find((r) => r[1] === '集群运营管理机构：联系人')).toEqual(['一、基本情况', '集群运营管理机构：联系人', '张丽 & <王>', '两人共同负责'])
  })
})
