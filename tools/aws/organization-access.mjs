// What CloudTrail checks of the organization when an organization trail is created (or a trail is made
// one): moto creates organization trails without looking.
// - No trusted access for cloudtrail.amazonaws.com: 400 CloudTrailAccessNotEnabledException (CreateTrail
//   and UpdateTrail API reference). The message is the one terraform users quote from production
//   (hashicorp/terraform-provider-aws#31401, nozaq/terraform-aws-secure-baseline#166).
// - For `windowMs` after this account enabled trusted access for CloudTrail (EnableAWSServiceAccess) or
//   created CloudTrail's service-linked role (CreateServiceLinkedRole), CloudTrail does not see them yet:
//   400 InsufficientDependencyServiceAccessPermissionException, in the words a production run got
//   (natsukium/dotfiles#716). That this answer comes right after those writes is reported, not documented
//   (FACTS.md: "also reported for a while right after the service-linked role was created"); how long is
//   not documented at all. Which of CloudTrail's checks comes first is not documented either: the harness
//   checks the organization before the bucket and key policies.
// The organization is the caller's (DescribeOrganization); its trusted services are asked of its
// management account, also when a delegated administrator creates the trail. A look-up moto refuses (its
// IAM enforcement) leaves the request to moto.
import { askJson } from './upstream.mjs'

const CLOUDTRAIL = 'cloudtrail.amazonaws.com'

/** @param {string} account */
export const accessNotEnabled = (account) =>
  `The request could not be processed because your organization hasn’t enabled CloudTrail service access. Enable service access for CloudTrail, and then try again. You are signed in with the following AWS account ID: ${account}`

export const DEPENDENCY_DENIED =
  'AWS CloudTrail cannot create resources for your organization because access to one or more required APIs has been denied.'

/** Whether the request makes (or creates) an organization trail. */
function makesOrganizationTrail(/** @type {import('./context.mjs').RequestContext} */ ctx) {
  if (ctx.service !== 'cloudtrail' || !['CreateTrail', 'UpdateTrail'].includes(ctx.operation)) return false
  return ctx.input()?.IsOrganizationTrail === true
}

/**
 * @param {{ target: string, windowMs: number }} options
 * @returns {import('./index.mjs').Behaviour & { settings: { windowMs: number } }}
 */
export function organizationAccessBehaviour({ target, windowMs }) {
  const settings = { windowMs }
  /** @type {Map<string, number>} management account → when it last granted CloudTrail access */
  const grantedAt = new Map()
  return {
    name: 'organization-access',
    settings,
    forget: () => grantedAt.clear(),
    async request(ctx) {
      if (!makesOrganizationTrail(ctx)) return undefined
      const region = ctx.region ?? 'us-east-1'
      const org = await askJson(target, 'organizations', 'DescribeOrganization', {}, { account: ctx.account, region })
      const management = org.status === 200 ? org.json.Organization?.MasterAccountId : undefined
      if (typeof management !== 'string') return undefined
      const services = await askJson(
        target,
        'organizations',
        'ListAWSServiceAccessForOrganization',
        {},
        { account: management, region }
      )
      if (services.status !== 200) return undefined
      /** @type {{ ServicePrincipal?: string }[]} */
      const enabled = services.json.EnabledServicePrincipals ?? []
      if (!enabled.some((s) => s.ServicePrincipal === CLOUDTRAIL))
        return ctx.error(400, 'CloudTrailAccessNotEnabledException', accessNotEnabled(ctx.account))
      const at = grantedAt.get(management)
      if (at !== undefined && Date.now() - at < settings.windowMs)
        return ctx.error(400, 'InsufficientDependencyServiceAccessPermissionException', DEPENDENCY_DENIED)
      return undefined
    },
    done(ctx, status) {
      if (status === null || status < 200 || status >= 300) return
      const granted =
        (ctx.service === 'organizations' &&
          ctx.operation === 'EnableAWSServiceAccess' &&
          ctx.input()?.ServicePrincipal === CLOUDTRAIL) ||
        (ctx.service === 'iam' &&
          ctx.operation === 'CreateServiceLinkedRole' &&
          (ctx.form().get('AWSServiceName') ?? ctx.url.searchParams.get('AWSServiceName')) === CLOUDTRAIL)
      // Both are made by the management account (the only one that may): the window is its organization's.
      if (granted) grantedAt.set(ctx.account, Date.now())
    }
  }
}
