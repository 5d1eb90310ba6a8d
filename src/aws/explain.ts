import { IAM_ACTIONS, type IamAction } from './actions.js'
import { accountOf, parseArn, roleOfSession } from './arn.js'
import { SERVICE_LINKED_ROLES } from './cloudtrail.js'
import {
  createServiceLinkedRoleCommand,
  describePolicyCommand,
  ENABLE_ALL_FEATURES_COMMAND,
  enableKeyCommand,
  enableTrustedAccessCommand,
  getRoleCommand,
  listParentsCommand,
  listPoliciesForTargetCommand,
  registerDelegatedAdministratorCommand
} from './cli.js'
import { denialOf, isRolesOwn, POLICY_KINDS, type Denial, type PolicyKind } from './denials.js'
import { ActionError, AwsCallError, errorCode, errorMessage, isAccessDenied } from './errors.js'

interface Explanation {
  readonly title: string
  /** What to do; from AWS's message when that names the resources concerned. */
  readonly fix: string | ((awsMessage: string) => string)
}

/**
 * AWS's message names "S3 bucket X or KMS key Y": either policy may be the one, and either may have been
 * written by org-trail (manage-bucket-policy, manage-kms-key-policy) or be left to the user, so the fix
 * points to the findings that say which, rather than to an input.
 */
function encryptionPolicyFix(awsMessage: string): string {
  const named = awsMessage.match(/S3 bucket (\S+) or KMS key (\S+?)\.?$/)
  const both = named
    ? `the policy of bucket ${named[1]} and the policy of KMS key ${named[2]}`
    : 'the bucket policy and the KMS key policy'
  return `CloudTrail must be allowed by both ${both}. Run with mode: check: the s3.bucket-policy and kms.key-policy findings show what each lacks, with the statements to add where org-trail may not write them. If this run wrote them and waited for them to propagate, look for a Deny or condition in either policy that applies to cloudtrail.amazonaws.com.`
}

/** CloudTrail's delegated administrators are registered with CloudTrail's own command, not Organizations'. */
const NOT_MANAGEMENT: Explanation = {
  title: 'Not the management account',
  fix: `Assume a role in the management account, or register this account as CloudTrail's delegated administrator by running in the management account "${registerDelegatedAdministratorCommand('<this account id>')}" (registering through Organizations does not create the service-linked role CloudTrail needs). Converting between an organization trail and an account trail is for the management account only.`
}

