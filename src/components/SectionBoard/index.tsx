import { Text, View } from '@tarojs/components'
import type { SectionProgress } from '../../rules'
import { cardLines, type BoardMember } from './board'
import './index.css'

/** Home's section cards: done/required, errors, warnings to explain, missing evidence, who fills it. */
export function SectionBoard({ progress, members, onOpen }: { progress: SectionProgress[]; members: BoardMember[]; onOpen: (section: string) => void }) {
  return (
    <View className='board'>
      {progress.map((p) => {
        const card = cardLines(p, members)
        return (
          <View key={p.id} className='section-card board-card' data-section={p.id} onClick={() => onOpen(p.id)}>
            <Text className='section-card__title board-card__title'>{p.title}</Text>
            <Text className={`section-card__count board-card__count ${card.done ? 'board-card__count--done' : ''}`}>{card.count}</Text>
            {card.lines.map((l) => (
              <Text key={l.text} className={`board-card__line board-card__line--${l.tone}`}>
                {l.text}
              </Text>
            ))}
          </View>
        )
      })}
    </View>
  )
}

export { assignedTo, cardLines, type BoardMember } from './board'
