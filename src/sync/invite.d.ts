/** How an invite is handed on: a link in the browser build, a share card (with this text as a hint) in WeChat. */
export function inviteLink(token: string, roleName: string): string
/** The address to copy (browser build), or null where invites travel as share cards (WeChat). */
export function inviteUrl(token: string): string | null
