// The Log Archive layout without log-archive-role-arn (issue 12): the trail's bucket and key belong to
// another account of the organization, which the action cannot write to. The bucket is recognised as
// another account's (S3 answers its policy with 405 there), never a blocker by itself: check shows the
// statements CloudTrail needs, apply lets CloudTrail judge the owner's policy and, when CloudTrail refuses
// it, fails saying where and what to add. What must stay in the trail's account is checked before any request.
import { PutBucketPolicyCommand } from '@aws-sdk/client-s3'
import { clients } from '../../tools/seed.mjs'
import { REGION, STATIC_CREDENTIALS, TEST_TIMEOUT, expectExit, findingsOf, run, useWorld } from '../support/harness.js'
import {
  ARCHIVE_BUCKET,
  archiveInputs,
  archiveStatements,
  jsonIn,
  logArchiveWorld,
  managementTrail
} from '../support/log-archive.js'

const world = useWorld()

describe('a bucket in the Log Archive account, without log-archive-role-arn', () => {
  it(
    'check: a warning with the statements to add in the owning account, no blocker, no write; pasted there, they let apply create the trail',
    async () => {
      const { seeded, archive, trailArn } = await logArchiveWorld(world(), {
        bucketPolicy: 'none',
        foreignStatement: false
      })
      const check = await run(world(), seeded, archiveInputs(archive, {}, { mode: 'check' }))
      expect(check.stats.writes).toBe(0)
      expect(check.outputs.status).not.toBe('blocked')
      const findings = findingsOf(check)
      expect(findings.filter((f) => f.severity === 'blocker')).toEqual([])
      expect(findings.find((f) => f.id === 's3.bucket-owner')).toMatchObject({
        severity: 'warning',
        detail: expect.stringContaining('owned by another account') as string
      })
      const policy = findings.find((f) => f.id === 's3.bucket-policy')
      expect(policy).toMatchObject({
        severity: 'warning',
        detail: expect.stringContaining('must be added in the account that owns the bucket') as string
      })
      const document = jsonIn(policy?.remediation)
      expect(document.Statement.map((s) => s.Sid).sort()).toEqual(['OrgTrailAclCheck', 'OrgTrailWrite'])
      const text = JSON.stringify(document)
      for (const needle of [`arn:aws:s3:::${ARCHIVE_BUCKET}`, trailArn, `AWSLogs/${seeded.orgId}/*`])
        expect(text).toContain(needle)
      // Nothing was written anywhere.
      expect(await archiveStatements(world(), archive)).toEqual([])
      expect((await managementTrail(world())).trail).toBeNull()

      // The owner pastes the statements as they are; CloudTrail (the AWS layer's check) accepts them.
      await clients({ endpoint: world().moto.url, region: REGION, as: archive.as }).s3.send(
        new PutBucketPolicyCommand({ Bucket: ARCHIVE_BUCKET, Policy: JSON.stringify(document) })
      )
      const apply = await run(world(), seeded, archiveInputs(archive))
      expectExit(apply, 0)
      expect(apply.outputs.status).toBe('created')
    },
    TEST_TIMEOUT * 2
  )

  it(
    "apply: the owner's policy is right, so the trail is created and logging, and nothing is written in the Log Archive account",
    async () => {
      const { seeded, archive } = await logArchiveWorld(world())
      const before = await archiveStatements(world(), archive)
      const r = await run(world(), seeded, archiveInputs(archive))
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expect(findingsOf(r).filter((f) => f.severity === 'blocker')).toEqual([])
      const { trail, isLogging } = await managementTrail(world())
      expect(trail).toMatchObject({ S3BucketName: ARCHIVE_BUCKET, IsOrganizationTrail: true })
      expect(isLogging).toBe(true)
      expect(r.stats.acceptedByOperation.PutBucketPolicy).toBeUndefined()
      expect(await archiveStatements(world(), archive)).toEqual(before)
    },
    TEST_TIMEOUT
  )

  it(
    "apply: the owner's policy lacks the organization's path, so CloudTrail refuses; the failure names the owner, shows the statements and the writes already done",
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { bucketPolicy: 'incomplete' })
      const before = await archiveStatements(world(), archive)
      const r = await run(world(), seeded, archiveInputs(archive))
      expectExit(r, 1)
      const error = r.annotations.find((a) => a.level === 'error' && a.title)
      expect(error?.title).toBe('Bucket policy in another account does not let CloudTrail write')
      expect(error?.message).toContain(`the account that owns bucket ${ARCHIVE_BUCKET}`)
      expect(error?.message).toContain(`AWSLogs/${seeded.orgId}/*`)
      expect(jsonIn(error?.message).Statement.map((s) => s.Sid)).toEqual(
        expect.arrayContaining(['OrgTrailAclCheck', 'OrgTrailWrite'])
      )
      // Trusted access was enabled before CloudTrail refused: the message says so.
      expect(error?.message).toContain('Done before the failure')
      expect(error?.message).toContain('Trusted access for cloudtrail.amazonaws.com')
      expect(r.stats.byOperation.CreateTrail).toBeGreaterThan(0)
      const { trail, trustedServices } = await managementTrail(world())
      expect(trail).toBeNull()
      expect(trustedServices).toContain('cloudtrail.amazonaws.com')
      expect(await archiveStatements(world(), archive)).toEqual(before)
    },
    TEST_TIMEOUT
  )
})

describe('a CloudWatch Logs group or role of another account', () => {
  it(
    'is an input error, before any request, when role-to-assume says which account the trail belongs to',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world())
      const r = await run(
        world(),
        seeded,
        archiveInputs(
          archive,
          {},
          {
            'cloud-watch-logs-log-group-arn': `arn:aws:logs:${REGION}:${archive.accountId}:log-group:org-trail:*`,
            'cloud-watch-logs-role-arn': `arn:aws:iam::${archive.accountId}:role/org-trail-cloudwatch`
          }
        )
      )
      expectExit(r, 1)
      expect(r.stats.total).toBe(0)
      expect(r.tokenRequests).toBe(0)
      const errors = r.annotations.filter((a) => a.level === 'error')
      for (const input of ['cloud-watch-logs-log-group-arn', 'cloud-watch-logs-role-arn']) {
        const onInput = errors.find((a) => a.title === `Invalid input: ${input}`)
        expect(onInput?.message).toContain('must belong to the account of role-to-assume')
        expect(onInput?.message).toContain(archive.accountId)
        expect(onInput?.message).toContain(seeded.managementAccountId)
      }
    },
    TEST_TIMEOUT
  )

  it(
    'is a blocker when the account is learnt only from the credentials (no role-to-assume)',
    async () => {
      const { archive } = await logArchiveWorld(world())
      const r = await run(
        world(),
        null,
        archiveInputs(
          archive,
          {},
          {
            mode: 'check',
            'cloud-watch-logs-log-group-arn': `arn:aws:logs:${REGION}:${archive.accountId}:log-group:org-trail:*`,
            'cloud-watch-logs-role-arn': `arn:aws:iam::${archive.accountId}:role/org-trail-cloudwatch`
          }
        ),
        { env: STATIC_CREDENTIALS }
      )
      expectExit(r, 1)
      expect(findingsOf(r).find((f) => f.id === 'logs.account')).toMatchObject({ severity: 'blocker' })
      expect(r.stats.writes).toBe(0)
      expect((await managementTrail(world())).trail).toBeNull()
    },
    TEST_TIMEOUT
  )
})
