import { useEffect, useState } from 'react'
import { callFunction } from '../../sync/cloud/binding'
import { ROLE_NAMES } from '../../sync/device'
import type { Role } from '../../cloud/ports/store'
import { joinTitle } from './index'

/**
 * The join form's title for an invite: the application and the role it gives (inviteInfo), or why the invite can
 * no longer be used; undefined while reading or offline (the form keeps its plain title).
 */
export function useInviteTitle(token: string | null): string | undefined {
  const [title, setTitle] = useState<string | undefined>(undefined)
  useEffect(() => {
    setTitle(undefined)
    if (token === null) return
    let live = true
    void callFunction<{ clusterName: string; role: Exclude<Role, 'owner'>; invitedBy: string | null }>('inviteInfo', { token }).then((r) => {
      if (!live) return
      if (r.ok) setTitle(joinTitle(r.data.clusterName, ROLE_NAMES[r.data.role], r.data.invitedBy))
      else if (r.error.code !== 'NETWORK') setTitle(r.error.message)
    })
    return () => {
      live = false
    }
  }, [token])
  return title
}
