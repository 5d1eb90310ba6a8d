// The organization's part: who the caller is, the organization and its features, trusted access and
// the service-linked roles CloudTrail needs.
import {
  CLOUDTRAIL_PRINCIPAL,
  registerDelegatedAdministratorCommand,
  SERVICE_LINKED_ROLES,
  type ServiceLinkedRole
} from '../aws/cloudtrail.js'
import type { PlanContext, Step } from './context.js'
import { finding, unreadable } from './findings.js'

const P = 'prerequisite' as const

export function checkCaller(ctx: PlanContext): Step {
  const { identity } = ctx.observed
  const id = 'caller.management-account'
  if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
    return { finding: finding(id, P, 'ok', 'Caller may manage the trail', `Running as ${identity.arn}.`) }
  }
  const delegated = ctx.observed.delegatedAdministrator
  const mgmt = ctx.managementAccountId
  if (delegated?.ok && delegated.value) {
    return {
      finding: finding(
        id,
        P,
        'ok',
        'Caller is a delegated administrator for CloudTrail',
        `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`
      )
    }
  }
  const register = registerDelegatedAdministratorCommand(identity.accountId)
  if (delegated && !delegated.ok) {
    return {
      finding: finding(
        id,
        P,
        'warning',
        'Caller is not the management account',
        `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read (${delegated.failure.code}). CloudTrail will refuse if it is not.`,
        `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
      )
    }
  }
  return {
    finding: finding(
      id,
      P,
      'blocker',
      'Caller cannot create an organization trail',
      `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`,
      `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
    )
  }
}

export function checkOrganization(ctx: PlanContext): Step[] {
  if (!ctx.settings.trail.isOrganizationTrail) return []
  const org = ctx.observed.organization
  if (!org.ok) return [unreadable('organization.exists', 'Organization', org.failure)]
  if (org.value === null) {
    return [
      {
        finding: finding(
          'organization.exists',
          P,
          'blocker',
          'Account is in no organization',
          `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`,
          '# Create the organization from this account, or set the input is-organization-trail: false.\naws organizations create-organization --feature-set ALL'
        )
      }
    ]
  }
  const steps: Step[] = [
    {
      finding: finding(
        'organization.exists',
        P,
        'ok',
        'Organization',
        `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`
      )
    }
  ]
  if (org.value.featureSet !== 'ALL') {
    steps.push({
      finding: finding(
        'organization.all-features',
        P,
        'blocker',
        'Organization is not in ALL features mode',
        `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`,
        '# From the management account; then every member account must accept the handshake\n# (aws organizations list-handshakes-for-account, aws organizations accept-handshake).\naws organizations enable-all-features'
      )
    })
  } else {
    steps.push({
      finding: finding(
        'organization.all-features',
        P,
        'ok',
        'All features enabled',
        `Organization ${org.value.id} is in ALL features mode.`
      )
    })
  }
  return steps
}

/** In no organization for sure; when the organization could not be read, the other checks still run. */
function knownWithoutOrganization(ctx: PlanContext): boolean {
  return ctx.observed.organization.ok && ctx.observed.organization.value === null
}

export function checkTrustedAccess(ctx: PlanContext): Step[] {
  if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx)) return []
  const id = 'organization.trusted-access'
  const title = `Trusted access for ${CLOUDTRAIL_PRINCIPAL}`
  const access = ctx.observed.trustedAccess
  if (!access.ok) return [unreadable(id, title, access.failure)]
  if (access.value)
    return [{ finding: finding(id, P, 'ok', title, 'CloudTrail is a trusted service of the organization.') }]
  const command = `aws organizations enable-aws-service-access --service-principal ${CLOUDTRAIL_PRINCIPAL}`
  if (!ctx.callerIsManagement) {
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          title,
          'CloudTrail is not a trusted service, and only the management account can enable it.',
          `# Run in the management account:\n${command}`
        )
      }
    ]
  }
  if (!ctx.settings.enableTrustedAccess) {
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          title,
          'CloudTrail is not a trusted service and enable-trusted-access is false.',
          `# Or set the input enable-trusted-access: true.\n${command}`
        )
      }
    ]
  }
  return [
    {
      finding: finding(id, P, 'fixable', title, 'CloudTrail is not a trusted service of the organization.', command),
      changes: [{ kind: 'enable-trusted-access' }]
    }
  ]
}

export function checkServiceLinkedRoles(ctx: PlanContext): Step[] {
  if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx)) return []
  return (Object.keys(SERVICE_LINKED_ROLES) as ServiceLinkedRole[]).map((role) => checkServiceLinkedRole(ctx, role))
}

function checkServiceLinkedRole(ctx: PlanContext, role: ServiceLinkedRole): Step {
  const { roleName, service } = SERVICE_LINKED_ROLES[role]
  const id = `iam.service-linked-role.${role}`
  const title = `Service-linked role ${roleName}`
  const command = `aws iam create-service-linked-role --aws-service-name ${service}`
  if (!ctx.callerIsManagement) {
    return {
      finding: finding(
        id,
        P,
        'warning',
        title,
        'The management account must have it; a delegated administrator cannot check its roles.',
        `# In the management account, if the role is missing:\n${command}`
      )
    }
  }
  const exists = ctx.observed.serviceLinkedRoles[role]
  if (!exists.ok) return unreadable(id, title, exists.failure)
  if (exists.value) return { finding: finding(id, P, 'ok', title, 'Exists in the management account.') }
  return {
    finding: finding(
      id,
      P,
      'fixable',
      title,
      `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`,
      command
    ),
    changes: [{ kind: 'create-service-linked-role', role }]
  }
}
