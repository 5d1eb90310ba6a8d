// Every IAM action org-trail can need, and why. The documented policies (docs/permissions.md) are generated
// from this table and a test checks that the code calls nothing outside it; keep it the single source of truth.

export type Access = 'read' | 'write'

/**
 * An IAM condition block (operator → condition key → values) the generated policies put on an action's
 * statement, so that the role holds the action only for the call org-trail makes: AWS evaluates it on the
 * caller, with the key the request carries.
 */
export type Condition = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>

/**
 * What an action can be scoped to in a narrowed policy (`node scripts/iam-policy.mjs apply --trail-arn …`):
 * the resource of the declaration its requests name, as AWS's Service Authorization Reference types it.
 * An action without one supports only "*", or names resources org-trail cannot know in advance.
 */
export type ResourceKind =
  | 'trail'
  | 'bucket'
  /** The objects CloudTrail delivers, logs and digests: [prefix/]AWSLogs/* in the bucket. */
  | 'log-files'
  | 'key'
  | 'topic'
  | 'cloud-watch-logs-role'
  | 'service-linked-roles'

// The service principals the conditions name. Written here, not imported: scripts/iam-policy.mjs loads this
// file on its own. aws-actions.test.ts holds them to src/aws/cloudtrail.ts's.
const CLOUDTRAIL = 'cloudtrail.amazonaws.com'
const ORGANIZATIONS = 'organizations.amazonaws.com'

/** The service-linked roles iam:CreateServiceLinkedRole may create, as IAM names them (path/name). */
export const CREATABLE_SERVICE_LINKED_ROLES = [
  `aws-service-role/${CLOUDTRAIL}/AWSServiceRoleForCloudTrail`,
  `aws-service-role/${ORGANIZATIONS}/AWSServiceRoleForOrganizations`
] as const

export interface ActionInfo {
  readonly access: Access
  readonly purpose: string
  /** True when CloudTrail itself requires the permission of the caller while it serves org-trail's call. */
  readonly requiredByCloudTrail?: boolean
  /** Granted elsewhere than the role's permission policy (the trust policy), or needing no grant. */
  readonly outsidePermissionPolicy?: boolean
  /**
   * Needed by the member-account inventory (member-role-name), in both modes: by the role org-trail runs as
   * ('management') and/or by the role it assumes in each member account ('member').
   */
  readonly inventory?: readonly InventoryRole[]
  /** Needed for the inventory only: not part of the check and apply policies. */
  readonly inventoryOnly?: boolean
  /** Granted on the member role's ARN (arn:aws:iam::*:role/<member-role-name>) rather than on "*". */
  readonly onMemberRole?: boolean
  /**
   * Needed by the Log Archive role (log-archive-role-arn), which org-trail assumes for the bucket and for a
   * key of that account; the mode (check or apply) selects as for the management role.
   */
  readonly logArchive?: boolean
  /** Added to the management role's policy when log-archive-role-arn is set, on that role's ARN only. */
  readonly onLogArchiveRole?: boolean
  /** Needed by log verification (verify-logs), in both modes. */
  readonly logIntegrity?: boolean
  /** Granted only under this condition (its own statement in the generated policies). */
  readonly condition?: Condition
  /** The resource a narrowed policy scopes it to. */
  readonly resource?: ResourceKind
}

/** Which role of the member-account inventory needs an action. */
export type InventoryRole = 'management' | 'member'

