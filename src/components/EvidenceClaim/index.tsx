/**
 * One claim that needs proof (a ticked option, a list entry, a platform, a 如涉及 “是”): what is claimed, its
 * photos as thumbnails with where each upload stands, and — for a member who may write it — 拍照 / 从相册选 and
 * removing a photo. Tapping a thumbnail shows it full size.
 */
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { readingNote, type ReadingNote } from '../../evidence/certificateCheck'
import type { Claim } from '../../rules'
import { dropPhoto, fillEntry, takePhotos } from '../../evidence/session'
import type { CertificateReading } from '../../evidence/certificateText'
import { readPhoto, usePhotos, type PhotoView } from '../../evidence/usePhotos'
import './index.css'

export const PHOTO_STATE_TEXT: Record<PhotoView['state'], string> = {
  onDevice: '待上传',
  uploading: '上传中，网络恢复后自动重试',
  uploaded: '已上传',
  refused: '上传失败',
  elsewhere: '尚未上传（照片还在拍摄人的手机上）'
}

export const claimStatus = (photos: number) => (photos === 0 ? '缺少佐证材料' : `已有 ${photos} 张照片`)

/**
 * Under an uploaded photo of a list entry: the certificate number read from it, checked against the number typed
 * in the entry; when none is typed yet, one tap fills it in (nothing when reading is unavailable or found none).
 */
function CertificateNote({ appId, hash, typed, claim, onChanged }: { appId: string; hash: string; typed: string | null; claim: Claim; onChanged: () => void }) {
  const [reading, setReading] = useState<CertificateReading | null>(null)
  const [filled, setFilled] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void readPhoto(appId, hash).then((r) => live && setReading(r))
    return () => {
      live = false
    }
  }, [appId, hash])
  const note: ReadingNote | null = reading ? readingNote(reading, typed) : null
  if (!note) return filled ? <Text className='evidence-claim__reading'>{filled}</Text> : null
  const fill = () => {
    if (!reading) return
    const r = fillEntry(appId, claim, reading)
    setFilled(r.message)
    if (r.ok) onChanged()
  }
  return (
    <View className='evidence-claim__reading-box'>
      <Text className={`evidence-claim__reading evidence-claim__reading--${note.kind}`}>{note.text}</Text>
      {note.kind === 'read' && !filled ? (
        <Text className='evidence-claim__fill' onClick={fill}>
          填入这个编号
        </Text>
      ) : null}
      {filled ? <Text className='evidence-claim__reading'>{filled}</Text> : null}
    </View>
  )
}

interface Props {
  appId: string
  claim: Claim
  editable: boolean
  /** For a list entry: the certificate number typed in it (undefined: not a list entry with a number). */
  typedNumber?: string | null
  /** For a list entry: its name and number as typed, under the claim. */
  detail?: string
  /** Called after photos were added or removed (the answer changed on this device). */
  onChanged: () => void
}

export function EvidenceClaim({ appId, claim, editable, onChanged, typedNumber, detail }: Props) {
  const photos = usePhotos(appId, claim.refs)
  const [message, setMessage] = useState<string | null>(null)
  const take = (from: 'camera' | 'album') => {
    // Straight from the tap: the camera or file chooser opens only inside the user's gesture.
    void takePhotos(appId, claim, from).then((r) => {
      setMessage(r.ok ? (r.added > 0 ? `已添加 ${r.added} 张照片。` : null) : r.message)
      if (r.ok && r.added > 0) onChanged()
    })
  }
  const remove = (hash: string) =>
    void Taro.showModal({ title: '删除照片', content: `删除后“${claim.what}”需要重新提供佐证材料。确定删除吗？`, confirmText: '删除', confirmColor: '#c9302c', cancelText: '保留' }).then((r) => {
      if (!r.confirm) return
      dropPhoto(appId, claim, hash)
      setMessage('照片已删除。')
      onChanged()
    })
  const preview = (url: string | null) => {
    const urls = photos.flatMap((p) => (p.url ? [p.url] : []))
    if (url) void Taro.previewImage({ current: url, urls })
  }
  return (
    <View className={`evidence-claim ${photos.length === 0 ? 'evidence-claim--missing' : ''}`}>
      <Text className='evidence-claim__what'>{claim.what}</Text>
      {detail ? <Text className='evidence-claim__detail'>{detail}</Text> : null}
      <Text className='evidence-claim__status'>{claimStatus(photos.length)}</Text>
      {photos.length > 0 ? (
        <View className='evidence-claim__photos'>
          {photos.map((p) => (
            <View key={p.hash} className={`evidence-claim__photo evidence-claim__photo--${p.state}`}>
              {p.url ? <Image className='evidence-claim__thumb' src={p.url} mode='aspectFill' onClick={() => preview(p.url)} /> : <View className='evidence-claim__thumb evidence-claim__thumb--none' />}
              <View className='evidence-claim__info'>
                <Text className='evidence-claim__state'>{p.refusal ? `${PHOTO_STATE_TEXT.refused}：${p.refusal}` : PHOTO_STATE_TEXT[p.state]}</Text>
                {typedNumber !== undefined && p.state === 'uploaded' ? <CertificateNote appId={appId} hash={p.hash} typed={typedNumber} claim={claim} onChanged={onChanged} /> : null}
                {editable ? (
                  <Text className='evidence-claim__remove' onClick={() => remove(p.hash)}>
                    删除
                  </Text>
                ) : null}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {editable ? (
        <View className='evidence-claim__actions'>
          <Text className='evidence-claim__camera' onClick={() => take('camera')}>
            拍照
          </Text>
          <Text className='evidence-claim__album' onClick={() => take('album')}>
            从相册选
          </Text>
        </View>
      ) : null}
      {message ? <Text className='evidence-claim__message'>{message}</Text> : null}
    </View>
  )
}
