// The AWS layer: behaviours of real AWS that moto lacks, applied by the proxy to every request.
//
// A behaviour may answer a request itself (moto never sees it), rewrite moto's answer, or only watch.
// The proxy calls them in list order: the first `request` hook that returns an answer wins; every
// `response` hook may replace the answer; `done` runs when the answer has been sent.

import { accountsBehaviour } from './accounts.mjs'
import { assumeRoleBehaviour } from './assume-role.mjs'
import { delegatedAdminBehaviour } from './delegated-admin.mjs'
import { homeRegionBehaviour } from './home-region.mjs'
import { listTrailsBehaviour } from './list-trails.mjs'

/**
 * @typedef {import('./context.mjs').RequestContext} RequestContext
 * @typedef {import('./context.mjs').Answer} Answer
 * @typedef {object} Behaviour
 * @property {string} name
 * @property {(ctx: RequestContext) => Answer | undefined | Promise<Answer | undefined>} [request]
 * @property {(ctx: RequestContext, answer: Answer) => Answer | undefined | Promise<Answer | undefined>} [response]
 * @property {(ctx: RequestContext, status: number | null) => void} [done]
 */

/**
 * The behaviours the end-to-end tests, the demo and the benchmark run with by default.
 * @param {object} [options]
 * @param {string} [options.target]  moto's URL, for behaviours that ask moto themselves
 * @param {number} [options.listTrailsPageSize]  trails per ListTrails page
 * @returns {{ behaviours: Behaviour[], accountOf: (accessKeyId: string | undefined) => string }}
 */
export function awsLayer(options = {}) {
  const accounts = accountsBehaviour()
  const behaviours = /** @type {Behaviour[]} */ ([accounts])
  const { target } = options
  if (target) {
    const keyFor = accounts.keyFor
    const delegated = delegatedAdminBehaviour({ target, keyFor })
    behaviours.push(
      assumeRoleBehaviour({ target }),
      // Before the delegated administrator's forwarding: a write outside the home region is refused first.
      homeRegionBehaviour({ target }),
      delegated,
      listTrailsBehaviour({
        target,
        organizationTrailsFor: delegated.organizationTrailsFor,
        ...(options.listTrailsPageSize ? { pageSize: options.listTrailsPageSize } : {})
      })
    )
  }
  return { behaviours, accountOf: accounts.accountOf }
}
