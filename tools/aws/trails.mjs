// What moto holds of an account's trails, whatever their home regions.
import { callMoto } from './upstream.mjs'

/** The commercial regions a trail can be homed in. */
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'sa-east-1'
]

/**
 * @typedef {{ TrailARN: string, Name: string, HomeRegion: string, IsMultiRegionTrail: boolean,
 *   IsOrganizationTrail: boolean }} TrailFact
 */

/**
 * Every trail of the account the key acts in, whatever its home region: moto keeps each trail in the
 * backend of its home region, and DescribeTrails without shadow trails answers exactly those.
 * Under moto's IAM enforcement these unsigned look-ups are refused; the account's trails then come from
 * moto's state dump (/moto-api/data.json), which needs no credentials (too large to read on every call
 * of a large organization's inventory, so only then).
 * @param {string} target @param {{ accessKeyId: string | undefined, account: string }} as
 * @returns {Promise<TrailFact[]>}
 */
export async function trailsOf(target, { accessKeyId, account }) {
  if (accessKeyId) {
    const pages = await Promise.all(
      REGIONS.map((region) =>
        callMoto(target, 'cloudtrail', 'DescribeTrails', { includeShadowTrails: false }, { accessKeyId, region })
      )
    )
    if (pages.every((page) => page.status === 200)) {
      return pages.flatMap((page, i) =>
        (page.json.trailList ?? []).map((/** @type {any} */ t) => ({
          TrailARN: String(t.TrailARN),
          Name: String(t.Name),
          HomeRegion: String(t.HomeRegion ?? REGIONS[i]),
          IsMultiRegionTrail: t.IsMultiRegionTrail === true,
          IsOrganizationTrail: t.IsOrganizationTrail === true
        }))
      )
    }
  }
  const res = await fetch(`${target}/moto-api/data.json`)
  const state = /** @type {{ cloudtrail?: { Trail?: any[] } }} */ (await res.json())
  return (state.cloudtrail?.Trail ?? [])
    .filter((t) => String(t.account_id) === account)
    .map((t) => ({
      TrailARN: String(t.arn),
      Name: String(t.trail_name),
      HomeRegion: String(t.region_name),
      IsMultiRegionTrail: t.is_multi_region === true,
      IsOrganizationTrail: t.is_org_trail === true
    }))
}

/** The trail a CloudTrail request is about, as the request names it (a name or an ARN). */
export function trailNamed(/** @type {import('./context.mjs').RequestContext} */ ctx) {
  const input = ctx.input()
  const ref = input.Name ?? input.TrailName ?? input.ResourceId ?? input.ResourceIdList?.[0] ?? input.trailNameList?.[0]
  return typeof ref === 'string' ? ref : undefined
}

/** The parts of a trail ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME), or undefined. */
export function parseTrailArn(/** @type {string | undefined} */ ref) {
  const m = ref?.match(/^arn:[^:]+:cloudtrail:([^:]+):(\d{12}):trail\/(.+)$/)
  return m ? { region: String(m[1]), account: String(m[2]), name: String(m[3]) } : undefined
}
