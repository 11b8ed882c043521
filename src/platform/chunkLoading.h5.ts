/** The browser build loads chunks with webpack's own script tags: nothing to install. */
export function installChunkLoading(): void {}
