import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { FormTable } from '../../components/FormTable'
import { ChangeLog } from '../../components/ChangeLog'
import { FORM, type Item, type SectionId } from '../../form'
import { currentApp } from '../../sync/device'
import { memberAnswers, syncMemberView } from '../../sync/memberView'
import './index.css'

/** A whole section laid out like the paper form, with the answers as this member sees them; tap to edit, 修改记录 for who changed what. */
export default function Table() {
  const router = useRouter()
  const section = FORM.sections.find((s) => s.id === (router.params.section as SectionId)) ?? FORM.sections[1]
  const appId = currentApp()?.appId ?? 'none'
  const [answers, setAnswers] = useState(() => memberAnswers(appId))
  const [historyOf, setHistoryOf] = useState<Item | null>(null)
  useDidShow(() => {
    setAnswers(memberAnswers(appId))
    syncMemberView(appId).then((view) => setAnswers(view.answers))
  })
  return (
    <View className='table'>
      <Text className='table__title'>{section.title}</Text>
      <FormTable
        section={section}
        answers={answers}
        onEdit={(id, entry) => Taro.navigateTo({ url: `/pages/chat/index?item=${id}${entry ? `&entry=${entry}` : ''}` })}
        onHistory={setHistoryOf}
      />
      {historyOf ? <ChangeLog appId={appId} item={historyOf} onClose={() => setHistoryOf(null)} /> : null}
    </View>
  )
}
