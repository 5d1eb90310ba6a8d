// The regions whose logs are verified, asked of AWS, never a list written here: a multi-region trail
// delivers the logs of every region enabled in the account (account:ListRegions), and any region the
// bucket holds digests of for an account is verified too (a member may have enabled a region the
// management account has not).
import { paginateListRegions } from '@aws-sdk/client-account'
import type { S3Client } from '@aws-sdk/client-s3'
import type { Clients } from '../aws/clients.js'
import { read } from '../observe/read.js'
import type { Read } from '../observe/types.js'
import { accountDigestRoot, regionOfFolder, type DigestPlace } from './layout.js'
import { listFolders, refusalOf, type ReadRefusal } from './objects.js'

/** The regions enabled in the session's account (enabled by default, or opted in). */
export function enabledRegions(clients: Clients): Promise<Read<string[]>> {
  return read('account:ListRegions', async () => {
    const client = await clients.account()
    const regions: string[] = []
    const pages = paginateListRegions({ client }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] })
    for await (const page of pages) for (const r of page.Regions ?? []) if (r.RegionName) regions.push(r.RegionName)
    return regions.sort()
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
