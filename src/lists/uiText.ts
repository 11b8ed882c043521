/** The words of the import panel in the chat, in one place so tests can read them in full. */
export const IMPORT_ACTIONS = {
  importFile: '导入表格',
  paste: '粘贴表格内容',
  template: '下载模板',
  export: '导出清单',
  previewPaste: '预览',
  cancel: '取消'
} as const

export const PASTE_HINT = '在 Excel 或 WPS 中选中含表头的整块区域，复制后粘贴到这里。'

export const busyText = (what: 'upload' | 'preview' | 'store' | 'file') =>
  ({ upload: '正在上传表格…', preview: '正在逐行检查…', store: '正在保存清单…', file: '正在生成表格…' })[what]

/** Replacing deletes what is stored: the button says how many entries go. */
export const replaceLabel = (n: number, existing = 0) => (existing > 0 ? `替换为这 ${n} 条（删除现有 ${existing} 条）` : `导入这 ${n} 条`)
/** Shown instead of an append button when the list has entries but no row would be new. */
export const NOTHING_TO_APPEND = '没有可追加的新行：其余各行已在清单中或有问题。'
export const appendLabel = (n: number) => `追加 ${n} 条`

/** A long list is stored a few hundred entries per call: the panel says how far it is. */
export const savingText = (done: number, total: number) => `正在保存清单：已保存 ${done}/${total} 项改动（新增和删除的条目各算一项）…`

/** The import stopped after part of the list was stored: what is stored stays, and the rest can follow. */
export const partlyStoredText = (done: number) => `已保存的前 ${done} 项保留在清单中；请重新导入同一表格完成导入（已导入的行不会重复）。`

export function storedText(added: number, count: number, problemRows: number): string {
  const head = `已导入 ${added} 条，清单现有 ${count} 条。`
  const fix = problemRows > 0 ? `有问题的 ${problemRows} 行未导入：可在对话中逐条补充，或修改表格后重新导入。` : ''
  return head + fix
}

/** Many rows of the file are already in the list (a file re-imported after a correction): one line, not a row each. */
export const alreadyListedText = (n: number) => `其中 ${n} 行已在现有清单中：追加时不重复导入，替换时以这份表格为准。`

export const morePreviewProblems = (n: number) => `另有 ${n} 处问题未列出，请修改表格后重新导入查看。`
