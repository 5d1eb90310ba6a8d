// CloudTrail allows five trails per region and account, and "a trail that applies to all AWS Regions
// counts as one trail in every Region" (CloudTrail user guide, quotas; FACTS.md). CreateTrail of a sixth
// answers 400 MaximumNumberOfTrailsExceededException (CreateTrail API reference), in the words production
// runs quote: "User: ACCOUNT already has 5 trails in REGION." (linz/geostore#1450). moto has no limit.
// Counted in the request's region: the account's trails homed there, and its multi-region trails homed
// elsewhere (their shadows). Not modelled: an UpdateTrail that makes a trail multi-region where another
// region is full (its answer is not documented), and organization trails received by member accounts
// (those are created even in an account at the limit).
import { creatingAccount } from './trail-already-exists.mjs'
import { trailsOf } from './trails.mjs'

export const MAX_TRAILS_PER_REGION = 5

/** @param {string} account @param {string} region */
export const tooManyTrails = (account, region) =>
  `User: ${account} already has ${MAX_TRAILS_PER_REGION} trails in ${region}.`

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function trailLimitBehaviour({ target }) {
  return {
    name: 'trail-limit',
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || ctx.operation !== 'CreateTrail') return undefined
      const region = ctx.region ?? 'us-east-1'
      const account = await creatingAccount(target, ctx)
      const trails = await trailsOf(target, {
        accessKeyId: account === ctx.account ? ctx.accessKeyId : undefined,
        account
      })
      const counted = trails.filter((t) => t.HomeRegion === region || t.IsMultiRegionTrail)
      if (counted.length < MAX_TRAILS_PER_REGION) return undefined
      return ctx.error(400, 'MaximumNumberOfTrailsExceededException', tooManyTrails(account, region))
    }
  }
}
