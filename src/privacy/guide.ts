/**
 * 隐私保护指引 as data: the in-app page renders it, and the same list is what the admin console's
 * 用户隐私保护指引 must declare (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/).
 * Change the version when the content changes: users are asked to agree again.
 */
export const PRIVACY_GUIDE_VERSION = '2026-11-30'

export const PRIVACY_TITLE = '集群申报助手隐私保护指引'

export interface GuideSection {
  title: string
  paragraphs: string[]
}

export const PRIVACY_GUIDE: GuideSection[] = [
  {
    title: '说明',
    paragraphs: [
      '集群申报助手是非官方填报辅助工具，帮助集群运营管理机构和县级中小企业主管部门协作填写《山东省特色产业集群申报表》，不代表任何政府部门，正式申报以主管部门的系统和纸质材料为准。'
    ]
  },
  {
    title: '我们收集哪些信息',
    paragraphs: [
      '微信身份标识（OpenID）：由微信云开发自动提供，用于识别您是哪个申报的成员，不会展示给其他成员。',
      '您填写的称呼和所在单位（可使用微信昵称）：用于让同一申报的成员认出您、分配填报部分。',
      '申报表内容：包括您填写的联系人姓名、联系电话、集群的经济数据和文字材料，以及上传的佐证材料照片和表格文件。',
      '相机和相册：只在您点“拍照”或“从相册选”时使用，用于拍摄或选择盖章证明、证书的照片。照片先在手机上压缩（去除拍摄位置等信息）并保存在本机，再上传到本申报；其他申报的成员和外部人员无法查看。',
      '在本机保存的填报记录：答案和对话记录保存在手机的小程序存储中，用于离线填写和断网后继续同步。'
    ]
  },
  {
    title: '为什么收集',
    paragraphs: ['仅用于完成申报表的填写、校验、成员协作、提醒和导出，不用于广告，不出售，也不提供给与本申报无关的任何人。']
  },
  {
    title: '谁能看到',
    paragraphs: [
      '同一份申报的成员：负责人、填报员、县级审核和市级推荐人员可以看到申报表内容和成员的称呼、单位。',
      '数据存放在本小程序的微信云开发环境中，由小程序的开发者管理；其他申报的成员看不到。'
    ]
  },
  {
    title: '如何删除',
    paragraphs: [
      '退出申报：请负责人在“成员与分工”中移除您，移除后您不能再查看该申报。',
      '删除申报内容：负责人可以修改或清空任何答案；填写该部分的成员可以删除佐证材料照片（删除会留下记录，照片不再作为佐证）；需要删除整份申报时，请联系小程序开发者。',
      '删除本机数据：在微信中删除本小程序（下拉小程序列表，长按后删除），本机保存的填报记录会一并清除。'
    ]
  }
]