/** What each permanent CloudTrail error means for this action, and what to do about it. */
const KNOWN: Record<string, Explanation> = {
  OrganizationNotInAllFeaturesModeException: {
    title: 'Organization is not in ALL features mode',
    fix: `From the management account run "${ENABLE_ALL_FEATURES_COMMAND}" and have every member account accept the handshake.`
  },
  CloudTrailAccessNotEnabledException: {
    title: 'CloudTrail has no trusted access',
    fix: `Run "${enableTrustedAccessCommand()}" from the management account, or set enable-trusted-access: true.`
  },
  NoManagementAccountSLRExistsException: {
    title: 'Service-linked role missing',
    fix: `Run "${createServiceLinkedRoleCommand(SERVICE_LINKED_ROLES.cloudtrail.service)}" in the management account.`
  },
  NotOrganizationMasterAccountException: NOT_MANAGEMENT,
  NotOrganizationManagementAccountException: NOT_MANAGEMENT,
  OrganizationsNotInUseException: {
    title: 'No organization',
    fix: 'The account is in no organization: create one, or set is-organization-trail: false.'
  },
  InsufficientDependencyServiceAccessPermissionException: {
    title: 'Missing Organizations or IAM permissions',
    fix: "CloudTrail needs the caller to have iam:GetRole, iam:CreateServiceLinkedRole, organizations:EnableAWSServiceAccess, organizations:ListAWSServiceAccessForOrganization, organizations:DescribeOrganization and organizations:ListAccounts: add them to the role's policy."
  },
  InsufficientS3BucketPolicyException: {
    title: 'Bucket policy does not let CloudTrail write',
    fix: 'Set manage-bucket-policy: true, or add the statements shown in the s3.bucket-policy finding (run with mode: check to see them).'
  },
  MaximumNumberOfTrailsExceededException: {
    title: 'Too many trails',
    fix: 'The home region already has 5 trails, each multi-region trail homed elsewhere counting as one: delete one you no longer need.'
  },
  S3BucketDoesNotExistException: {
    title: 'Bucket does not exist',
    fix: 'Create the bucket first, or fix s3-bucket-name.'
  },
  // S3's answer, also for a while right after CreateBucket (apply waits for that after its own).
  NoSuchBucket: {
    title: 'Bucket does not exist',
    fix: 'Check s3-bucket-name; a bucket created moments ago may take a while to appear to S3: run again.'
  },
  InvalidHomeRegionException: {
    title: 'Wrong region for this trail',
    fix: "Set aws-region to the trail's home region."
  },
  TrailNotFoundException: { title: 'Trail not found', fix: 'The trail was deleted meanwhile: run again to create it.' },
  InsufficientEncryptionPolicyException: {
    title: 'Bucket or KMS key policy does not let CloudTrail encrypt',
    fix: encryptionPolicyFix
  },
  KmsKeyNotFoundException: {
    title: 'KMS key not found',
    fix: 'Check kms-key-id: the key must exist in the same region as the bucket.'
  },
  KmsException: {
    title: 'KMS key unusable',
    fix: "The key must be an enabled, symmetric customer managed key in the bucket's region."
  },
  KmsKeyDisabledException: {
    title: 'KMS key disabled',
    fix: `Enable the key (${enableKeyCommand()}) or choose another.`
  },
  InvalidKmsKeyIdException: {
    title: 'Invalid KMS key',
    fix: "Check kms-key-id: a key id, key ARN, alias name or alias ARN of a key in the bucket's region."
  },
  InvalidCloudWatchLogsLogGroupArnException: {
    title: 'CloudWatch Logs log group rejected',
    fix: 'Check cloud-watch-logs-log-group-arn (it must exist, in this account) and that the role may write to it.'
  },
  InvalidCloudWatchLogsRoleArnException: {
    title: 'CloudWatch Logs role rejected',
    fix: "The role must exist in this account, trust cloudtrail.amazonaws.com, allow logs:CreateLogStream and logs:PutLogEvents on the trail's log streams, and the caller needs iam:PassRole on it."
  },
  InsufficientSnsTopicPolicyException: {
    title: 'SNS topic policy does not let CloudTrail publish',
    fix: 'Add the statement shown in the sns.topic finding to the topic policy (run with mode: check to see it).'
  },
  InvalidEventSelectorsException: {
    title: 'Event selectors rejected',
    fix: 'Check event-selectors or advanced-event-selectors: at most 5 event selectors, 250 data resources, 500 advanced values, and valid field names.'
  },
  InvalidInsightSelectorsException: {
    title: 'Insight selectors rejected',
    fix: 'Check insight-selectors: ApiCallRateInsight and ApiErrorRateInsight, each once.'
  },
  InsightNotEnabledException: {
    title: 'Insights not enabled',
    fix: 'Insights could not be enabled on this trail; check insight-selectors.'
  }
}

/**
 * The IAM action a denial is about: the one AWS's message names ("… is not authorized to perform:
 * iam:PassRole on resource …") when it is an action of the table, else the call's own. CloudTrail checks some
 * of the caller's permissions itself while it serves a call (iam:PassRole for the CloudWatch Logs role).
 */
function deniedAction(error: AwsCallError): IamAction {
  const named = /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(error.awsMessage)?.[1]
  return named !== undefined && Object.hasOwn(IAM_ACTIONS, named) ? (named as IamAction) : error.action
}

/** One annotation's worth for any error: what failed, why, and what to do. */
export function explain(error: unknown): { title: string; message: string } {
  if (error instanceof ActionError) return { title: error.title, message: error.message }
  if (error instanceof AwsCallError) {
    const details = [
      error.requestId ? `request id ${error.requestId}` : '',
      error.attempts !== undefined && error.attempts > 1 ? `after ${error.attempts} attempts` : ''
    ].filter((d) => d !== '')
    const where = details.length > 0 ? ` (${details.join(', ')})` : ''
    // AWS's messages usually end with a full stop; ours adds one.
    const said = error.awsMessage.replace(/[.\s]+$/, '')
    if (isAccessDenied(error.code)) {
      // The action AWS names (iam:PassRole inside a CreateTrail), named for the kind of policy that refused:
      // only the role's own denial is fixed in the role's policy.
      const missing = deniedAction(error)
      const denial = explainDenial(missing, error.awsMessage)
      return {
        title: denial.named ? `Denied by ${denial.named}: ${missing}` : `Permission denied: ${missing}`,
        message: `AWS refused ${error.action}${where}: ${said}. ${denial.roleOwn ? '' : `${denial.why} `}${denial.fix}`
      }
    }
    const known = KNOWN[error.code]
    if (known) {
      const fix = typeof known.fix === 'string' ? known.fix : known.fix(said)
      return { title: known.title, message: `${error.action} failed with ${error.code}${where}: ${said}. ${fix}` }
    }
    const transient = error.attempts !== undefined && error.attempts > 1
    return {
      title: `${error.action} failed`,
      message: `${error.action} failed with ${error.code}${where}: ${said}.${transient ? ' The SDK retried it and gave up: AWS or the network is failing; run again later — the next run picks up where this one stopped.' : ''}`
    }
  }
  return { title: errorCode(error), message: errorMessage(error) }
}