export const IAM_ACTIONS = {
  'sts:AssumeRoleWithWebIdentity': {
    access: 'read',
    purpose: 'exchange the GitHub OIDC token for credentials (granted by the trust policy)',
    outsidePermissionPolicy: true
  },
  'sts:GetCallerIdentity': {
    access: 'read',
    purpose: 'who the default credential chain is (needs no permission)',
    outsidePermissionPolicy: true
  },
  'organizations:DescribeOrganization': {
    access: 'read',
    purpose: 'organization id, feature set and management account'
  },
  'organizations:ListAWSServiceAccessForOrganization': {
    access: 'read',
    purpose: 'whether CloudTrail has trusted access'
  },
  'organizations:ListDelegatedAdministrators': {
    access: 'read',
    purpose: 'whether a non-management caller is a delegated administrator'
  },
  'organizations:EnableAWSServiceAccess': {
    access: 'write',
    purpose: 'enable trusted access for cloudtrail.amazonaws.com',
    // Without it the role could enable trusted access for any service of the organization.
    condition: { StringEquals: { 'organizations:ServicePrincipal': [CLOUDTRAIL] } }
  },
  'organizations:ListAccounts': {
    access: 'read',
    purpose:
      'how many member accounts would record every management event twice when another organization trail exists; CloudTrail lists member accounts when it creates an organization trail; the member inventory and log verification (verify-logs) list the accounts',
    requiredByCloudTrail: true,
    inventory: ['management'],
    logIntegrity: true
  },
  'account:ListRegions': {
    access: 'read',
    purpose:
      'log verification (verify-logs): the regions enabled in the account, whose logs a multi-region trail delivers',
    logIntegrity: true
  },
  'cloudtrail:ListPublicKeys': {
    access: 'read',
    purpose:
      "log verification (verify-logs): CloudTrail's public keys of each region, that verify the digests' signatures",
    logIntegrity: true
  },
  's3:ListBucket': {
    access: 'read',
    purpose: 'log verification (verify-logs): list the digest files of each account and region',
    logArchive: true,
    logIntegrity: true,
    resource: 'bucket'
  },
  's3:GetObject': {
    access: 'read',
    purpose: 'log verification (verify-logs): read the digest files and the log files they list',
    logArchive: true,
    logIntegrity: true,
    resource: 'log-files'
  },
  'kms:Decrypt': {
    access: 'read',
    purpose:
      "log verification (verify-logs): read log files encrypted with SSE-KMS (S3 asks KMS for it on the reader's behalf)",
    logArchive: true,
    logIntegrity: true,
    // The trail's key: CloudTrail encrypts its log files with it (digests are SSE-S3).
    resource: 'key'
  },
  'sts:AssumeRole': {
    access: 'read',
    purpose:
      'member inventory: assume member-role-name in each member account; log-archive-role-arn: assume the Log Archive role; both from the management session',
    inventory: ['management'],
    inventoryOnly: true,
    onMemberRole: true,
    onLogArchiveRole: true
  },
  'iam:ListRoles': { access: 'read', purpose: 'whether the service-linked roles exist' },
  'iam:GetRole': {
    access: 'read',
    purpose:
      'the CloudWatch Logs role and its trust policy; CloudTrail also reads its service-linked role when it creates an organization trail',
    requiredByCloudTrail: true
  },
  'iam:ListRolePolicies': {
    access: 'read',
    purpose: 'inline policies of the CloudWatch Logs role',
    resource: 'cloud-watch-logs-role'
  },
  'iam:GetRolePolicy': {
    access: 'read',
    purpose: 'inline policies of the CloudWatch Logs role',
    resource: 'cloud-watch-logs-role'
  },
  'iam:ListAttachedRolePolicies': {
    access: 'read',
    purpose: 'managed policies of the CloudWatch Logs role',
    resource: 'cloud-watch-logs-role'
  },
  'iam:GetPolicy': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
  'iam:GetPolicyVersion': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
  'iam:PassRole': {
    access: 'write',
    purpose: 'CloudTrail passes the CloudWatch Logs role when the trail is given one',
    requiredByCloudTrail: true,
    // As AWS's AWSCloudTrail_FullAccess grants it: to CloudTrail only, never to a service of the role's choosing.
    condition: { StringEquals: { 'iam:PassedToService': [CLOUDTRAIL] } },
    resource: 'cloud-watch-logs-role'
  },
  'kms:DescribeKey': {
    access: 'read',
    purpose: 'the KMS key exists, is enabled, symmetric and in the bucket region',
    logArchive: true,
    resource: 'key'
  },
  'kms:GetKeyPolicy': {
    access: 'read',
    purpose: 'the key policy lets CloudTrail encrypt',
    logArchive: true,
    resource: 'key'
  },
  'kms:GetKeyRotationStatus': {
    access: 'read',
    purpose: 'posture: rotation of the trail key (KMS.4, CIS 3.6)',
    logArchive: true,
    resource: 'key'
  },
  'kms:PutKeyPolicy': {
    access: 'write',
    purpose: 'merge the CloudTrail statements into the key policy (manage-kms-key-policy)',
    logArchive: true,
    resource: 'key'
  },
  'logs:DescribeLogGroups': { access: 'read', purpose: 'the CloudWatch Logs log group exists' },
  'sns:GetTopicAttributes': {
    access: 'read',
    purpose: 'the SNS topic exists and lets CloudTrail publish',
    resource: 'topic'
  },
  'iam:CreateServiceLinkedRole': {
    access: 'write',
    purpose: 'create a missing service-linked role',
    // The two roles of src/aws/cloudtrail.ts's SERVICE_LINKED_ROLES, and no other service's.
    condition: { StringEquals: { 'iam:AWSServiceName': [CLOUDTRAIL, ORGANIZATIONS] } },
    resource: 'service-linked-roles'
  },
  's3:GetBucketLocation': {
    access: 'read',
    purpose: 'whether the bucket exists and where',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketPolicy': {
    access: 'read',
    purpose: 'whether the bucket policy lets CloudTrail write',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketRequestPayment': {
    access: 'read',
    purpose: 'Requester Pays must be off',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketPublicAccessBlock': {
    access: 'read',
    purpose: 'posture: the log bucket is not public (CloudTrail.6)',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketPolicyStatus': {
    access: 'read',
    purpose: 'posture: the log bucket is not public (CloudTrail.6)',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketLogging': {
    access: 'read',
    purpose: 'posture: access logging on the log bucket (CloudTrail.7)',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetEncryptionConfiguration': {
    access: 'read',
    purpose:
      'create-bucket: the bucket is still encrypted by default; with a KMS key: whether the bucket uses an S3 Bucket Key (then CloudTrail also needs kms:Decrypt)',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketVersioning': {
    access: 'read',
    purpose: 'create-bucket: the bucket is still versioned',
    logArchive: true,
    resource: 'bucket'
  },
  's3:GetBucketOwnershipControls': {
    access: 'read',
    purpose: 'create-bucket: object ownership is still enforced on the bucket',
    logArchive: true,
    resource: 'bucket'
  },
  's3:PutBucketPolicy': {
    access: 'write',
    purpose: 'merge the CloudTrail statements into the bucket policy',
    logArchive: true,
    resource: 'bucket'
  },
  's3:CreateBucket': {
    access: 'write',
    purpose: 'create the bucket (create-bucket)',
    logArchive: true,
    resource: 'bucket'
  },
  's3:PutBucketPublicAccessBlock': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): Block Public Access',
    logArchive: true,
    resource: 'bucket'
  },
  's3:PutEncryptionConfiguration': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): default encryption',
    logArchive: true,
    resource: 'bucket'
  },
  's3:PutBucketVersioning': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): versioning',
    logArchive: true,
    resource: 'bucket'
  },
  's3:PutBucketOwnershipControls': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): object ownership enforced',
    logArchive: true,
    resource: 'bucket'
  },
  'cloudtrail:DescribeTrails': {
    access: 'read',
    purpose: 'the trail and the other trails in its home region; member inventory: whether each is multi-region',
    inventory: ['member']
  },
  'cloudtrail:ListTrails': {
    access: 'read',
    purpose:
      "find the trail in whichever region it is homed, so that no second trail of its name is created; member inventory: every trail of an account, with each one's home region",
    // The management role has it already (check and apply): only the member role adds it.
    inventory: ['member']
  },
  'cloudtrail:GetTrail': {
    access: 'read',
    purpose:
      'read a trail found elsewhere (another home region, or the organization trail of a delegated administrator) by its ARN; re-read it after a change',
    resource: 'trail'
  },
  'cloudtrail:GetTrailStatus': {
    access: 'read',
    purpose: 'whether the trail is logging, and delivery errors',
    resource: 'trail'
  },
  'cloudtrail:GetEventSelectors': {
    access: 'read',
    purpose:
      'event selectors, and posture: management events read and write (CloudTrail.1), S3 data events (S3.22, S3.23); member inventory: whether each trail records management events',
    inventory: ['member'],
    resource: 'trail'
  },
  'cloudtrail:GetInsightSelectors': { access: 'read', purpose: 'insight selectors', resource: 'trail' },
  'cloudtrail:ListTags': { access: 'read', purpose: 'the trail tags', resource: 'trail' },
  'cloudtrail:CreateTrail': { access: 'write', purpose: 'create the trail', resource: 'trail' },
  'cloudtrail:UpdateTrail': { access: 'write', purpose: 'converge the trail settings', resource: 'trail' },
  'cloudtrail:StartLogging': { access: 'write', purpose: 'start logging', resource: 'trail' },
  'cloudtrail:PutEventSelectors': {
    access: 'write',
    purpose: 'converge event or advanced event selectors',
    resource: 'trail'
  },
  'cloudtrail:PutInsightSelectors': { access: 'write', purpose: 'converge insight selectors', resource: 'trail' },
  'cloudtrail:AddTags': { access: 'write', purpose: 'add or update declared tags', resource: 'trail' }
} as const satisfies Record<string, ActionInfo>

