/** Makes sure the newest chat turn is in view once it has been laid out. Bound per platform by file name. */
export function settleAtEnd(listClass: string): void
