import { Text, View } from '@tarojs/components'
import type { Controls } from '../../chat'
import './index.css'

const PRIMARY = new Set(['完成', '采用', '再加一条'])

/** About this many long options show in the box at once; with more it scrolls, and says so. */
const OPTIONS_IN_VIEW = 3
export const optionsScrollHint = (n: number) => `共 ${n} 项，可在下方上下滑动查看`

/**
 * The quick replies under the chat: the item's options wrap onto several lines (checklist options are whole
 * sentences), ticked ones are marked, and the commands (完成, 跳过…) sit in their own row that is always visible.
 */
export function QuickReplies({ controls, onPick }: { controls: Pick<Controls, 'options' | 'actions' | 'ticked'>; onPick: (text: string) => void }) {
  if (controls.options.length === 0 && controls.actions.length === 0) return null
  return (
    <View className='quick chat__chips'>
      {controls.options.length > OPTIONS_IN_VIEW ? <Text className='quick__more'>{optionsScrollHint(controls.options.length)}</Text> : null}
      {controls.options.length > 0 ? (
        <View className='quick__options'>
          {controls.options.map((o) => {
            const on = controls.ticked.includes(o)
            return (
              <Text key={o} className={`chat__chip quick__option ${on ? 'quick__option--on' : ''}`} data-ticked={on ? 'yes' : 'no'} onClick={() => onPick(o)}>
                {o}
              </Text>
            )
          })}
        </View>
      ) : null}
      <View className='quick__actions'>
        {controls.actions.map((a) => (
          <Text key={a} className={`chat__chip quick__action ${PRIMARY.has(a) ? 'quick__action--primary' : ''}`} onClick={() => onPick(a)}>
            {a}
          </Text>
        ))}
      </View>
    </View>
  )
}