// Access denials: what each kind of policy that refused means, in the account it governs, and who can fix it.

/** A denial as org-trail explains it. */
export interface DenialExplanation {
  /** The kind of policy, for a title ("a service control policy (SCP)"); null when AWS named none. */
  readonly named: string | null
  /** The role's own permission policy lacks the action: the one case where adding it to the role helps. */
  readonly roleOwn: boolean
  /** Why, naming the account the policy governs. */
  readonly why: string
  /** What can fix it, and who can. */
  readonly fix: string
}

/** The facts every explanation names. */
interface Facts {
  readonly action: IamAction
  readonly denial: Denial
  /** The role refused, as a trust or permission policy names it; "the role org-trail uses" when unknown. */
  readonly role: string
  /** The account of the principal refused; ACCOUNT_ID when unknown. */
  readonly account: string
  /** " POLICY_ARN" when AWS named the policy, else "". */
  readonly policy: string
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`)

/** Who can change an SCP or an RCP, and how to find the one that denied. */
function organizationPolicyFix(f: Facts, what: 'SCP' | 'RCP', account: string): string {
  const filter = what === 'SCP' ? 'SERVICE_CONTROL_POLICY' : 'RESOURCE_CONTROL_POLICY'
  const id = f.denial.policyArn?.split('/').pop() ?? ''
  const find = id.startsWith('p-')
    ? `Read it with "${describePolicyCommand(id)}".`
    : `Find it with "${listPoliciesForTargetCommand(account, filter)}", and the same for each parent ("${listParentsCommand(account)}") up to the root.`
  // Control Tower's mandatory controls are SCPs too, and editing them is drift: the way around them is elsewhere.
  return `Adding the action to the role's policy cannot help: ${what}s are the organization's, and only the management account's Organizations administrators can change them. Ask them to exempt ${f.role} from the statement that refuses ${f.action} (for example with a condition on aws:PrincipalArn), or to detach the policy from account ${account}. ${find} If it is one of Control Tower's own (aws-guardrails-*), leave it: Control Tower reports a change to it as drift; declare a resource its controls do not protect instead.`
}

/** The resource's own policy, as its service calls it. */
function resourcePolicyOf(resource: string | null): string {
  const arn = resource ? parseArn(resource) : null
  if (arn?.service === 's3') return `the bucket policy of ${arn.resource.split('/')[0] ?? resource}`
  if (arn?.service === 'kms') return `the key policy of ${resource}`
  if (arn?.service === 'iam') return `the trust policy of ${resource}`
  return resource ? `the resource-based policy of ${resource}` : 'the resource-based policy of the resource'
}

type Explainer = (f: Facts) => Omit<DenialExplanation, 'named' | 'roleOwn'>

const EXPLAIN: Readonly<Record<PolicyKind, Explainer>> = {
  'service-control-policy': (f) => ({
    why: f.denial.explicit
      ? `An explicit Deny in a service control policy (SCP)${f.policy} refused ${f.action} to ${f.role} in account ${f.account}: the SCPs attached to that account, its OUs and the root cap every principal of the account.`
      : `No service control policy (SCP) on the path from the root to account ${f.account} allows ${f.action}: every level must allow it for ${f.role}.`,
    fix: organizationPolicyFix(f, 'SCP', f.account)
  }),
  'resource-control-policy': (f) => {
    const owner = accountOf(f.denial.resource ?? '') || f.account
    return {
      why: `${f.denial.explicit ? `An explicit Deny in a resource control policy (RCP)${f.policy} refused` : 'No resource control policy (RCP) allows'} ${f.action} on ${f.denial.resource ?? 'the resource'}: the RCPs attached to the account that owns it (${owner}), its OUs and the root cap what any principal may do with its resources.`,
      fix: organizationPolicyFix(f, 'RCP', owner)
    }
  },
  'permissions-boundary': (f) => ({
    why: `The permissions boundary of ${f.role}${f.policy} ${f.denial.explicit ? 'denies' : 'does not allow'} ${f.action}: a boundary caps what the role's own policies can grant, in account ${f.account}.`,
    fix: `Adding the action to the role's policy cannot help while its boundary ${f.denial.explicit ? 'denies' : 'leaves out'} it. Whoever administers the role in account ${f.account} can ${f.denial.explicit ? 'narrow the Deny of' : 'add the action to'} the boundary policy, or remove the boundary from the role (see it with "${getRoleCommand(f.role.split('/').pop() ?? f.role)}").`
  }),
  'session-policy': (f) => ({
    why: `A session policy${f.policy} ${f.denial.explicit ? 'denies' : 'does not allow'} ${f.action}: it was passed when ${f.role} (account ${f.account}) was assumed, and caps that session below the role's own policies.`,
    fix: `Adding the action to the role's policy cannot help. Whoever assumes the role sets its session policy: org-trail passes none itself, so it comes from the step that made the credentials (configure-aws-credentials' inline-session-policy or managed-session-policies) or from whatever assumed ${f.role}. Remove the session policy there, or let it allow ${f.action}.`
  }),
  'identity-based-policy': (f) => ({
    why: `An explicit Deny in an identity-based policy${f.policy} of ${f.role} (account ${f.account}) refused ${f.action}; no Allow overrides a Deny.`,
    fix: `Remove or narrow that Deny statement among the role's permission policies (whoever administers IAM in account ${f.account} can), or run org-trail with a role that has none.`
  }),
  'resource-based-policy': (f) => {
    const where = resourcePolicyOf(f.denial.resource)
    return f.denial.explicit
      ? {
          why: `An explicit Deny in ${where} refused ${f.action} to ${f.role}; no Allow of the role overrides it.`,
          fix: `The owner of the resource must narrow that statement so that it no longer applies to ${f.role} (account ${f.account}).`
        }
      : {
          why: `${where.charAt(0).toUpperCase()}${where.slice(1)} does not let ${f.role} (account ${f.account}) ${f.action}${f.denial.resource?.includes(':kms:') ? ": a key policy must allow the role itself, or allow the account's root so that IAM policies count" : ''}.`,
          fix: `The owner of the resource must let ${f.role} ${f.action} in ${where}.`
        }
  },
  'vpc-endpoint-policy': (f) => ({
    why: `The policy of the VPC endpoint the request went through ${f.denial.explicit ? 'denies' : 'does not allow'} ${f.action} to ${f.role}.`,
    fix: `Adding the action to the role's policy cannot help: the runner reaches AWS through that endpoint, and whoever administers its VPC can let ${f.role} ${f.action} in the endpoint's policy.`
  })
}

