// The AWS CLI commands org-trail gives people to run, each written once: the plan's findings and the
// explanations of AWS's errors (aws/explain.ts) both take them from here. They live in aws/, not plan/,
// because explain.ts is part of aws/, which plan/ builds on: aws/ importing plan/ would run backwards.
// What surrounds a command in a finding (why, which input does the same) is the finding's own wording.
import type { TrailDeclaration } from '../settings/types.js'
import { CLOUDTRAIL_PRINCIPAL } from './cloudtrail.js'
import { cliOption, TRAIL_FIELDS, type FieldChange, type TrailField } from './trail-fields.js'

/** A value as a POSIX shell reads it back: bare when that is safe, else single-quoted. */
const quote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`)

// Organizations and IAM

/** Run in the management account; every member account must then accept the handshake. */
export const ENABLE_ALL_FEATURES_COMMAND = 'aws organizations enable-all-features'
/** How a member account sees and accepts the handshake enable-all-features starts. */
export const HANDSHAKE_COMMANDS = [
  'aws organizations list-handshakes-for-account',
  'aws organizations accept-handshake'
]

export const CREATE_ORGANIZATION_COMMAND = 'aws organizations create-organization --feature-set ALL'

/** Trusted access for CloudTrail; only the management account can enable it. */
export function enableTrustedAccessCommand(): string {
  return `aws organizations enable-aws-service-access --service-principal ${CLOUDTRAIL_PRINCIPAL}`
}

export function createServiceLinkedRoleCommand(service: string): string {
  return `aws iam create-service-linked-role --aws-service-name ${service}`
}

/** The organization policies of a kind attached to an account, an OU or the root (run in the management account). */
export function listPoliciesForTargetCommand(
  targetId: string,
  filter: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY'
): string {
  return `aws organizations list-policies-for-target --target-id ${targetId} --filter ${filter}`
}

/** The OU (or root) an account is in: its SCPs and RCPs apply to the account too. */
export function listParentsCommand(childId: string): string {
  return `aws organizations list-parents --child-id ${childId}`
}

/** An organization policy's statements, by its id (p-…). */
export function describePolicyCommand(policyId: string): string {
  return `aws organizations describe-policy --policy-id ${policyId}`
}

/** A role, with the permissions boundary it has (PermissionsBoundary). */
export function getRoleCommand(roleName: string): string {
  return `aws iam get-role --role-name ${quote(roleName)}`
}

// Control Tower

/** The landing zone's identifier (its ARN), which the other landing-zone commands take. */
export const LIST_LANDING_ZONES_COMMAND = 'aws controltower list-landing-zones'

/**
 * Puts the landing zone's resources back as its settings declare them (Control Tower guide, "Reset the
 * landing zone to resolve drift"); run in the management account, in the landing zone's home region.
 */
export function resetLandingZoneCommand(landingZoneArn: string): string {
  return `aws controltower reset-landing-zone --landing-zone-identifier ${landingZoneArn}`
}

// CloudTrail

/**
 * How an account becomes CloudTrail's delegated administrator (run in the management account). Registering
 * through Organizations (register-delegated-administrator) does not create the service-linked role
 * CloudTrail needs, so this is the one command to give.
 */
export function registerDelegatedAdministratorCommand(memberAccountId: string): string {
  return `aws cloudtrail register-organization-delegated-admin --member-account-id ${memberAccountId}`
}

/** A flag as --option or --no-option, a value as --option value. */
function cliArgument(field: TrailField, value: string | boolean): string {
  const option = cliOption(field)
  if (typeof value === 'boolean') return value ? option : option.replace(/^--/, '--no-')
  return `${option} ${quote(value)}`
}

/** What CreateTrail would not do by itself: a flag other than its default, a value that is set. */
export function createTrailCommand(trail: TrailDeclaration, region: string): string {
  const args = [
    `--name ${quote(trail.name)}`,
    ...TRAIL_FIELDS.flatMap((f) => {
      const value = trail[f.declared]
      const given = f.kind === 'flag' ? value !== f.createDefault : value !== ''
      return given ? [cliArgument(f.field, value)] : []
    })
  ]
  return `aws cloudtrail create-trail --region ${region} ${args.join(' ')}`
}

/**
 * The update of `fields` (each to its `after` value). CloudTrail takes the CloudWatch Logs role only
 * together with its log group: with `pair`, both go, last, whichever of them changed.
 */
export function updateTrailCommand(
  arn: string,
  region: string,
  fields: readonly FieldChange[],
  pair?: { logGroupArn: string; roleArn: string }
): string {
  const args = fields
    .filter((f) => !(pair && (f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')))
    .map((f) => cliArgument(f.field, f.after))
  if (pair)
    args.push(
      cliArgument('CloudWatchLogsLogGroupArn', pair.logGroupArn),
      cliArgument('CloudWatchLogsRoleArn', pair.roleArn)
    )
  return `aws cloudtrail update-trail --name ${arn} --region ${region} ${args.join(' ')}`
}

export function deleteTrailCommand(arn: string, region: string): string {
  return `aws cloudtrail delete-trail --name ${arn} --region ${region}`
}

export function startLoggingCommand(arn: string, region: string): string {
  return `aws cloudtrail start-logging --name ${arn} --region ${region}`
}

/** Takes tags off the trail, by key (`keys`: placeholders such as KEY when the choice is the reader's). */
export function removeTagsCommand(arn: string, region: string, keys: readonly string[]): string {
  return `aws cloudtrail remove-tags --resource-id ${arn} --region ${region} --tags-list ${keys.map((k) => `Key=${quote(k)}`).join(' ')}`
}

export function getEventSelectorsCommand(arn: string, region: string): string {
  return `aws cloudtrail get-event-selectors --trail-name ${arn} --region ${region}`
}

/** `selectors`: the option's value as the shell is to read it ('[...]', file://…). It replaces every selector. */
export function putEventSelectorsCommand(arn: string, region: string, selectors: string): string {
  return `aws cloudtrail put-event-selectors --trail-name ${arn} --region ${region} --event-selectors ${selectors}`
}

// S3

export function createBucketCommand(bucket: string, region: string): string {
  // us-east-1 is S3's default location and refuses to be named as a constraint.
  const location = region === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${region}`
  return `aws s3api create-bucket --bucket ${bucket} --region ${region}${location}`
}

