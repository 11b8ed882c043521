/** Types of scripts/lib/find-browser.cjs (shared by the scripts and the tests). */
export interface BrowserSystem {
  env: Record<string, string | undefined>
  home: string
  isRoot: boolean
  exists(p: string): boolean
  list(dir: string): string[]
}
export type InstallPlan = { kind: 'apt'; commands: [string, string[]][] } | { kind: 'advice'; message: string }
export declare function findBrowser(sys: BrowserSystem): string | null
export declare function installPlan(sys: BrowserSystem): InstallPlan
export declare function nodeSystem(): BrowserSystem
