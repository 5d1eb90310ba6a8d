import { SERVICE_LINKED_ROLES } from './cloudtrail.js'
import { IAM_ACTIONS } from './actions.js'
import {
  createServiceLinkedRoleCommand,
  ENABLE_ALL_FEATURES_COMMAND,
  enableKeyCommand,
  enableTrustedAccessCommand,
  registerDelegatedAdministratorCommand
} from './cli.js'
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
      return {
        title: `Permission denied: ${error.action}`,
        message: `AWS refused ${error.action}${where}: ${said}. Add "${error.action}" to the permission policy of the role org-trail uses (${IAM_ACTIONS[error.action].purpose}).`
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
