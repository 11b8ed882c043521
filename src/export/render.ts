/** Blocks → a Word document with the `docx` package (Node only: the cloud export, never the weapp bundle). */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType
} from 'docx'
import type { Block, Cell } from './model'

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' }
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' }
/** Half-points: 五号 = 10.5 pt, 四号 = 14 pt, 二号 = 22 pt. */
const SIZE = { body: 21, heading: 28, title: 44 }
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
/** Largest picture on the page, in pixels at 96 dpi (about 15 × 20 cm). */
const MAX_PHOTO = { width: 560, height: 740 }

const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: SIZE.body })

function tableCell(c: Cell, grid: readonly number[], col: number): TableCell {
  const span = c.span ?? 1
  const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0)
  return new TableCell({
    children: (c.lines.length > 0 ? c.lines : ['']).map((l) => new Paragraph({ children: [run(l, c.head === true)] })),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(c.rowSpan !== undefined && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {})
  })
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  // Columns taken by cells spanning down from rows above, so each cell's width is read at its real column.
  const pending: number[] = new Array(block.grid.length).fill(0)
  const rows = block.rows.map((row) => {
    let col = 0
    const cells = row.map((c) => {
      while (col < pending.length && pending[col] > 0) col++
      const cellOut = tableCell(c, block.grid, col)
      const span = c.span ?? 1
      if (c.rowSpan !== undefined && c.rowSpan > 1) for (let k = col; k < col + span; k++) pending[k] = c.rowSpan
      col += span
      return cellOut
    })
    for (let k = 0; k < pending.length; k++) if (pending[k] > 0) pending[k]--
    return new TableRow({ children: cells, cantSplit: true })
  })
  return new Table({
    rows,
    width: { size: block.grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...block.grid],
    layout: TableLayoutType.FIXED,
    ...(block.borders ? {} : { borders: NO_BORDERS })
  })
}

function photoSize(w: number, h: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_PHOTO.width / Math.max(1, w), MAX_PHOTO.height / Math.max(1, h))
  return { width: Math.round(w * scale), height: Math.round(h * scale) }
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 1200 }, children: [new TextRun({ text: block.text, bold: true, font: HEADING_FONT, size: SIZE.title })] })]
    case 'heading':
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: block.text, bold: true, font: HEADING_FONT, size: SIZE.heading })] })]
    case 'subheading':
      return [new Paragraph({ spacing: { before: 120 }, children: [run(block.text, true)] })]
    case 'para':
      return [
        new Paragraph({
          ...(block.align === 'center' ? { alignment: AlignmentType.CENTER } : block.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
          children: [run(block.text)]
        })
      ]
    case 'table':
      return [table(block), new Paragraph({ children: [] })]
    case 'image': {
      const p = block.photo
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: p.type, data: p.data, transformation: photoSize(p.width, p.height) })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.caption)] })
      ]
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
  }
}

/** The footer printed on every page, e.g. “申报表版本 7 · 内容校验码 1A2B-3C4D-5E6F · 第 3 页”. */
export const footerText = (version: number, hash: string) => `申报表版本 ${version} · 内容校验码 ${hash}`

export async function renderDocx(blocks: Block[], footer: string, title: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: '集群申报助手',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${footer} · 第 `, PageNumber.CURRENT, ' 页'], font: FONT, size: 18 })] })]
          })
        },
        children: blocks.flatMap(render)
      }
    ]
  })
  const buffer = await Packer.toBuffer(doc)
  return new Uint8Array(buffer)
}
