// Puts a moto server into a known state and reads back what the action left there.
import {
  OrganizationsClient,
  CreateOrganizationCommand,
  CreateAccountCommand,
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand
} from '@aws-sdk/client-organizations'
import {
  IAMClient,
  CreateRoleCommand,
  CreateOpenIDConnectProviderCommand,
  PutRolePolicyCommand
} from '@aws-sdk/client-iam'
import { KMSClient, CreateKeyCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import { S3Client, CreateBucketCommand, PutBucketPolicyCommand, GetBucketPolicyCommand } from '@aws-sdk/client-s3'
import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand } from '@aws-sdk/client-sts'

export const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
}
export const OIDC_HOST = 'token.actions.githubusercontent.com'

/**
 * SDK clients for a moto endpoint, with explicit dummy credentials (never the developer's); `as`: another
 * account's, e.g. an assumed role's in a member account (moto keys requests to the role's account).
 * @param {{ endpoint: string, region?: string, as?: { accessKeyId: string, secretAccessKey: string, sessionToken?: string } }} options
 */
export function clients({ endpoint, region = 'us-east-1', as = credentials }) {
  const config = { endpoint, region, credentials: as }
  return {
    organizations: new OrganizationsClient(config),
    iam: new IAMClient(config),
    s3: new S3Client({ ...config, forcePathStyle: true }),
    cloudtrail: new CloudTrailClient(config),
    sts: new STSClient(config),
    kms: new KMSClient(config)
  }
}

/** @param {unknown} err @param {string} name */
const is = (err, name) => /** @type {{ name?: string }} */ (err)?.name === name

/**
 * Creates the organization (this account, or the one `as` acts in, becomes its management account) and,
 * because moto creates no service-linked roles, the AWSServiceRoleForOrganizations role CloudTrail checks for.
 * @param {{ endpoint: string, region?: string, featureSet?: 'ALL' | 'CONSOLIDATED_BILLING', serviceLinkedRole?: boolean,
 *   as?: Parameters<typeof clients>[0]['as'] }} options
 * @returns {Promise<{ orgId: string, managementAccountId: string }>}
 */
export async function seedOrganization({ endpoint, region, featureSet = 'ALL', serviceLinkedRole = true, as }) {
  const c = clients({ endpoint, region, ...(as ? { as } : {}) })
  const { Organization } = await c.organizations.send(new CreateOrganizationCommand({ FeatureSet: featureSet }))
  if (serviceLinkedRole) {
    await c.iam.send(
      new CreateRoleCommand({
        RoleName: 'AWSServiceRoleForOrganizations',
        Path: '/aws-service-role/organizations.amazonaws.com/',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'organizations.amazonaws.com' }, Action: 'sts:AssumeRole' }
          ]
        })
      })
    )
  }
  return { orgId: String(Organization?.Id), managementAccountId: String(Organization?.MasterAccountId) }
}

/**
 * Credentials that act in another account, outside any organization (the management account of another
 * organization, say): moto issues them for any role ARN it is asked for, and keys their requests to it.
 * @param {{ endpoint: string, accountId: string }} options
 * @returns {Promise<{ accessKeyId: string, secretAccessKey: string, sessionToken: string }>}
 */
