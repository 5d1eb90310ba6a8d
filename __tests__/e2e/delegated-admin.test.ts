// A delegated administrator, end to end, with two moto accounts: the management account and a member
// registered as CloudTrail's delegated administrator (the AWS layer answers the registration and the
// listing, which moto lacks, and keeps the organization trail in the management account, as AWS does).
import {
  CloudTrailClient,
  CreateTrailCommand,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  RegisterOrganizationDelegatedAdminCommand
} from '@aws-sdk/client-cloudtrail'
import { EnableAWSServiceAccessCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { credentials, seedBucket, seedMemberAccount, seedOrganization, seedRole } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  expectExit,
  findingsOf,
  run,
  useWorld,
  type World
} from '../support/harness.js'

const world = useWorld()

type Credentials = Awaited<ReturnType<typeof seedMemberAccount>>['as']

const cloudtrailAs = (w: World, as: Credentials | typeof credentials = credentials) =>
  new CloudTrailClient({ endpoint: w.moto.url, region: REGION, credentials: as, maxAttempts: 1 })

/**
 * The organization with trusted access for CloudTrail, and a member registered (through the AWS layer,
 * from the management account) as CloudTrail's delegated administrator, with the log bucket and the
 * role GitHub OIDC assumes in that member account.
 */
async function delegatedWorld(w: World) {
  const endpoint = w.moto.url
  const { orgId, managementAccountId } = await seedOrganization({ endpoint, region: REGION })
  await new OrganizationsClient({ endpoint, region: REGION, credentials }).send(
    new EnableAWSServiceAccessCommand({ ServicePrincipal: 'cloudtrail.amazonaws.com' })
  )
  const member = await seedMemberAccount({ endpoint, region: REGION })
  await new CloudTrailClient({ endpoint: w.proxy.url, region: REGION, credentials, maxAttempts: 1 }).send(
    new RegisterOrganizationDelegatedAdminCommand({ MemberAccountId: member.accountId })
  )
  await seedBucket({ endpoint, region: REGION, bucket: BUCKET, as: member.as })
  const roleArn = await seedRole({ endpoint, region: REGION, as: member.as })
  return { seeded: { orgId, managementAccountId, roleArn }, member }
}

const trailsOf = async (w: World, as?: Credentials) =>
  (await cloudtrailAs(w, as).send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList ?? []

describe('a delegated administrator', () => {
  it(
    'creates the organization trail in the management account, and never takes its own account trail of that name',
    async () => {
      const { seeded, member } = await delegatedWorld(world())
      // The administrator's own account trail, of the same name.
      const own = await cloudtrailAs(world(), member.as).send(
        new CreateTrailCommand({ Name: TRAIL, S3BucketName: BUCKET, IsMultiRegionTrail: true })
      )
      expect(own.TrailARN).toContain(`:${member.accountId}:`)

      const r = await run(world(), seeded)
      expectExit(r, 0)
      const orgArn = `arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`
      expect(r.outputs['trail-arn']).toBe(orgArn)
      expect(findingsOf(r).find((f) => f.id === 'caller.management-account')).toMatchObject({
        severity: 'ok',
        title: 'Caller is a delegated administrator for CloudTrail'
      })

      // The organization trail lives in the management account, logging.
      const managed = (await trailsOf(world())).find((t) => t.TrailARN === orgArn)
      expect(managed).toMatchObject({ IsOrganizationTrail: true, IsMultiRegionTrail: true, S3BucketName: BUCKET })
      expect((await cloudtrailAs(world()).send(new GetTrailStatusCommand({ Name: orgArn }))).IsLogging).toBe(true)
      // The administrator's own trail is as it was: an account trail.
      expect(await trailsOf(world(), member.as)).toEqual([
        expect.objectContaining({ TrailARN: own.TrailARN, IsOrganizationTrail: false })
      ])

      // And the next run changes nothing.
      const again = await run(world(), seeded)
      expectExit(again, 0)
      expect(again.stats.writes).toBe(0)
    },
    TEST_TIMEOUT
  )

  it(
    "is blocked before any write when the declaration would convert the management account's account trail",
    async () => {
      const { seeded } = await delegatedWorld(world())
      // The management account has an account trail of that name.
      await cloudtrailAs(world()).send(
        new CreateTrailCommand({ Name: TRAIL, S3BucketName: BUCKET, IsMultiRegionTrail: true })
      )

      const r = await run(world(), seeded)
      expectExit(r, 1)
      const f = findingsOf(r).find((x) => x.id === 'trail.organization-conversion')
      expect(f).toMatchObject({ severity: 'blocker' })
      expect(f?.remediation).toContain(`--is-organization-trail`)
      expect(r.stats.writes).toBe(0)
      expect((await trailsOf(world())).find((t) => t.Name === TRAIL)).toMatchObject({ IsOrganizationTrail: false })
    },
    TEST_TIMEOUT
  )
})