export type IamAction = keyof typeof IAM_ACTIONS

/** The actions a mode needs in the role's permission policy: check mode reads only. */
export function actionsFor(mode: 'check' | 'apply'): IamAction[] {
  return (Object.keys(IAM_ACTIONS) as IamAction[])
    .filter((action) => {
      const info: ActionInfo = IAM_ACTIONS[action]
      return !info.outsidePermissionPolicy && !info.inventoryOnly && (mode === 'apply' || info.access === 'read')
    })
    .sort()
}

/**
 * The Log Archive role's permission policy (log-archive-role-arn): the bucket's and its key's actions of
 * the mode, in the Log Archive account.
 */
export function logArchiveActionsFor(mode: 'check' | 'apply'): IamAction[] {
  const inMode = new Set(actionsFor(mode))
  return (Object.keys(IAM_ACTIONS) as IamAction[])
    .filter((action) => (IAM_ACTIONS[action] as ActionInfo).logArchive === true && inMode.has(action))
    .sort()
}

/** What log-archive-role-arn adds to the management role's policy, granted on the Log Archive role's ARN. */
export function logArchiveAdditionActions(): IamAction[] {
  return (Object.keys(IAM_ACTIONS) as IamAction[])
    .filter((action) => (IAM_ACTIONS[action] as ActionInfo).onLogArchiveRole === true)
    .sort()
}

/**
 * What the member-account inventory needs: 'management', the actions to add to the policy of the role
 * org-trail runs as (beyond what check mode already grants); 'member', the whole policy of the member role.
 */
export function inventoryActionsFor(role: InventoryRole): IamAction[] {
  const check = new Set(actionsFor('check'))
  return (Object.keys(IAM_ACTIONS) as IamAction[])
    .filter((action) => {
      const info: ActionInfo = IAM_ACTIONS[action]
      if (!info.inventory?.includes(role)) return false
      return role === 'member' || !check.has(action)
    })
    .sort()
}
