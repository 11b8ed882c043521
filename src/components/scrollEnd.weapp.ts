/** WeChat's native scroll-view applies scroll-into-view after layout: nothing more to do. */
export function settleAtEnd(_listClass: string): void {}
