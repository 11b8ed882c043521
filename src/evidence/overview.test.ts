import { moreOnPage, trayTitle } from '../components/EvidenceTray/texts'
import { evidenceOverview, overviewSummary, queueSummary } from './overview'

const h = 'a'.repeat(64)
const answers = {
  's2.chainWork': { value: { ticked: ['s2.chainWork.1', 's2.chainWork.2'], evidence: { 's2.chainWork.1': [h] } } },
  's5.carbonMonitoring': { value: 's5.carbonMonitoring.1' }
}

describe('the 佐证材料 page', () => {
  test('counts claims by section and lets a member add photos only in the sections they fill', () => {
    const operator = evidenceOverview(answers, 'operator', ['s2'])
    expect(operator.sections.map((s) => [s.id, s.claims.length, s.missing, s.editable])).toEqual([
      ['s2', 2, 1, true],
      ['s5', 1, 1, false]
    ])
    expect(evidenceOverview(answers, 'countyReviewer', []).sections.every((s) => !s.editable)).toBe(true)
    expect(evidenceOverview(answers, 'owner', []).sections.every((s) => s.editable)).toBe(true)
  })

  test('says how much proof is there, in full', () => {
    expect(overviewSummary(evidenceOverview(answers, 'owner', []))).toBe('需要佐证材料 3 项，已有照片 1 项，还缺 2 项。')
    expect(overviewSummary(evidenceOverview({}, 'owner', []))).toBe('目前的答案中还没有需要佐证材料的内容。')
    expect(overviewSummary(evidenceOverview({ 's5.carbonMonitoring': { value: 's5.carbonMonitoring.1', evidence: [h] } }, 'owner', []))).toBe('需要佐证材料的 1 项都已有照片。')
    expect(queueSummary(2)).toBe('2 张照片还在手机上等待上传，有网络时会自动上传。')
    expect(trayTitle('集群已开展的产业链强链补链工作')).toBe('为“集群已开展的产业链强链补链工作”添加佐证材料')
    expect(moreOnPage(7)).toBe('另有 7 项待补充，请到“佐证材料”页添加。')
  })
})
