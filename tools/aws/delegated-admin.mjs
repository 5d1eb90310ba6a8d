// CloudTrail's delegated administrators, as AWS has them. moto has no RegisterOrganizationDelegatedAdmin
// and refuses cloudtrail.amazonaws.com as a delegated-administrator principal; and an organization trail
// a delegated administrator creates belongs to the management account (its ARN carries that account's
// id), where moto would keep it in the administrator's own account. So this behaviour keeps the
// registrations, answers ListDelegatedAdministrators for CloudTrail from them, and sends a delegated
// administrator's requests about the organization's trails to moto as the management account.
import { parseTrailArn, trailNamed, trailsOf } from './trails.mjs'
import { callMoto, forward, jsonAnswer } from './upstream.mjs'

const CLOUDTRAIL = 'cloudtrail.amazonaws.com'

/**
 * @param {{ target: string, keyFor: (account: string) => string | undefined }} options
 * @returns {import('./index.mjs').Behaviour & {
 *   managementOf(account: string): string | undefined,
 *   organizationTrailsFor(account: string): Promise<import('./trails.mjs').TrailFact[]> }}
 */
export function delegatedAdminBehaviour({ target, keyFor }) {
  /** @type {Map<string, { management: string, since: Date }>} administrator → its organization's management account */
  const admins = new Map()

  /** The organization the key's account is in, as moto answers DescribeOrganization. */
  async function organizationOf(/** @type {string} */ key, /** @type {string} */ region) {
    const { status, json } = await callMoto(
      target,
      'organizations',
      'DescribeOrganization',
      {},
      {
        accessKeyId: key,
        region
      }
    )
    return status === 200 ? json.Organization : undefined
  }

  /** @param {import('./context.mjs').RequestContext} ctx */
  async function register(ctx) {
    const member = String(ctx.input().MemberAccountId ?? '')
    const org = ctx.accessKeyId ? await organizationOf(ctx.accessKeyId, ctx.region ?? 'us-east-1') : undefined
    if (!org || org.MasterAccountId !== ctx.account)
      return ctx.error(
        400,
        'NotOrganizationManagementAccountException',
        'This operation can be performed only from the management account of the organization.'
      )
    if (member === ctx.account)
      return ctx.error(
        400,
        'CannotDelegateManagementAccountException',
        'The management account cannot be its own delegated administrator.'
      )
    const account = await callMoto(
      target,
      'organizations',
      'DescribeAccount',
      { AccountId: member },
      {
        accessKeyId: /** @type {string} */ (ctx.accessKeyId),
        region: ctx.region ?? 'us-east-1'
      }
    )
    if (account.status !== 200)
      return ctx.error(400, 'AccountNotFoundException', `Account ${member} is not a member of the organization.`)
    if (admins.has(member))
      return ctx.error(400, 'AccountRegisteredException', `Account ${member} is already a delegated administrator.`)
    admins.set(member, { management: ctx.account, since: new Date() })
    return jsonAnswer({})
  }

  /** @param {import('./context.mjs').RequestContext} ctx */
  async function listAdministrators(ctx) {
    const mine = [...admins].filter(([admin, a]) => a.management === ctx.account || admin === ctx.account)
    // AWS answers only the management account and delegated administrators.
    const management = mine.find(([, a]) => a.management === ctx.account)
      ? ctx.account
      : admins.get(ctx.account)?.management
    if (!management) {
      const org = ctx.accessKeyId ? await organizationOf(ctx.accessKeyId, ctx.region ?? 'us-east-1') : undefined
      if (org?.MasterAccountId !== ctx.account)
        return ctx.error(400, 'AccessDeniedException', "You don't have permissions to access this resource.")
    }
    const key = keyFor(management ?? ctx.account)
    const list = []
    for (const [admin, a] of admins) {
      if (a.management !== (management ?? ctx.account)) continue
      const described = key
        ? await callMoto(
            target,
            'organizations',
            'DescribeAccount',
            { AccountId: admin },
            { accessKeyId: key, region: 'us-east-1' }
          )
        : { json: {} }
      const acc = described.json.Account ?? {}
      list.push({
        Id: admin,
        Arn: acc.Arn,
        Email: acc.Email,
        Name: acc.Name,
        Status: 'ACTIVE',
        JoinedMethod: acc.JoinedMethod ?? 'CREATED',
        JoinedTimestamp: acc.JoinedTimestamp,
        DelegationEnabledDate: a.since.getTime() / 1000
      })
    }
    return jsonAnswer({ DelegatedAdministrators: list })
  }

  /** Whether a delegated administrator's CloudTrail request is about the organization's trail. */
  function aboutOrganizationTrail(
    /** @type {import('./context.mjs').RequestContext} */ ctx,
    /** @type {string} */ management
  ) {
    if (ctx.operation === 'CreateTrail') return ctx.input().IsOrganizationTrail === true
    return parseTrailArn(trailNamed(ctx))?.account === management
  }

  return {
    name: 'delegated-admin',
    managementOf: (account) => admins.get(account)?.management,
    async organizationTrailsFor(account) {
      const management = admins.get(account)?.management
      return management
        ? (await trailsOf(target, { accessKeyId: keyFor(management), account: management })).filter(
            (t) => t.IsOrganizationTrail
          )
        : []
    },
    async request(ctx) {
      if (ctx.service === 'cloudtrail' && ctx.operation === 'RegisterOrganizationDelegatedAdmin') return register(ctx)
      if (ctx.service === 'cloudtrail' && ctx.operation === 'DeregisterOrganizationDelegatedAdmin') {
        admins.delete(String(ctx.input().DelegatedAdminAccountId ?? ''))
        return jsonAnswer({})
      }
      if (
        ctx.service === 'organizations' &&
        ctx.operation === 'ListDelegatedAdministrators' &&
        ctx.input().ServicePrincipal === CLOUDTRAIL
      )
        return listAdministrators(ctx)

      const management = admins.get(ctx.account)?.management
      const asManagement = management ? keyFor(management) : undefined
      if (!management || !asManagement) return undefined
      // A delegated administrator reads the organization's trusted services as the management account does.
      if (ctx.service === 'organizations' && ctx.operation === 'ListAWSServiceAccessForOrganization')
        return forward(target, ctx, { accessKeyId: asManagement })
      if (ctx.service !== 'cloudtrail' || !aboutOrganizationTrail(ctx, management)) return undefined
      // Only the management account may turn an organization trail into an account trail (and back).
      if (ctx.operation === 'UpdateTrail' && ctx.input().IsOrganizationTrail !== undefined) {
        const current = (await trailsOf(target, { accessKeyId: asManagement, account: management })).find(
          (t) => t.TrailARN === trailNamed(ctx)
        )
        if (current && current.IsOrganizationTrail !== ctx.input().IsOrganizationTrail)
          return ctx.error(
            400,
            'NotOrganizationManagementAccountException',
            'Only the management account can convert an organization trail to an account trail, or an account trail to an organization trail.'
          )
      }
      return forward(target, ctx, { accessKeyId: asManagement })
    }
  }
}
