/** What the chat's photo panel says (kept apart from the component so tests and pages read the same text). */
export const trayTitle = (label: string) => `为“${label}”添加佐证材料`
export const moreOnPage = (n: number) => `另有 ${n} 项待补充，请到“佐证材料”页添加。`
