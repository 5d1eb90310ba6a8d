// The regions whose logs are verified, asked of AWS, never a list written here: a multi-region trail
// delivers the logs of every region enabled in an account (account:ListRegions of the account org-trail
// runs in). The regions enabled by default are enabled in every account, so each must deliver there; an
// opt-in region is each account's own choice, so it is verified for the accounts the bucket holds digests
// of there, as is any region the bucket holds digests of for an account (a member may have opted in a
// region the management account has not).
import { paginateListRegions } from '@aws-sdk/client-account'
import type { S3Client } from '@aws-sdk/client-s3'
import type { Clients } from '../aws/clients.js'
import { read } from '../observe/read.js'
import type { Read } from '../observe/types.js'
import { accountDigestRoot, regionOfFolder, type DigestPlace } from './layout.js'
import { listFolders, refusalOf, type ReadRefusal } from './objects.js'

/** The regions enabled in the session's account, by how: every account has the default ones; opt-in ones are each account's choice. */
export interface EnabledRegions {
  /** Enabled by default: enabled in every account, so a trail delivers there for each. */
  readonly everywhere: readonly string[]
  /** Opted in by this account: a member may not have opted in too. */
  readonly optedIn: readonly string[]
}

export function enabledRegions(clients: Clients): Promise<Read<EnabledRegions>> {
  return read('account:ListRegions', async () => {
    const client = await clients.account()
    const everywhere: string[] = []
    const optedIn: string[] = []
    const pages = paginateListRegions({ client }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] })
    for await (const page of pages)
      for (const r of page.Regions ?? [])
        if (r.RegionName) (r.RegionOptStatus === 'ENABLED_BY_DEFAULT' ? everywhere : optedIn).push(r.RegionName)
    return { everywhere: everywhere.sort(), optedIn: optedIn.sort() }
  })
}

/** The regions the bucket holds digests of for one account: its CloudTrail-Digest/<region>/ folders. */
export async function deliveredRegions(
  s3: S3Client,
  place: Pick<DigestPlace, 'bucket' | 'prefix' | 'organizationId' | 'account'>
): Promise<{ ok: true; regions: string[] } | { ok: false; refusal: ReadRefusal }> {
  try {
    const folders = await listFolders(s3, place.bucket, accountDigestRoot(place))
    return { ok: true, regions: folders.flatMap((f) => regionOfFolder(place, f) ?? []) }
  } catch (error) {
    return { ok: false, refusal: refusalOf(error, 's3:ListBucket') }
  }
}
