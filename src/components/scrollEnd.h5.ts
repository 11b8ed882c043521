/**
 * Taro's H5 ScrollView applies scrollIntoView before its web components have finished laying out the new
 * turns, leaving the newest question just below the fold; scroll once more after layout settles.
 */
export function settleAtEnd(listClass: string): void {
  const scroll = () => {
    const el = document.querySelector(`.${listClass}`) as HTMLElement | null
    if (el) el.scrollTop = el.scrollHeight
  }
  requestAnimationFrame(scroll)
  setTimeout(scroll, 120)
}
