/** How an invite is handed on: a link in the browser build, a share card (with this text as a hint) in WeChat. */
export function inviteLink(token: string, roleName: string): string
