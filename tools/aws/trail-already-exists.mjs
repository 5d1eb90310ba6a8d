// CreateTrail for a name the account already uses answers 400 TrailAlreadyExistsException ("Trail NAME
// already exists for customer: ACCOUNT", as CloudTrail words it); moto instead replaces the trail, and
// resets its logging. CloudTrail's check-then-create is atomic: CreateTrails of one account and name are
// answered one at a time here, so that of several at once exactly one creates the trail.
// Taken: a trail of that name homed in the request's region. Also taken (an assumption: not documented,
// but a name there would make two trails of one name in DescribeTrails): the name of a multi-region trail
// homed elsewhere, whose shadow the region shows. A single-region trail of that name in another region
// does not take it (trail names are unique per region; cloudquery/cloudquery#7199).
// An organization trail made by a delegated administrator belongs to the management account: its name is
// looked up there.
import { askJson } from './upstream.mjs'
import { trailsOf } from './trails.mjs'

/** @param {string} name @param {string} account */
export const alreadyExists = (name, account) => `Trail ${name} already exists for customer: ${account}`

/**
 * The account a CreateTrail creates its trail in: the caller's, or for an organization trail the
 * organization's management account.
 * @param {string} target @param {import('./context.mjs').RequestContext} ctx
 */
export async function creatingAccount(target, ctx) {
  if (ctx.input()?.IsOrganizationTrail !== true) return ctx.account
  const org = await askJson(target, 'organizations', 'DescribeOrganization', {}, { account: ctx.account })
  const management = org.status === 200 ? org.json.Organization?.MasterAccountId : undefined
  return typeof management === 'string' ? management : ctx.account
}

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function trailAlreadyExistsBehaviour({ target }) {
  /** @type {Map<string, Promise<void>>} account/name → the last CreateTrail of it, done when it is answered */
  const queue = new Map()
  /** @type {WeakMap<object, () => void>} a CreateTrail → lets the next one of its name go */
  const release = new WeakMap()
  return {
    name: 'trail-already-exists',
    forget: () => queue.clear(),
    async request(ctx) {
      if (ctx.service !== 'cloudtrail' || ctx.operation !== 'CreateTrail') return undefined
      const name = ctx.input()?.Name
      if (typeof name !== 'string' || name === '') return undefined
      const region = ctx.region ?? 'us-east-1'
      const account = await creatingAccount(target, ctx)
      const key = `${account}/${name}`
      const previous = queue.get(key) ?? Promise.resolve()
      /** @type {() => void} */
      let done = () => {}
      const mine = new Promise((resolve) => (done = () => resolve(undefined)))
      queue.set(
        key,
        previous.then(() => mine)
      )
      release.set(ctx, done)
      await previous
      const trails = await trailsOf(target, {
        accessKeyId: account === ctx.account ? ctx.accessKeyId : undefined,
        account
      })
      const taken = trails.some((t) => t.Name === name && (t.HomeRegion === region || t.IsMultiRegionTrail))
      return taken ? ctx.error(400, 'TrailAlreadyExistsException', alreadyExists(name, account)) : undefined
    },
    done(ctx) {
      const done = release.get(ctx)
      if (!done) return
      release.delete(ctx)
      done()
    }
  }
}
