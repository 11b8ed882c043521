import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ExportFormat, ExportResult } from '../../cloud/core'
import { ERROR_MESSAGES } from '../../errors'
import { callFunction } from '../../sync'
import { deliverFile } from './deliver'
import './index.css'

export const EXPORT_TEXT = {
  button: { docx: '导出申报表', xlsx: '导出数据汇总表（Excel）' } as Record<ExportFormat, string>,
  busy: '正在生成申报表…',
  downloaded: (fileName: string) => `已下载：${fileName}`,
  opened: (fileName: string) => `已打开：${fileName}。可在右上角菜单中转发或保存。`,
  draft: (open: number) => `尚有${open}处需修改或说明，文件首页已注明为草稿。`,
  footer: (version: number, hash: string) => `打印稿页脚：申报表版本 ${version}，内容校验码 ${hash}。`,
  annex: (inAnnex: number, leftOut: number) =>
    leftOut > 0 ? `附件收录佐证照片 ${inAnnex} 张；另有 ${leftOut} 张因文件大小未收录，已列入佐证材料清单，可在“佐证材料”页查看。` : `附件收录佐证照片 ${inAnnex} 张。`
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; lines: string[] } | { kind: 'failed'; message: string }

/**
 * “导出申报表”: the cloud builds the filled 申报表 as a Word file (or, `format='xlsx'`, every answer one row per item)
 * from the stored answers (any member may),
 * and the platform binding hands it over (browser download; WeChat opens it with a forward/save menu).
 */
export function ExportButton({ appId, format = 'docx' }: { appId: string; format?: ExportFormat }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const run = async () => {
    if (state.kind === 'busy') return
    setState({ kind: 'busy' })
    const r = await callFunction<ExportResult>('exportApplication', format === 'docx' ? { appId } : { appId, format })
    if (!r.ok) return setState({ kind: 'failed', message: r.error.message })
    const delivered = await deliverFile(r.data)
    if (!delivered.ok) return setState({ kind: 'failed', message: ERROR_MESSAGES[delivered.code] })
    const { fileName, openIssues, version, hash, photosInAnnex, photosLeftOut } = r.data
    setState({
      kind: 'done',
      lines: [
        delivered.how === 'downloaded' ? EXPORT_TEXT.downloaded(fileName) : EXPORT_TEXT.opened(fileName),
        ...(openIssues > 0 && format === 'docx' ? [EXPORT_TEXT.draft(openIssues)] : []),
        ...(format === 'docx' ? [EXPORT_TEXT.footer(version, hash)] : []),
        ...(format === 'docx' && photosInAnnex + photosLeftOut > 0 ? [EXPORT_TEXT.annex(photosInAnnex, photosLeftOut)] : [])
      ]
    })
  }
  return (
    <View className='export'>
      {/* Taro's browser button is styled as disabled whenever the attribute is there, even false: only set it while busy. */}
      <Button className={`export__button export__button--${format}`} {...(state.kind === 'busy' ? { disabled: true } : {})} onClick={run}>
        {state.kind === 'busy' ? EXPORT_TEXT.busy : EXPORT_TEXT.button[format]}
      </Button>
      {state.kind === 'done' ? state.lines.map((l, i) => <Text key={i} className='export__note'>{l}</Text>) : null}
      {state.kind === 'failed' ? <Text className='export__error'>{state.message}</Text> : null}
    </View>
  )
}
