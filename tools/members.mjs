// Member accounts for the inventory's tests and benchmark, seeded straight into moto: Organizations
// CreateAccount makes the accounts; each account's role, bucket and trails are created in that account
// through moto's x-moto-account-id header (faster than assuming a role in each).
import { CreateAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand } from '@aws-sdk/client-cloudtrail'
import { credentials } from './seed.mjs'

/**
 * @template {{ middlewareStack: any }} C
 * @param {C} client @param {string} account
 * @returns {C} the client, acting in `account` on moto
 */
export function inAccount(client, account) {
  client.middlewareStack.add(
    (/** @type {any} */ next) => (/** @type {any} */ args) => {
      args.request.headers['x-moto-account-id'] = account
      return next(args)
    },
    { step: 'build', name: 'motoAccount' }
  )
  return client
}

/** @param {{ endpoint: string, region?: string, account: string }} o */
function accountClients({ endpoint, region = 'us-east-1', account }) {
  const config = { endpoint, region, credentials }
  return {
    iam: inAccount(new IAMClient(config), account),
    s3: inAccount(new S3Client({ ...config, forcePathStyle: true }), account),
    cloudtrail: inAccount(new CloudTrailClient(config), account)
  }
}

/**
 * Runs `work` on each item, `size` at a time.
 * @template T, R @param {T[]} items @param {number} size @param {(item: T, index: number) => Promise<R>} work
 * @returns {Promise<R[]>}
 */
export async function inPool(items, size, work) {
  const results = /** @type {R[]} */ (new Array(items.length))
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(/** @type {T} */ (items[index]), index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}

/**
 * Creates `count` member accounts in the caller's organization (moto completes CreateAccount at once).
 * @param {{ endpoint: string, region?: string, count: number, concurrency?: number, prefix?: string }} o
 * @returns {Promise<{ id: string, name: string }[]>}
 */
export async function seedMemberAccounts({
  endpoint,
  region = 'us-east-1',
  count,
  concurrency = 32,
  prefix = 'member'
}) {
  const organizations = new OrganizationsClient({ endpoint, region, credentials })
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`)
  return inPool(names, concurrency, async (name) => {
    const out = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))
    const id = out.CreateAccountStatus?.AccountId
    if (!id) throw new Error(`CreateAccount ${name} returned no account id`)
    return { id, name }
  })
}

/**
 * The member role in one account: trusted by `trustedAccount`, with `policy` inline when given (what moto's
 * IAM enforcement checks the member session against).
 * @param {{ endpoint: string, region?: string, account: string, roleName: string, trustedAccount: string, policy?: object }} o
 */
export async function seedMemberRole({ endpoint, region, account, roleName, trustedAccount, policy }) {
  const { iam } = accountClients({ endpoint, region, account })
  await iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${trustedAccount}:root` }, Action: 'sts:AssumeRole' }
        ]
      })
    })
  )
  if (policy)
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: roleName,
        PolicyName: 'org-trail-inventory',
        PolicyDocument: JSON.stringify(policy)
      })
    )
}

/**
 * @typedef {{ name: string, region?: string, multiRegion?: boolean, managementEvents?: boolean }} MemberTrailSeed
 * Trails of one account, each with its own bucket in the account (moto wants the bucket in the trail's
 * account). managementEvents false: a data-events-only selector.
 * @param {{ endpoint: string, account: string, trails: MemberTrailSeed[] }} o
 */
export async function seedMemberTrails({ endpoint, account, trails }) {
  for (const t of trails) {
    const region = t.region ?? 'us-east-1'
    const { s3, cloudtrail } = accountClients({ endpoint, region, account })
    const bucket = `trail-${account}-${t.name}`.toLowerCase().slice(0, 63)
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: /** @type {any} */ (region) } })
      })
    )
    await cloudtrail.send(
      new CreateTrailCommand({
        Name: t.name,
        S3BucketName: bucket,
        IsMultiRegionTrail: t.multiRegion ?? false,
        IncludeGlobalServiceEvents: t.multiRegion ?? false
      })
    )
    if (t.managementEvents === false)
      await cloudtrail.send(
        new PutEventSelectorsCommand({
          TrailName: t.name,
          EventSelectors: [
            {
              ReadWriteType: 'All',
              IncludeManagementEvents: false,
              DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${bucket}/`] }]
            }
          ]
        })
      )
  }
}
