import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ALL_SECTIONS, sectionProgress, type SectionProgress } from '../../rules'
import { check, type Answers, type Finding } from '../../rules'
import { ReviewPanel } from '../../components/ReviewPanel'
import { currentApp } from '../../sync/device'
import { memberAnswers, syncMemberView } from '../../sync/memberView'
import './index.css'

function progressOf(answers: Answers): SectionProgress[] {
  return sectionProgress(answers, check(answers, { level: 'submit', now: new Date() }), ALL_SECTIONS)
}

function FindingRow({ f, kind }: { f: Finding; kind: 'error' | 'warning' | 'evidence' }) {
  return (
    <View className={`finding finding--${kind}`} onClick={() => Taro.navigateTo({ url: `/pages/chat/index?item=${f.itemIds[0]}` })}>
      <Text className='finding__text'>{f.message}</Text>
    </View>
  )
}

/**
 * Each section's completion, errors, unexplained warnings and missing evidence; a tap opens the question.
 * Reads the answers as this member sees them (device, then the pull), so it is right even when opened first.
 */
/** Under each section's head: where the printed layout and 修改记录 are. */
export const TABLE_LINK = '按表格查看全部答案和修改记录 ›'

export default function Overview() {
  const app = currentApp()
  const appId = app?.appId ?? 'none'
  // Reviewers look at photos; those who fill a section add them.
  const evidenceHint = app && (app.role === 'owner' || app.role === 'operator') ? '点此拍照补充' : '点此查看照片'
  const [sections, setSections] = useState<SectionProgress[]>(() => progressOf(memberAnswers(appId)))
  useDidShow(() => {
    setSections(progressOf(memberAnswers(appId)))
    syncMemberView(appId).then((view) => setSections(progressOf(view.answers)))
  })
  return (
    <View className='overview'>
      {appId !== 'none' ? <ReviewPanel appId={appId} /> : null}
      {sections.map((s) => (
        <View key={s.id} className='overview__section' data-section={s.id}>
          <View className='overview__head' onClick={() => Taro.navigateTo({ url: `/pages/table/index?section=${s.id}` })}>
            <Text className='overview__title'>{s.title}</Text>
            <Text className='overview__percent'>{s.required === 0 ? '纸质签字盖章' : `${s.percent}%（${s.answered}/${s.total}）`}</Text>
          </View>
          <Text className='overview__table' onClick={() => Taro.navigateTo({ url: `/pages/table/index?section=${s.id}` })}>
            {TABLE_LINK}
          </Text>
          {s.required === 0 ? (
            <Text className='overview__paper'>{`签字、盖章、日期 ${s.paperPlaces} 处在导出的纸质申报表上完成；推荐意见由市级推荐填写（选填）。`}</Text>
          ) : (
            <View className='overview__bar'>
              <View className='overview__fill' style={{ width: `${s.percent}%` }} />
            </View>
          )}
          {s.errors.map((f, i) => (
            <FindingRow key={`e${i}`} f={f} kind='error' />
          ))}
          {s.warnings.map((f, i) => (
            <FindingRow key={`w${i}`} f={f} kind='warning' />
          ))}
          {s.missingEvidence.length > 0 ? (
            <Text className='overview__evidence' onClick={() => Taro.navigateTo({ url: '/pages/evidence/index' })}>{`缺少佐证材料 ${s.missingEvidence.length} 项（${evidenceHint}）`}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
