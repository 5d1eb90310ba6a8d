// A trail's writes are answered only in its home region: elsewhere CloudTrail refuses them (moto answers
// TrailNotFoundException, or acts on a shadow).
// - UpdateTrail, StartLogging, StopLogging, PutEventSelectors, PutInsightSelectors: 400
//   InvalidHomeRegionException, which each one's API reference lists ("thrown when an operation is called
//   on a trail from a Region other than the Region in which the trail was created"). The message is the
//   harness's own: AWS's wording is not documented.
// - AddTags, RemoveTags (and ListTags): their API references list no InvalidHomeRegionException; AddTags
//   says a multi-region trail is tagged "only from the Region in which the trail … was created", and they
//   take the trail's ARN. Production runs that named an ARN of another region were answered 400
//   CloudTrailARNInvalidException "Region in ARN is wrong, you can only access resources in region
//   REGION." (ListTags: cloudquery/cq-provider-aws#236; aws/aws-sdk-java#1309), which these list: that is
//   the answer here, for an ARN whose region is not the request's. That AddTags and RemoveTags answer
//   exactly as ListTags does is an assumption.
import { parseTrailArn, trailNamed, trailsOf } from './trails.mjs'

const HOME_REGION_ONLY = new Set([
  'UpdateTrail',
  'StartLogging',
  'StopLogging',
  'PutEventSelectors',
  'PutInsightSelectors'
])

/** Operations on a resource ARN that CloudTrail serves only in the ARN's region. */
const ARN_REGION_ONLY = new Set(['AddTags', 'RemoveTags', 'ListTags'])

/** @param {string} region */
export const arnRegionWrong = (region) => `Region in ARN is wrong, you can only access resources in region ${region}.`

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function homeRegionBehaviour({ target }) {
  return {
    name: 'home-region',
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || !ctx.region) return undefined
      if (ARN_REGION_ONLY.has(ctx.operation)) {
        const input = ctx.input()
        /** @type {unknown[]} */
        const refs = ctx.operation === 'ListTags' ? (input.ResourceIdList ?? []) : [input.ResourceId]
        const elsewhere = refs.some((r) => {
          const region = typeof r === 'string' ? parseTrailArn(r)?.region : undefined
          return region !== undefined && region !== ctx.region
        })
        return elsewhere ? ctx.error(400, 'CloudTrailARNInvalidException', arnRegionWrong(ctx.region)) : undefined
      }
      if (!HOME_REGION_ONLY.has(ctx.operation)) return undefined
      const ref = trailNamed(ctx)
      if (!ref) return undefined
      // An ARN carries the home region; a name is found among what the region shows (shadows included).
      let home = parseTrailArn(ref)?.region
      if (!home) {
        // A name means the trail of that name the region shows: its own, else a multi-region one's shadow.
        const named = (await trailsOf(target, { accessKeyId: ctx.accessKeyId, account: ctx.account })).filter(
          (t) => t.Name === ref
        )
        home = named.some((t) => t.HomeRegion === ctx.region)
          ? ctx.region
          : named.find((t) => t.IsMultiRegionTrail)?.HomeRegion
      }
      if (!home || home === ctx.region) return undefined
      return ctx.error(
        400,
        'InvalidHomeRegionException',
        `This operation must be called from the trail's home region, ${home}; it was called in ${ctx.region}.`
      )
    }
  }
}
