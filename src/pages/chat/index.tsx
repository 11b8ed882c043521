import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { firstQuestion } from '../../chat'
import { FORM, type SectionId } from '../../form'
import { QuestionBubble } from '../../components/QuestionBubble'
import './index.css'

function sectionFrom(param: string | undefined): SectionId {
  const found = FORM.sections.find((s) => s.id === param)
  return found ? found.id : 's1'
}

/** Chat: the first question of a section (the conversation engine comes with issue 4). */
export default function Chat() {
  const router = useRouter()
  const sectionId = sectionFrom(router.params.section)
  const section = FORM.sections.find((s) => s.id === sectionId)!
  const question = firstQuestion(sectionId)
  return (
    <View className='chat'>
      <Text className='chat__section'>{section.title}</Text>
      {question ? <QuestionBubble question={question} /> : <Text className='chat__empty'>本部分在导出的申报表上签字盖章，无需在线填写。</Text>}
    </View>
  )
}
