// A trail's writes are answered only in its home region: elsewhere CloudTrail refuses them with
// InvalidHomeRegionException (moto answers TrailNotFoundException, or acts on a shadow).
import { parseTrailArn, trailNamed, trailsOf } from './trails.mjs'

const HOME_REGION_ONLY = new Set([
  'UpdateTrail',
  'StartLogging',
  'StopLogging',
  'PutEventSelectors',
  'PutInsightSelectors',
  'AddTags',
  'RemoveTags'
])

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function homeRegionBehaviour({ target }) {
  return {
    name: 'home-region',
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || !HOME_REGION_ONLY.has(ctx.operation) || !ctx.region) return undefined
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