/** All four Block Public Access settings on. */
export function putPublicAccessBlockCommand(bucket: string): string {
  return `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`
}

/** Default encryption: SSE-KMS with the key and an S3 Bucket Key, or SSE-S3 without a key (''). */
export function putBucketEncryptionCommand(bucket: string, kmsKeyArn: string): string {
  const rule = {
    ApplyServerSideEncryptionByDefault: kmsKeyArn
      ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKeyArn }
      : { SSEAlgorithm: 'AES256' },
    BucketKeyEnabled: kmsKeyArn !== ''
  }
  return `aws s3api put-bucket-encryption --bucket ${bucket} --server-side-encryption-configuration '${JSON.stringify({ Rules: [rule] })}'`
}

export function putBucketVersioningCommand(bucket: string): string {
  return `aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled`
}

/** Object ownership enforced: ACLs disabled. */
export function putOwnershipControlsCommand(bucket: string): string {
  return `aws s3api put-bucket-ownership-controls --bucket ${bucket} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'`
}

export function getRequestPaymentCommand(bucket: string): string {
  return `aws s3api get-bucket-request-payment --bucket ${bucket}`
}

/** The bucket owner pays: Requester Pays off. */
export function putRequestPaymentCommand(bucket: string): string {
  return `aws s3api put-bucket-request-payment --bucket ${bucket} --request-payment-configuration Payer=BucketOwner`
}

/** Server access logging of `bucket` into `targetBucket` (a placeholder is fine), under the bucket's name. */
export function putBucketLoggingCommand(bucket: string, targetBucket: string): string {
  return `aws s3api put-bucket-logging --bucket ${bucket} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"${targetBucket}","TargetPrefix":"${bucket}/"}}'`
}

// KMS

/** Without a key, the bare command: for a message that does not know which key AWS refused. */
export function enableKeyCommand(key?: { readonly arn: string; readonly region: string }): string {
  return `aws kms enable-key${key ? ` --key-id ${key.arn} --region ${key.region}` : ''}`
}

export function describeKeyCommand(keyId: string, region: string): string {
  return `aws kms describe-key --key-id ${keyId} --region ${region}`
}

/** A symmetric encryption key, customer managed: KMS's default key spec. */
export function createKeyCommand(region: string): string {
  return `aws kms create-key --description 'CloudTrail logs' --region ${region}`
}

export function enableKeyRotationCommand(keyId: string, region: string): string {
  return `aws kms enable-key-rotation --key-id ${keyId} --region ${region}`
}

export function getKeyRotationStatusCommand(keyId: string, region: string): string {
  return `aws kms get-key-rotation-status --key-id ${keyId} --region ${region}`
}

// CloudWatch Logs and SNS

export function createLogGroupCommand(name: string, region: string): string {
  return `aws logs create-log-group --log-group-name ${name} --region ${region}`
}

export function createTopicCommand(name: string, region: string): string {
  return `aws sns create-topic --name ${name} --region ${region}`
}
