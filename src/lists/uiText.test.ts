import { IMPORT_ACTIONS, NOTHING_TO_APPEND, PASTE_HINT, alreadyListedText, appendLabel, busyText, morePreviewProblems, partlyStoredText, replaceLabel, savingText, storedText } from './uiText'

describe('import panel wording', () => {
  it('tells how many entries were stored and what happened to the problem rows', () => {
    expect(storedText(409, 409, 3)).toBe('已导入 409 条，清单现有 409 条。有问题的 3 行未导入：可在对话中逐条补充，或修改表格后重新导入。')
    expect(storedText(2, 5, 0)).toBe('已导入 2 条，清单现有 5 条。')
  })

  it('labels the confirm buttons with their counts', () => {
    expect([replaceLabel(409), replaceLabel(1, 3), appendLabel(2)]).toEqual(['导入这 409 条', '替换为这 1 条（删除现有 3 条）', '追加 2 条'])
    expect(NOTHING_TO_APPEND).toBe('没有可追加的新行：其余各行已在清单中或有问题。')
  })

  it('says what it is doing and how many problems are not listed', () => {
    expect(['upload', 'preview', 'store', 'file'].map((w) => busyText(w as 'upload'))).toEqual(['正在上传表格…', '正在逐行检查…', '正在保存清单…', '正在生成表格…'])
    expect(savingText(200, 818)).toBe('正在保存清单：已保存 200/818 项改动（新增和删除的条目各算一项）…')
    expect(partlyStoredText(200)).toBe('已保存的前 200 项保留在清单中；请重新导入同一表格完成导入（已导入的行不会重复）。')
    expect(alreadyListedText(409)).toBe('其中 409 行已在现有清单中：追加时不重复导入，替换时以这份表格为准。')
    expect(morePreviewProblems(12)).toBe('另有 12 处问题未列出，请修改表格后重新导入查看。')
  })

  it('names the actions and tells how to paste', () => {
    expect(Object.values(IMPORT_ACTIONS)).toEqual(['导入表格', '粘贴表格内容', '下载模板', '导出清单', '预览', '取消'])
    expect(PASTE_HINT).toBe('在 Excel 或 WPS 中选中含表头的整块区域，复制后粘贴到这里。')
  })
})
