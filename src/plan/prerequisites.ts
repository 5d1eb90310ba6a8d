import {
  CLOUDTRAIL_PRINCIPAL,
  MAX_BUCKET_POLICY_BYTES,
  registerDelegatedAdministratorCommand,
  SERVICE_LINKED_ROLES,
  type ServiceLinkedRole
} from '../aws/cloudtrail.js'
import {
  bucketPolicyDenies,
  mergePolicy,
  missingPermissions,
  ownStatements,
  parsePolicy,
  PolicyParseError,
  policyBytes,
  policyText,
  type CloudTrailGrant,
  type PolicyDocument,
  type Statement
} from './bucket-policy.js'
import { checkBucketHardening, planBucketCreation, withTlsOnly } from './bucket-hardening.js'
import type { UnknownDeny } from './policy-document.js'
import { finding, unreadable, type PlanContext, type Step } from './context.js'

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

/** Where CloudTrail writes, for this trail. */
export function grantFor(ctx: PlanContext): CloudTrailGrant {
  return {
    partition: ctx.observed.identity.partition,
    bucket: ctx.settings.trail.s3BucketName,
    prefix: ctx.declared.s3KeyPrefix,
    trailArn: ctx.trailArn,
    accountId: ctx.managementAccountId,
    ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {}),
    ...(ctx.declared.kmsKeyId ? { kmsKeyArn: ctx.declared.kmsKeyId } : {})
  }
}

/**
 * A Deny that may apply to CloudTrail's request, but depends on what the model of that request does not
 * carry: no blocker (it would mostly be a false alarm), but named, with why it could not be evaluated.
 */
export function unevaluatedDenies(id: string, where: string, unknown: readonly UnknownDeny[]): Step[] {
  if (unknown.length === 0) return []
  return [
    {
      finding: finding(
        id,
        P,
        'warning',
        `${unknown.length === 1 ? 'A Deny' : `${unknown.length} Deny statements`} in ${where} could not be evaluated`,
        `${unknown.map((u) => `${u.label}: ${u.reasons.join('; ')}`).join('. ')}. org-trail does not count ${unknown.length === 1 ? 'it' : 'them'} as denying CloudTrail; if CloudTrail is refused, this is why.`,
        `# Exempt CloudTrail explicitly, e.g. with this condition on each statement:
${JSON.stringify({ StringNotEquals: { 'aws:PrincipalServiceName': CLOUDTRAIL_PRINCIPAL } })}`
      )
    }
  ]
}

export function checkBucket(ctx: PlanContext): Step[] {
  const bucket = ctx.observed.bucket
  const name = bucket.name
  if (!bucket.region.ok) {
    // Whether it exists is unknown; its other reads may still say what else is missing.
    return [
      unreadable('s3.bucket-exists', `Bucket ${name}`, bucket.region.failure),
      checkRequesterPays(ctx),
      ...checkBucketPolicy(ctx)
    ]
  }
  if (bucket.region.value === null && ctx.settings.createBucket) return planBucketCreation(ctx, grantFor(ctx))
  if (bucket.region.value === null) {
    return [
      {
        finding: finding(
          's3.bucket-exists',
          P,
          'blocker',
          `Bucket ${name} does not exist`,
          'CloudTrail needs an existing bucket to deliver log files to.',
          `# Or set the input create-bucket: true to have org-trail create it, hardened.\naws s3api create-bucket --bucket ${name} --region ${ctx.homeRegion}${ctx.homeRegion === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${ctx.homeRegion}`}`
        )
      }
    ]
  }
  const steps: Step[] = [
    { finding: finding('s3.bucket-exists', P, 'ok', `Bucket ${name}`, `Exists in ${bucket.region.value}.`) }
  ]
  steps.push(checkRequesterPays(ctx))
  const [policyStep, ...unevaluated] = checkBucketPolicy(ctx)
  if (policyStep) steps.push(...withTlsOnly(ctx, policyStep, grantFor(ctx)))
  steps.push(...unevaluated, ...checkBucketHardening(ctx))
  return steps
}

function checkRequesterPays(ctx: PlanContext): Step {
  const { requesterPays, name } = ctx.observed.bucket
  const id = 's3.requester-pays'
  const title = 'Requester Pays is off'
  if (!requesterPays.ok) return unreadable(id, title, requesterPays.failure, 'warning')
  if (!requesterPays.value)
    return { finding: finding(id, P, 'ok', title, 'CloudTrail can deliver without paying for requests.') }
  return {
    finding: finding(
      id,
      P,
      'blocker',
      'Requester Pays is on',
      `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`,
      `aws s3api put-bucket-request-payment --bucket ${name} --request-payment-configuration Payer=BucketOwner`
    )
  }
}

function checkBucketPolicy(ctx: PlanContext): Step[] {
  const { policy, name } = ctx.observed.bucket
  const id = 's3.bucket-policy'
  const title = 'Bucket policy lets CloudTrail write'
  if (!policy.ok) return [unreadable(id, title, policy.failure)]
  if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
    return [
      {
        finding: finding(id, P, 'warning', title, 'Not checked: the organization id, part of the log path, is unknown.')
      }
    ]
  }
  const grant = grantFor(ctx)
  let current
  try {
    current = parsePolicy(policy.value)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          title,
          `The policy of bucket ${name}: ${error.message}.`,
          'Fix the policy by hand; org-trail never overwrites a policy it cannot read.'
        )
      }
    ]
  }
  const denies = bucketPolicyDenies(current, grant)
  return [
    decideBucketPolicy(ctx, current, grant, denies.denying),
    ...unevaluatedDenies('s3.bucket-policy.unevaluated', `the policy of bucket ${name}`, denies.unknown)
  ]
}

function decideBucketPolicy(
  ctx: PlanContext,
  current: PolicyDocument | null,
  grant: CloudTrailGrant,
  denying: readonly Statement[]
): Step {
  const { policy, name } = ctx.observed.bucket
  const id = 's3.bucket-policy'
  const title = 'Bucket policy lets CloudTrail write'
  const missing = missingPermissions(current, grant)
  if (missing.length === 0)
    return {
      finding: finding(id, P, 'ok', title, `Grants ${CLOUDTRAIL_PRINCIPAL} everything it needs for ${ctx.trailArn}.`)
    }
  if (denying.length > 0) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Bucket policy denies CloudTrail',
        `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`,
        JSON.stringify(denying, null, 2)
      )
    }
  }

  const what = missing.map((m) => `${m.action} on ${m.resource}`).join('; ')
  // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
  const missingTitle = 'Bucket policy does not let CloudTrail write'
  const statements = JSON.stringify(ownStatements(grant), null, 2)
  if (!ctx.settings.manageBucketPolicy) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        missingTitle,
        `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`,
        statements
      )
    }
  }
  const merged = mergePolicy(current, grant)
  const bytes = policyBytes(merged.policy)
  if (bytes > MAX_BUCKET_POLICY_BYTES) {
    return {
      finding: finding(
        id,
        P,
        'blocker',
        'Bucket policy would exceed 20 KB',
        `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${MAX_BUCKET_POLICY_BYTES}. Nothing was written.`,
        `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`
      )
    }
  }
  return {
    finding: finding(
      id,
      P,
      'fixable',
      missingTitle,
      `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`,
      statements
    ),
    changes: [
      {
        kind: 'put-bucket-policy',
        bucket: name,
        before: policy.ok ? policy.value : null,
        after: policyText(merged.policy),
        sids: merged.changedSids,
        grant
      }
    ]
  }
}