export async function accountCredentials({ endpoint, accountId }) {
  const { Credentials } = await clients({ endpoint }).sts.send(
    new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/seed`, RoleSessionName: 'seed' })
  )
  return {
    accessKeyId: String(Credentials?.AccessKeyId),
    secretAccessKey: String(Credentials?.SecretAccessKey),
    sessionToken: String(Credentials?.SessionToken)
  }
}

/**
 * A member account of the seeded organization (moto's Organizations CreateAccount), and credentials that
 * act in it: moto keys an assumed role's requests to the role's account.
 * @param {{ endpoint: string, region?: string, name?: string }} options
 * @returns {Promise<{ accountId: string, as: { accessKeyId: string, secretAccessKey: string, sessionToken: string } }>}
 */
export async function seedMemberAccount({ endpoint, region, name = 'log-archive' }) {
  const c = clients({ endpoint, region })
  const { CreateAccountStatus } = await c.organizations.send(
    new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` })
  )
  const accountId = String(CreateAccountStatus?.AccountId)
  const { Credentials } = await c.sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/OrganizationAccountAccessRole`,
      RoleSessionName: 'seed'
    })
  )
  return {
    accountId,
    as: {
      accessKeyId: String(Credentials?.AccessKeyId),
      secretAccessKey: String(Credentials?.SecretAccessKey),
      sessionToken: String(Credentials?.SessionToken)
    }
  }
}

/**
 * @param {{ endpoint: string, region?: string, bucket: string, policy?: object | string,
 *   as?: Parameters<typeof clients>[0]['as'] }} options
 */
export async function seedBucket({ endpoint, region = 'us-east-1', bucket, policy, as }) {
  const { s3 } = clients({ endpoint, region, ...(as ? { as } : {}) })
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      // us-east-1 is the one region S3 rejects as an explicit LocationConstraint.
      ...(region === 'us-east-1'
        ? {}
        : { CreateBucketConfiguration: { LocationConstraint: /** @type {any} */ (region) } })
    })
  )
  if (policy) {
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: bucket,
        Policy: typeof policy === 'string' ? policy : JSON.stringify(policy)
      })
    )
  }
}

/**
 * An IAM role GitHub OIDC can assume (moto does not evaluate the trust policy; it is there to look
 * like the real thing), plus the account's OIDC provider when it is missing.
 * @param {{ endpoint: string, region?: string, name?: string, sub?: string, audience?: string,
 *   as?: Parameters<typeof clients>[0]['as'] }} options
 * @returns {Promise<string>} the role ARN
 */
export async function seedRole({
  endpoint,
  region,
  name = 'org-trail-deployer',
  sub = 'repo:octo-org/octo-repo:*',
  audience = 'sts.amazonaws.com',
  as
}) {
  const c = clients({ endpoint, region, ...(as ? { as } : {}) })
  const { Account } = await c.sts.send(new GetCallerIdentityCommand({}))
  try {
    await c.iam.send(
      new CreateOpenIDConnectProviderCommand({
        Url: `https://${OIDC_HOST}`,
        ClientIDList: [audience],
        ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1']
      })
    )
  } catch (err) {
    if (!is(err, 'EntityAlreadyExistsException')) throw err
  }
  const { Role } = await c.iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${Account}:oidc-provider/${OIDC_HOST}` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { [`${OIDC_HOST}:aud`]: audience },
              StringLike: { [`${OIDC_HOST}:sub`]: sub }
            }
          }
        ]
      })
    })
  )
  return String(Role?.Arn)
}

/**
 * What AWS (moto) holds after a run.
 * @param {{ endpoint: string, region?: string, bucket?: string }} options
 */
export async function readState({ endpoint, region = 'us-east-1', bucket }) {
  const c = clients({ endpoint, region })
  const { trailList = [] } = await c.cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: true }))
  /** @type {Record<string, import('@aws-sdk/client-cloudtrail').GetTrailStatusCommandOutput>} */
  const statuses = {}
  for (const trail of trailList) {
    // Status is answered in the trail's home region.
    const home =
      trail.HomeRegion && trail.HomeRegion !== region
        ? clients({ endpoint, region: trail.HomeRegion }).cloudtrail
        : c.cloudtrail
    statuses[String(trail.Name)] = await home.send(new GetTrailStatusCommand({ Name: trail.TrailARN }))
  }

  let bucketPolicy = null
  if (bucket) {
    try {
      const { Policy } = await c.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))
      bucketPolicy = Policy ? JSON.parse(Policy) : null
    } catch (err) {
      if (!is(err, 'NoSuchBucketPolicy')) throw err
    }
  }

  let organization = null
  /** @type {string[] | null} null when the account is in no organization */
  let trustedServices = null
  try {
    organization = (await c.organizations.send(new DescribeOrganizationCommand({}))).Organization ?? null
    const { EnabledServicePrincipals = [] } = await c.organizations.send(
      new ListAWSServiceAccessForOrganizationCommand({})
    )
    trustedServices = EnabledServicePrincipals.map((p) => String(p.ServicePrincipal))
  } catch (err) {
    if (!is(err, 'AWSOrganizationsNotInUseException')) throw err
  }

  return { trails: trailList, statuses, bucketPolicy, organization, trustedServices }
}

/**
 * The bucket policy statements CloudTrail needs to deliver an organization trail's logs, written here for
 * the harness on its own (from AWS's "Amazon S3 bucket policy for CloudTrail"), not taken from the action:
 * GetBucketAcl on the bucket, PutObject on [prefix/]AWSLogs/MGMT/* and [prefix/]AWSLogs/ORG/*, each
 * scoped to the trail by aws:SourceArn. `incomplete` leaves the organization's path out.
 * @param {{ bucket: string, prefix?: string, trailArn: string, managementAccountId: string, orgId: string,
 *   incomplete?: boolean }} o
 */
export function cloudTrailBucketStatements({
  bucket,
  prefix = '',
  trailArn,
  managementAccountId,
  orgId,
  incomplete = false
}) {
  const p = prefix ? `${prefix}/` : ''
  const source = { 'aws:SourceArn': trailArn }
  const put = (/** @type {string} */ sid, /** @type {string} */ owner) => ({
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${bucket}/${p}AWSLogs/${owner}/*`,
    Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', ...source } }
  })
  return [
    {
      Sid: 'AWSCloudTrailAclCheck',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:GetBucketAcl',
      Resource: `arn:aws:s3:::${bucket}`,
      Condition: { StringEquals: source }
    },
    put('AWSCloudTrailWrite', managementAccountId),
    ...(incomplete ? [] : [put('AWSCloudTrailOrganizationWrite', orgId)])
  ]
}

