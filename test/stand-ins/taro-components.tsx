/**
 * Small React-DOM stand-ins for @tarojs/components in jsdom component tests (@tarojs/test-utils-react
 * targets Taro 3 and does not work with Taro 4). The real components are exercised by the e2e tests.
 */
import * as React from 'react'

type Props = React.PropsWithChildren<Record<string, unknown>>

function strip(props: Props) {
  const { className, children, onClick, ...rest } = props
  const data = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-')))
  return { className: className as string | undefined, children, onClick: onClick as (() => void) | undefined, data }
}

export function View(props: Props) {
  const { className, children, onClick, data } = strip(props)
  return (
    <div className={className} onClick={onClick} {...data}>
      {children}
    </div>
  )
}

export function Text(props: Props) {
  const { className, children, onClick, data } = strip(props)
  return (
    <span className={className} onClick={onClick} {...data}>
      {children}
    </span>
  )
}

export function Image(props: Props & { src?: string }) {
  const { className, onClick } = strip(props)
  return <img className={className} onClick={onClick} src={props.src} alt='' />
}

export function Button(props: Props) {
  const { className, children, onClick } = strip(props)
  return (
    <button className={className} onClick={onClick} disabled={Boolean(props.disabled)}>
      {children}
    </button>
  )
}

type FieldProps = Props & { onInput?: (e: { detail: { value: string } }) => void }

/** Taro's Input and Textarea: the value in, each change out as Taro's `detail.value`. */
function field(Tag: 'input' | 'textarea') {
  return function Field(props: FieldProps) {
    return (
      <Tag
        className={props.className as string | undefined}
        placeholder={props.placeholder as string | undefined}
        value={props.value as string | undefined}
        onChange={(e) => props.onInput?.({ detail: { value: e.target.value } })}
      />
    )
  }
}

export const Input = field('input')
export const Textarea = field('textarea')
