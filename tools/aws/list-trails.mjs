// ListTrails as AWS answers it: every trail of the account, whatever its home region, each with its
// HomeRegion, in pages. moto's lists only what DescribeTrails (with shadows) of the request's region
// shows, so a single-region trail homed elsewhere is missing there. moto answers first (so that its IAM
// enforcement still applies); a successful answer is then replaced.
import { trailsOf } from './trails.mjs'
import { jsonAnswer } from './upstream.mjs'

/**
 * @param {{ target: string,
 *   organizationTrailsFor?: (account: string) => Promise<import('./trails.mjs').TrailFact[]>, pageSize?: number }} options
 *   organizationTrailsFor: organization trails another account owns that this one sees (a delegated administrator's)
 * @returns {import('./index.mjs').Behaviour}
 */
export function listTrailsBehaviour({ target, organizationTrailsFor = async () => [], pageSize = 2 }) {
  return {
    name: 'list-trails',
    async response(ctx, answer) {
      if (ctx.service !== 'cloudtrail' || ctx.operation !== 'ListTrails' || answer.status !== 200) return undefined
      const own = await trailsOf(target, { accessKeyId: ctx.accessKeyId, account: ctx.account })
      const seen = new Set(own.map((t) => t.TrailARN))
      const all = [...own, ...(await organizationTrailsFor(ctx.account)).filter((t) => !seen.has(t.TrailARN))]
      const start = Number(Buffer.from(String(ctx.input().NextToken ?? ''), 'base64').toString() || 0)
      const page = all.slice(start, start + pageSize)
      const next = start + pageSize < all.length ? Buffer.from(String(start + pageSize)).toString('base64') : undefined
      return jsonAnswer({
        Trails: page.map((t) => ({ TrailARN: t.TrailARN, Name: t.Name, HomeRegion: t.HomeRegion })),
        ...(next ? { NextToken: next } : {})
      })
    }
  }
}