/** A statement the Log Archive's owner put on its bucket, which every run must keep exactly. */
export const LOG_ARCHIVE_FOREIGN_STATEMENT = {
  Sid: 'LogArchiveReadOnlyAudit',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111111111111:root' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::BUCKET/*'
}

/**
 * The Log Archive layout (AWS Control Tower, the Landing Zone Accelerator): a member account of the seeded
 * organization that owns the trail's bucket and, with `key`, its KMS key, and a role there
 * (`org-trail-log-archive`) whose trust policy names the management account's role.
 * - `bucketPolicy`: 'correct' (CloudTrail's statements for this trail), 'incomplete' (the organization's
 *   path left out), 'none'; `foreignStatement` adds LOG_ARCHIVE_FOREIGN_STATEMENT (for this bucket).
 * - `bucket: null` creates no bucket (for `create-bucket: true`).
 * - `key`: a customer managed key in the Log Archive account whose policy lets its own account administer
 *   it and, with `keyPolicy: 'correct'`, CloudTrail use it for this trail and `keyReaders` (account ids)
 *   describe it; 'owner-only' is the default key policy.
 * - `rolePolicy`: the role's inline policy, when given.
 * @param {{ endpoint: string, region?: string, managementAccountId: string, orgId: string,
 *   managementRoleArn: string, trailName: string, bucket: string | null, prefix?: string,
 *   bucketPolicy?: 'correct' | 'incomplete' | 'none', foreignStatement?: boolean, key?: boolean,
 *   keyPolicy?: 'correct' | 'owner-only', keyReaders?: string[], roleName?: string, rolePolicy?: object,
 *   name?: string }} o
 * @returns {Promise<{ accountId: string, as: { accessKeyId: string, secretAccessKey: string, sessionToken: string },
 *   bucket: string | null, trailArn: string, keyArn: string | null, roleArn: string, foreignStatement: object | null }>}
 */
