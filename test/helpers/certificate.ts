/**
 * Certificate-like images the tests render themselves: an HTML certificate (title, number, name, holder, date) laid
 * out like a Chinese patent certificate and screenshotted in Chromium, so OCR and compression run on real pixels
 * with known text. A seeded generator varies the wording and numbers for the bench.
 */
import type { Page } from 'playwright-core'
import { patentCheckDigit } from '../../src/rules/numberFormats'

export interface Certificate {
  title: string
  /** The number as printed. */
  printed: string
  /** The number the parser should propose. */
  number: string
  numberLabel: string
  nameLabel: string
  name: string
  holderLabel: string
  holder: string
  dateLabel: string
  /** As printed, e.g. 2023年05月12日. */
  printedDate: string
  /** ISO, e.g. 2023-05-12. */
  date: string
}

/** A small deterministic generator (mulberry32), so a failing certificate can be rendered again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NAMES = ['一种高效柴油发动机冷却系统', '一种齿轮箱润滑装置及其控制方法', '一种轻量化曲轴的锻造工艺', '一种电动拖拉机动力总成', '一种液压阀体的检测方法']
const HOLDERS = ['潍坊动力装备股份有限公司', '山东精工机械有限公司', '坊子区智能制造研究院', '潍坊齿轮传动有限公司']

export function patentCertificate(random: () => number): Certificate {
  const year = 2015 + Math.floor(random() * 9)
  const typeDigit = '1'
  const serial = String(Math.floor(random() * 10_000_000)).padStart(7, '0')
  const twelve = `${year}${typeDigit}${serial}`
  const check = patentCheckDigit(twelve)
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  const grantYear = Math.min(2024, year + 1 + Math.floor(random() * 2))
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    title: '发明专利证书',
    printed: `ZL ${year} 1 ${serial}.${check}`,
    number: `ZL${twelve}.${check}`,
    numberLabel: '专利号',
    nameLabel: '发明名称',
    name: NAMES[Math.floor(random() * NAMES.length)],
    holderLabel: '专利权人',
    holder: HOLDERS[Math.floor(random() * HOLDERS.length)],
    dateLabel: '授权公告日',
    printedDate: `${grantYear}年${pad(month)}月${pad(day)}日`,
    date: `${grantYear}-${pad(month)}-${pad(day)}`
  }
}

export function certificateHtml(c: Certificate): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { margin: 0; background: #f7f1e3; font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; color: #222; }
    .sheet { margin: 40px; padding: 48px 64px; border: 6px double #b8860b; background: #fffdf6; }
    h1 { text-align: center; font-size: 44px; letter-spacing: 8px; margin: 0 0 8px; }
    .no { text-align: right; font-size: 18px; color: #555; margin-bottom: 28px; }
    p { font-size: 24px; line-height: 1.9; margin: 0; }
    .seal { float: right; width: 150px; height: 150px; border: 5px solid rgba(200,0,0,.55); border-radius: 50%; color: rgba(200,0,0,.55); text-align: center; line-height: 150px; font-size: 22px; margin-top: -40px; }
  </style></head><body><div class="sheet">
    <h1>${c.title}</h1>
    <div class="no">证书号第 ${c.number.slice(-9, -2)} 号</div>
    <p>${c.nameLabel}：${c.name}</p>
    <p>${c.numberLabel}：${c.printed}</p>
    <p>${c.holderLabel}：${c.holder}</p>
    <p>${c.dateLabel}：${c.printedDate}</p>
    <div class="seal">国家知识产权局</div>
    <p style="clear: both; font-size: 18px; color: #555">本证书经审查合格，依照专利法授予专利权，予以登记公告。</p>
  </div></body></html>`
}

export interface RenderOptions {
  /** CSS pixels of the viewport (the certificate is laid out for 1000×700 and zoomed to fit). */
  width?: number
  height?: number
  type?: 'png' | 'jpeg'
  /** Turns the sheet like a photo taken slightly askew. */
  rotateDeg?: number
  /** Grey noise over the page (0–1 opacity), like a phone camera's sensor noise and paper texture. */
  noise?: number
}

/** Screenshots the certificate; device pixels follow the page's context (deviceScaleFactor). */
export async function renderCertificate(page: Page, c: Certificate, options: RenderOptions = {}): Promise<Buffer> {
  const width = options.width ?? 1000
  const height = options.height ?? 700
  await page.setViewportSize({ width, height })
  await page.setContent(certificateHtml(c))
  await page.evaluate(
    ([zoom, rotate, noise]) => {
      const sheet = document.querySelector('.sheet') as HTMLElement
      document.body.style.zoom = String(zoom)
      sheet.style.transform = `rotate(${rotate}deg)`
      if (noise > 0) {
        const dpr = window.devicePixelRatio
        const canvas = document.createElement('canvas')
        canvas.width = Math.round(innerWidth * dpr)
        canvas.height = Math.round(innerHeight * dpr)
        canvas.style.cssText = `position:fixed;left:0;top:0;width:${innerWidth / zoom}px;height:${innerHeight / zoom}px;opacity:${noise};pointer-events:none`
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
        const img = ctx.createImageData(canvas.width, canvas.height)
        let seed = 12345
        for (let i = 0; i < img.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) >>> 0
          const v = seed >>> 24
          img.data[i] = img.data[i + 1] = img.data[i + 2] = v
          img.data[i + 3] = 255
        }
        ctx.putImageData(img, 0, 0)
        document.body.appendChild(canvas)
      }
    },
    [width / 1000, options.rotateDeg ?? 0, options.noise ?? 0] as const
  )
  return page.screenshot({ type: options.type ?? 'png', ...(options.type === 'jpeg' ? { quality: 92 } : {}) })
}

/** Chromium for rendering only (no H5 build needed), with the flags of test/helpers/browser.ts. */
export function launchForRendering(): Promise<import('playwright-core').Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily so unit tests need no browser
  const { chromium } = require('playwright-core') as typeof import('playwright-core')
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromiumPath } = require('./browser') as typeof import('./browser')
  return chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-sync'] })
}
