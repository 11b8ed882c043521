/**
 * Reads a .docx the way a checker would: unzip it (jszip), take word/document.xml and the footers, and list
 * every top-level table as rows of cells, each cell's paragraphs joined by “\n”. A cell continued from the row
 * above (w:vMerge without "restart") reads as "" so columns keep their places; `spans` gives each cell's w:gridSpan.
 */
import JSZip from 'jszip'

export interface DocxTable {
  /** The last non-empty paragraph before the table (its heading). */
  before: string
  rows: string[][]
  spans: number[][]
}

export interface ReadDocx {
  tables: DocxTable[]
  /** Every paragraph outside tables, in order. */
  paragraphs: string[]
  footers: string[]
  /** All text of the body. */
  text: string
  mediaCount: number
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

const paragraphText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('')
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => paragraphText(m[1]))

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes)
  const body = await zip.file('word/document.xml')!.async('string')
  const tables: DocxTable[] = []
  const outside = body.replace(/<w:tbl>([\s\S]*?)<\/w:tbl>/g, (_, inner: string, at: number) => {
    const before = paragraphsOf(body.slice(0, at).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter((p) => p !== '').pop() ?? ''
    const rows: string[][] = []
    const spans: number[][] = []
    for (const tr of inner.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)) {
      const cells = [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1])
      rows.push(cells.map((c) => (/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(c) ? '' : paragraphsOf(c).join('\n'))))
      spans.push(cells.map((c) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c)?.[1] ?? 1)))
    }
    tables.push({ before, rows, spans })
    return ''
  })
  const footers: string[] = []
  for (const name of Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n))) {
    footers.push(paragraphsOf(await zip.file(name)!.async('string')).join('\n'))
  }
  const mediaCount = Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).length
  return { tables, paragraphs: paragraphsOf(outside), footers, text: paragraphsOf(body).join('\n'), mediaCount }
}