/** Why AWS refused `action`, from its message, and what can fix it. */
export function explainDenial(action: IamAction, message: string): DenialExplanation {
  const denial = denialOf(message)
  const role = denial.principal ? roleOfSession(denial.principal) : 'the role org-trail uses'
  const facts: Facts = {
    action,
    denial,
    role,
    account: accountOf(denial.principal ?? '') || 'ACCOUNT_ID',
    policy: denial.policyArn ? ` (${denial.policyArn})` : ''
  }
  if (denial.kind !== null && !isRolesOwn(denial))
    return { named: article(POLICY_KINDS[denial.kind].name), roleOwn: false, ...EXPLAIN[denial.kind](facts) }
  // An explicit Deny AWS did not attribute: an Allow cannot override it, wherever it is.
  if (denial.explicit)
    return {
      named: null,
      roleOwn: false,
      why: `An explicit Deny refused ${action} to ${role}; AWS did not say in which policy.`,
      fix: `Adding the action to the role's policy cannot help against a Deny: look for it among the role's policies, its permissions boundary, the organization's SCPs and the resource's own policy.`
    }
  return {
    named: null,
    roleOwn: true,
    why: `The permission policy of ${role} does not allow ${action}.`,
    fix: `Add "${action}" to the permission policy of the role ${denial.principal ? role : 'org-trail uses'} (${IAM_ACTIONS[action].purpose}).`
  }
}
