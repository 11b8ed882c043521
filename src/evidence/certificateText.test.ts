import { compareNumbers, findDate, normaliseOcrText, readCertificateText } from './certificateText'

/** What tesseract (chi_sim+eng) printed for a rendered patent certificate. */
const TESSERACT_PATENT = '发明专利证书\n\n发明名称: 一种齿轮箱润滑装置及其控制方法\n专利号: ZL 2020 1 0027357.4\n\n专利权人: 坊子区智能制造研究院\n\n授权公告日: 2022年07月28日\n\n本证书经审查合格，依照专利法授予专利权，予以登记公告。\n\n证书号第 0027357 号\n\nRADIA FEAR\n'

describe('readCertificateText', () => {
  test('reads a patent certificate: number with its check digit, name, holder and the grant date', () => {
    expect(readCertificateText(TESSERACT_PATENT)).toEqual({
      title: '发明专利证书',
      number: { kind: 'patent', value: 'ZL202010027357.4' },
      name: '一种齿轮箱润滑装置及其控制方法',
      holder: '坊子区智能制造研究院',
      date: '2022-07-28'
    })
  })

  test('copes with spaced Chinese, full-width colons and digits, O for 0 and l for 1 in the number', () => {
    const text = '发 明 专 利 证 书\n发 明 名 称 ： 一 种 电 动 拖 拉 机 动 力 总 成\n专 利 号 ： ＺＬ 2O17 l 1544931.8\n专利申请日：2017年3月1日\n授 权 公 告 日 ： 2018 年 6 月 2 日'
    expect(readCertificateText(text)).toEqual({
      title: '发明专利证书',
      number: { kind: 'patent', value: 'ZL201711544931.8' },
      name: '一种电动拖拉机动力总成',
      holder: null,
      date: '2018-06-02'
    })
  })

  test('finds the holder by its organisation name when OCR garbled the 专利权人 label', () => {
    const text = '发明专利证书\n发明名称: 一种高效柴油发动机冷却系统\nSAIS: ZL 2019 1 0023435.0\nSAMA: 潍坊动力装备股份有限公司\n授权公告日: 2021年08月06日'
    expect(readCertificateText(text)).toMatchObject({ number: { kind: 'patent', value: 'ZL201910023435.0' }, holder: '潍坊动力装备股份有限公司', date: '2021-08-06' })
  })

  test('does not propose a patent number whose check digit disagrees (a misread digit)', () => {
    const r = readCertificateText('专利号: ZL 2020 1 0027358.4\n授权公告日: 2022年07月28日')
    expect(r.number).toBeNull()
    expect(r.date).toBe('2022-07-28')
  })

  test('reads a standard number and its name (spaces between Chinese words cannot be told from OCR gaps and are dropped)', () => {
    const text = '中华人民共和国国家标准\nGB/T 12345-2022\n标准名称: 柴油机 冷却系统 技术条件\n发布日期: 2022-10-12\n实施日期: 2023-05-01'
    expect(readCertificateText(text)).toEqual({
      title: '中华人民共和国国家标准',
      number: { kind: 'standard', value: 'GB/T 12345—2022' },
      name: '柴油机冷却系统技术条件',
      holder: null,
      date: '2022-10-12'
    })
  })

  test('reads a generic certificate number after 证书编号 and the company name as holder, not as name', () => {
    const text = '高新技术企业证书\n企业名称: 潍坊动力装备股份有限公司\n证书编号: GR202337001234\n发证时间: 2023年12月8日\n有效期: 三年'
    expect(readCertificateText(text)).toEqual({
      title: '高新技术企业证书',
      number: { kind: 'certificate', value: 'GR202337001234' },
      name: null,
      holder: '潍坊动力装备股份有限公司',
      date: '2023-12-08'
    })
  })

  test('empty, unrelated and partial text propose nothing they cannot read', () => {
    const none = { title: null, number: null, name: null, holder: null, date: null }
    expect(readCertificateText('')).toEqual(none)
    expect(readCertificateText('\n\n  \n')).toEqual(none)
    expect(readCertificateText('RADIA FEAR ||| ~~~ 3.14')).toEqual(none)
    expect(readCertificateText('专利号: ZL 2020 1 00273')).toEqual(none) // cut off by the photo's edge
    expect(readCertificateText('授权公告日: 2022年13月45日')).toEqual(none) // no such date
    expect(readCertificateText('发明名称:\n专利权人:')).toEqual(none)
  })
})

describe('findDate and normaliseOcrText', () => {
  test('reads 2023年5月12日, 2023-05-12, 2023.5.12 and 2023/05/12 as 2023-05-12 and refuses 2023年2月30日', () => {
    for (const t of ['2023年5月12日', '2023 年 05 月 12 日', '2023-05-12', '2023.5.12', '2023/05/12']) expect([t, findDate(t)]).toEqual([t, '2023-05-12'])
    expect(findDate('2023年2月30日')).toBeNull()
    expect(findDate('20230512')).toBeNull()
  })

  test('joins spaced Chinese characters and half-widths punctuation, keeping spaces between Latin words', () => {
    expect(normaliseOcrText('专 利 权 人 ：潍 坊\r\n\r\nGB/T 12345 - 2022')).toBe('专利权人:潍坊\nGB/T 12345 - 2022')
  })
})

describe('compareNumbers', () => {
  test('the same patent number written with or without ZL, spaces, a full-width dot or lower case is the same', () => {
    expect(compareNumbers('ZL202010027357.4', 'zl 2020 1 0027357．4')).toEqual({ same: true })
    expect(compareNumbers('ZL202010027357.4', '2020100273574')).toEqual({ same: true })
    expect(compareNumbers('GB/T 12345—2022', 'GB/T12345-2022')).toEqual({ same: true })
    expect(compareNumbers('GR202337001234', 'gr202337001234')).toEqual({ same: true })
  })

  test('a photographed number that differs from the typed one is a warning naming both', () => {
    expect(compareNumbers('ZL202010027357.4', 'ZL202010027375.4')).toEqual({
      same: false,
      photographed: 'ZL202010027357.4',
      typed: 'ZL202010027375.4',
      message: '照片中证书上的编号是“ZL202010027357.4”，与填写的“ZL202010027375.4”不一致，请核对后修改，或换一张对应的证书照片。'
    })
    expect(compareNumbers('GB/T 12345—2022', 'GB/T 12345—2021').same).toBe(false)
  })
})
