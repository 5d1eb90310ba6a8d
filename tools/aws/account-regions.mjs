// account:ListRegions, which moto does not implement: the regions of the caller's account and their
// opt-in status, filtered by RegionOptStatusContains, in pages (Account Management API reference,
// "ListRegions"). By default every account has AWS's regions enabled by default (those launched before
// 20 March 2019) ENABLED_BY_DEFAULT and the opt-in regions DISABLED; a test gives an account exactly its
// enabled regions with `setEnabledRegions` (as the generated logs' regions, so that none is stale): a
// default one among them ENABLED_BY_DEFAULT, an opt-in one ENABLED, every other DISABLED (which AWS does
// not allow of a default region: the test's simplification).
// Not documented exactly, so chosen here: the page size AWS uses when MaxResults is absent (20).
import { jsonAnswer } from './upstream.mjs'

/** AWS's regions enabled by default in every account. */
export const DEFAULT_REGIONS = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2'
]

/** Opt-in regions (disabled until the account enables them). */
export const OPT_IN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1'
]

const PAGE = 20

/**
 * @returns {import('./index.mjs').Behaviour & { settings: { enabled: Map<string, string[]> } }}
 *   settings.enabled: account id → its enabled regions (the others listed DISABLED)
 */
export function accountRegionsBehaviour() {
  /** @type {Map<string, string[]>} */
  const enabled = new Map()
  return {
    name: 'account-regions',
    settings: { enabled },
    request(ctx) {
      if (ctx.service !== 'account' || ctx.operation !== 'ListRegions') return undefined
      /** @type {{ RegionOptStatusContains?: string[], MaxResults?: number, NextToken?: string, AccountId?: string }} */
      const input = ctx.input()
      const account = input.AccountId ?? ctx.account
      const on = enabled.get(account)
      const byDefault = (/** @type {string} */ region) => DEFAULT_REGIONS.includes(region)
      const status = (/** @type {string} */ region) => {
        const isOn = on ? on.includes(region) : byDefault(region)
        return !isOn ? 'DISABLED' : byDefault(region) ? 'ENABLED_BY_DEFAULT' : 'ENABLED'
      }
      const every = [...new Set([...DEFAULT_REGIONS, ...OPT_IN_REGIONS, ...(on ?? [])])].sort()
      const wanted = input.RegionOptStatusContains
      const regions = every
        .map((RegionName) => ({ RegionName, RegionOptStatus: status(RegionName) }))
        .filter((r) => !wanted || wanted.length === 0 || wanted.includes(r.RegionOptStatus))
      const start = Number(input.NextToken ?? 0) || 0
      const size = Math.min(input.MaxResults ?? PAGE, 50)
      const page = regions.slice(start, start + size)
      const next = start + size < regions.length ? String(start + size) : undefined
      return jsonAnswer({ Regions: page, ...(next ? { NextToken: next } : {}) })
    },
    forget: () => enabled.clear()
  }
}

/**
 * Gives `accountId` exactly these enabled regions in the layer's ListRegions answers.
 * @param {{ behaviours: import('./index.mjs').Behaviour[] } | null | undefined} layer   the proxy's `layer`
 * @param {string} accountId @param {string[]} regions
 */
export function setEnabledRegions(layer, accountId, regions) {
  const behaviour = /** @type {ReturnType<typeof accountRegionsBehaviour> | undefined} */ (
    layer?.behaviours.find((b) => b.name === 'account-regions')
  )
  if (!behaviour) throw new Error('the proxy runs without the AWS layer: no account-regions behaviour')
  behaviour.settings.enabled.set(accountId, regions)
}
