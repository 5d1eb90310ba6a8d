// The organization's part: who the caller is, the organization and its features, trusted access and
// the service-linked roles CloudTrail needs.
import {
  CREATE_ORGANIZATION_COMMAND,
  createServiceLinkedRoleCommand,
  ENABLE_ALL_FEATURES_COMMAND,
  enableTrustedAccessCommand,
  HANDSHAKE_COMMANDS,
  registerDelegatedAdministratorCommand
} from '../aws/cli.js'
import { CLOUDTRAIL_PRINCIPAL, SERVICE_LINKED_ROLES, type ServiceLinkedRole } from '../aws/cloudtrail.js'
import type { PlanContext, Step } from './context.js'
import { failedRead, prerequisite, unreadable } from './findings.js'

export function checkCaller(ctx: PlanContext): Step {
  const { identity } = ctx.observed
  const id = 'caller.management-account'
  if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
    return prerequisite({
      id,
      severity: 'ok',
      title: 'Caller may manage the trail',
      detail: `Running as ${identity.arn}.`
    })
  }
  const delegated = ctx.observed.delegatedAdministrator
  const mgmt = ctx.managementAccountId
  if (delegated?.ok && delegated.value) {
    return prerequisite({
      id,
      severity: 'ok',
      title: 'Caller is a delegated administrator for CloudTrail',
      detail: `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`
    })
  }
  const register = registerDelegatedAdministratorCommand(identity.accountId)
  if (delegated && !delegated.ok) {
    const read = failedRead(delegated.failure)
    return prerequisite({
      id,
      severity: 'warning',
      title: 'Caller is not the management account',
      detail: `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read: ${read.what}.${read.why} CloudTrail will refuse if it is not.`,
      remediation: `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
    })
  }
  return prerequisite({
    id,
    severity: 'blocker',
    title: 'Caller cannot create an organization trail',
    detail: `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`,
    remediation: `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
  })
}

export function checkOrganization(ctx: PlanContext): Step[] {
  if (!ctx.settings.trail.isOrganizationTrail) return []
  const org = ctx.observed.organization
  if (!org.ok) return [unreadable({ id: 'organization.exists', title: 'Organization', failure: org.failure })]
  if (org.value === null) {
    return [
      prerequisite({
        id: 'organization.exists',
        severity: 'blocker',
        title: 'Account is in no organization',
        detail: `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`,
        remediation: `# Create the organization from this account, or set the input is-organization-trail: false.\n${CREATE_ORGANIZATION_COMMAND}`
      })
    ]
  }
  const steps: Step[] = [
    prerequisite({
      id: 'organization.exists',
      severity: 'ok',
      title: 'Organization',
      detail: `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`
    })
  ]
  if (org.value.featureSet !== 'ALL') {
    steps.push(
      prerequisite({
        id: 'organization.all-features',
        severity: 'blocker',
        title: 'Organization is not in ALL features mode',
        detail: `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`,
        remediation: `# From the management account; then every member account must accept the handshake\n# (${HANDSHAKE_COMMANDS.join(', ')}).\n${ENABLE_ALL_FEATURES_COMMAND}`
      })
    )
  } else {
    steps.push(
      prerequisite({
        id: 'organization.all-features',
        severity: 'ok',
        title: 'All features enabled',
        detail: `Organization ${org.value.id} is in ALL features mode.`
      })
    )
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
  if (!access.ok) return [unreadable({ id, title, failure: access.failure })]
  if (access.value)
    return [prerequisite({ id, severity: 'ok', title, detail: 'CloudTrail is a trusted service of the organization.' })]
  const command = enableTrustedAccessCommand()
  if (!ctx.callerIsManagement) {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title,
        detail: 'CloudTrail is not a trusted service, and only the management account can enable it.',
        remediation: `# Run in the management account:\n${command}`
      })
    ]
  }
  if (!ctx.settings.enableTrustedAccess) {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title,
        detail: 'CloudTrail is not a trusted service and enable-trusted-access is false.',
        remediation: `# Or set the input enable-trusted-access: true.\n${command}`
      })
    ]
  }
  return [
    prerequisite({
      id,
      severity: 'fixable',
      title,
      detail: 'CloudTrail is not a trusted service of the organization.',
      remediation: command,
      changes: [{ kind: 'enable-trusted-access' }]
    })
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
  const command = createServiceLinkedRoleCommand(service)
  if (!ctx.callerIsManagement) {
    return prerequisite({
      id,
      severity: 'warning',
      title,
      detail: 'The management account must have it; a delegated administrator cannot check its roles.',
      remediation: `# In the management account, if the role is missing:\n${command}`
    })
  }
  const exists = ctx.observed.serviceLinkedRoles[role]
  if (!exists.ok) return unreadable({ id, title, failure: exists.failure })
  if (exists.value) return prerequisite({ id, severity: 'ok', title, detail: 'Exists in the management account.' })
  return prerequisite({
    id,
    severity: 'fixable',
    title,
    detail: `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`,
    remediation: command,
    changes: [{ kind: 'create-service-linked-role', role }]
  })
}
