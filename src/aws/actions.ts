// Every IAM action org-trail can need, and why. The README's policies are generated from this table and a
// test checks that the code calls nothing outside it; keep it the single source of truth.

export type Access = 'read' | 'write'

export interface ActionInfo {
  readonly access: Access
  readonly purpose: string
  /** True when CloudTrail itself requires the permission of the caller while it serves org-trail's call. */
  readonly requiredByCloudTrail?: boolean
  /** Granted elsewhere than the role's permission policy (the trust policy), or needing no grant. */
  readonly outsidePermissionPolicy?: boolean
  /** A read that only follows or accompanies a write, so check mode never needs it. */
  readonly applyOnly?: boolean
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
    purpose: 'enable trusted access for cloudtrail.amazonaws.com'
  },
  'organizations:ListAccounts': {
    access: 'read',
    purpose:
      'CloudTrail lists member accounts when it creates an organization trail; the member inventory and log verification (verify-logs) list the accounts',
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
    logIntegrity: true
  },
  's3:GetObject': {
    access: 'read',
    purpose: 'log verification (verify-logs): read the digest files and the log files they list',
    logArchive: true,
    logIntegrity: true
  },
  'kms:Decrypt': {
    access: 'read',
    purpose: 'log verification (verify-logs): read digest and log files encrypted with SSE-KMS',
    logArchive: true,
    logIntegrity: true
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
  'iam:ListRolePolicies': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
  'iam:GetRolePolicy': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
  'iam:ListAttachedRolePolicies': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
  'iam:GetPolicy': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
  'iam:GetPolicyVersion': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
  'iam:PassRole': {
    access: 'write',
    purpose: 'CloudTrail passes the CloudWatch Logs role when the trail is given one',
    requiredByCloudTrail: true
  },
  'kms:DescribeKey': {
    access: 'read',
    purpose: 'the KMS key exists, is enabled, symmetric and in the bucket region',
    logArchive: true
  },
  'kms:GetKeyPolicy': { access: 'read', purpose: 'the key policy lets CloudTrail encrypt', logArchive: true },
  'kms:GetKeyRotationStatus': {
    access: 'read',
    purpose: 'posture: rotation of the trail key (KMS.4, CIS 3.6)',
    logArchive: true
  },
  'kms:PutKeyPolicy': {
    access: 'write',
    purpose: 'merge the CloudTrail statements into the key policy (manage-kms-key-policy)',
    logArchive: true
  },
  'logs:DescribeLogGroups': { access: 'read', purpose: 'the CloudWatch Logs log group exists' },
  'sns:GetTopicAttributes': { access: 'read', purpose: 'the SNS topic exists and lets CloudTrail publish' },
  'iam:CreateServiceLinkedRole': { access: 'write', purpose: 'create a missing service-linked role' },
  's3:GetBucketLocation': { access: 'read', purpose: 'whether the bucket exists and where', logArchive: true },
  's3:GetBucketPolicy': {
    access: 'read',
    purpose: 'whether the bucket policy lets CloudTrail write',
    logArchive: true
  },
  's3:GetBucketRequestPayment': { access: 'read', purpose: 'Requester Pays must be off', logArchive: true },
  's3:GetBucketPublicAccessBlock': {
    access: 'read',
    purpose: 'posture: the log bucket is not public (CloudTrail.6)',
    logArchive: true
  },
  's3:GetBucketPolicyStatus': {
    access: 'read',
    purpose: 'posture: the log bucket is not public (CloudTrail.6)',
    logArchive: true
  },
  's3:GetBucketLogging': {
    access: 'read',
    purpose: 'posture: access logging on the log bucket (CloudTrail.7)',
    logArchive: true
  },
  's3:GetEncryptionConfiguration': {
    access: 'read',
    purpose: 'create-bucket: the bucket is still encrypted by default',
    logArchive: true
  },
  's3:GetBucketVersioning': {
    access: 'read',
    purpose: 'create-bucket: the bucket is still versioned',
    logArchive: true
  },
  's3:GetBucketOwnershipControls': {
    access: 'read',
    purpose: 'create-bucket: object ownership is still enforced on the bucket',
    logArchive: true
  },
  's3:PutBucketPolicy': {
    access: 'write',
    purpose: 'merge the CloudTrail statements into the bucket policy',
    logArchive: true
  },
  's3:CreateBucket': { access: 'write', purpose: 'create the bucket (create-bucket)', logArchive: true },
  's3:PutBucketPublicAccessBlock': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): Block Public Access',
    logArchive: true
  },
  's3:PutEncryptionConfiguration': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): default encryption',
    logArchive: true
  },
  's3:PutBucketVersioning': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): versioning',
    logArchive: true
  },
  's3:PutBucketOwnershipControls': {
    access: 'write',
    purpose: 'harden the bucket (create-bucket): object ownership enforced',
    logArchive: true
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
      'read a trail found elsewhere (another home region, or the organization trail of a delegated administrator) by its ARN; re-read it after a change'
  },
  'cloudtrail:GetTrailStatus': { access: 'read', purpose: 'whether the trail is logging, and delivery errors' },
  'cloudtrail:GetEventSelectors': {
    access: 'read',
    purpose:
      'event selectors, and posture: management events read and write (CloudTrail.1), S3 data events (S3.22, S3.23); member inventory: whether each trail records management events',
    inventory: ['member']
  },
  'cloudtrail:GetInsightSelectors': { access: 'read', purpose: 'insight selectors' },
  'cloudtrail:ListTags': { access: 'read', purpose: 'the trail tags' },
  'cloudtrail:CreateTrail': { access: 'write', purpose: 'create the trail' },
  'cloudtrail:UpdateTrail': { access: 'write', purpose: 'converge the trail settings' },
  'cloudtrail:StartLogging': { access: 'write', purpose: 'start logging' },
  'cloudtrail:PutEventSelectors': { access: 'write', purpose: 'converge event or advanced event selectors' },
  'cloudtrail:PutInsightSelectors': { access: 'write', purpose: 'converge insight selectors' },
  'cloudtrail:AddTags': { access: 'write', purpose: 'add or update declared tags' }
} as const satisfies Record<string, ActionInfo>

export type IamAction = keyof typeof IAM_ACTIONS

/** The actions a mode needs in the role's permission policy: check mode reads only. */
export function actionsFor(mode: 'check' | 'apply'): IamAction[] {
  return (Object.keys(IAM_ACTIONS) as IamAction[])
    .filter((action) => {
      const info: ActionInfo = IAM_ACTIONS[action]
      return (
        !info.outsidePermissionPolicy &&
        !info.inventoryOnly &&
        (mode === 'apply' || (info.access === 'read' && !info.applyOnly))
      )
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