export async function seedLogArchive({
  endpoint,
  region = 'us-east-1',
  managementAccountId,
  orgId,
  managementRoleArn,
  trailName,
  bucket,
  prefix = '',
  bucketPolicy = 'correct',
  foreignStatement = true,
  key = false,
  keyPolicy = 'correct',
  keyReaders = [],
  roleName = 'org-trail-log-archive',
  rolePolicy,
  name = 'log-archive'
}) {
  const member = await seedMemberAccount({ endpoint, region, name })
  const c = clients({ endpoint, region, as: member.as })
  const trailArn = `arn:aws:cloudtrail:${region}:${managementAccountId}:trail/${trailName}`
  const foreign = bucket ? { ...LOG_ARCHIVE_FOREIGN_STATEMENT, Resource: `arn:aws:s3:::${bucket}/*` } : null
  if (bucket) {
    const statements = [
      ...(foreignStatement && foreign ? [foreign] : []),
      ...(bucketPolicy === 'none'
        ? []
        : cloudTrailBucketStatements({
            bucket,
            prefix,
            trailArn,
            managementAccountId,
            orgId,
            incomplete: bucketPolicy === 'incomplete'
          }))
    ]
    await seedBucket({
      endpoint,
      region,
      bucket,
      as: member.as,
      ...(statements.length ? { policy: { Version: '2012-10-17', Statement: statements } } : {})
    })
  }

  let keyArn = null
  if (key) {
    const { KeyMetadata } = await c.kms.send(new CreateKeyCommand({ Description: 'org-trail logs (Log Archive)' }))
    keyArn = String(KeyMetadata?.Arn)
    await c.kms.send(
      new PutKeyPolicyCommand({
        KeyId: String(KeyMetadata?.KeyId),
        PolicyName: 'default',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'EnableLogArchiveAdministration',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${member.accountId}:root` },
              Action: 'kms:*',
              Resource: '*'
            },
            ...(keyPolicy === 'correct'
              ? [
                  {
                    Sid: 'AllowCloudTrailEncrypt',
                    Effect: 'Allow',
                    Principal: { Service: 'cloudtrail.amazonaws.com' },
                    Action: 'kms:GenerateDataKey*',
                    Resource: '*',
                    Condition: {
                      StringEquals: { 'aws:SourceArn': trailArn },
                      StringLike: {
                        'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${managementAccountId}:trail/*`
                      }
                    }
                  },
                  {
                    Sid: 'AllowCloudTrailDescribe',
                    Effect: 'Allow',
                    Principal: { Service: 'cloudtrail.amazonaws.com' },
                    Action: 'kms:DescribeKey',
                    Resource: '*'
                  }
                ]
              : []),
            ...(keyReaders.length
              ? [
                  {
                    Sid: 'AllowManagementDescribe',
                    Effect: 'Allow',
                    Principal: { AWS: keyReaders.map((a) => `arn:aws:iam::${a}:root`) },
                    Action: 'kms:DescribeKey',
                    Resource: '*'
                  }
                ]
              : [])
          ]
        })
      })
    )
  }

  const { Role } = await c.iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: managementRoleArn }, Action: 'sts:AssumeRole' }]
      })
    })
  )
  if (rolePolicy) {
    await c.iam.send(
      new PutRolePolicyCommand({
        RoleName: roleName,
        PolicyName: 'org-trail-log-archive',
        PolicyDocument: JSON.stringify(rolePolicy)
      })
    )
  }
  return {
    accountId: member.accountId,
    as: member.as,
    bucket,
    trailArn,
    keyArn,
    roleArn: String(Role?.Arn),
    foreignStatement: foreign
  }
}

/**
 * A bucket of that name owned by an account outside the organization (a look-alike that would receive
 * the organization's logs), with a policy that would let CloudTrail write to it.
 * @param {{ endpoint: string, region?: string, bucket: string, accountId?: string, trailArn: string }} o
 * @returns {Promise<{ accountId: string }>}
 */
export async function seedLookalikeBucket({
  endpoint,
  region = 'us-east-1',
  bucket,
  accountId = '999999999999',
  trailArn
}) {
  const as = await accountCredentials({ endpoint, accountId })
  await seedBucket({
    endpoint,
    region,
    bucket,
    as,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'LookAlike',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: ['s3:GetBucketAcl', 's3:PutObject'],
          Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
          Condition: { StringEquals: { 'aws:SourceArn': trailArn } }
        }
      ]
    }
  })
  return { accountId }
}

/**
 * What the Log Archive account holds after a run: its bucket's policy (null when none, or no bucket), read
 * with its own credentials straight from moto.
 * @param {{ endpoint: string, region?: string, bucket: string, as: Parameters<typeof clients>[0]['as'] }} o
 */
export async function readLogArchive({ endpoint, region = 'us-east-1', bucket, as }) {
  const { s3 } = clients({ endpoint, region, ...(as ? { as } : {}) })
  try {
    const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))
    return { bucketPolicy: Policy ? JSON.parse(Policy) : null }
  } catch (err) {
    if (is(err, 'NoSuchBucketPolicy')) return { bucketPolicy: null }
    throw err
  }
}
