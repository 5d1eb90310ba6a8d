// The Log Archive layout with log-archive-role-arn (issue 12): the action assumes the role in the account
// that owns the bucket (and the key), from the management session (a chained session: one hour at most),
// and reads, merges and writes the policies there with the same guarantees as in its own account. Every S3
// request of that session names the Log Archive account as the expected owner, so a bucket of that name
// owned by anyone else is refused.
import { GetBucketEncryptionCommand, GetPublicAccessBlockCommand } from '@aws-sdk/client-s3'
import { clients, seedLookalikeBucket } from '../../tools/seed.mjs'
import { REGION, TEST_TIMEOUT, changesOf, expectExit, findingsOf, run, useWorld } from '../support/harness.js'
import {
  ARCHIVE_BUCKET,
  jsonIn,
  archiveInputs,
  archiveKeyStatements,
  archiveStatements,
  bucketsOf,
  logArchiveWorld,
  managementTrail
} from '../support/log-archive.js'

const world = useWorld()

/** Changes made through the Log Archive session, as the changes output marks them. */
const throughLogArchive = (r: Parameters<typeof changesOf>[0]) =>
  (changesOf(r) as (ReturnType<typeof changesOf>[number] & { logArchive?: boolean })[]).filter(
    (c) => c.logArchive === true
  )

describe('with log-archive-role-arn', () => {
  it(
    'apply merges CloudTrail’s statements into the Log Archive bucket’s policy, keeping the foreign statement; the rerun writes nothing',
    async () => {
      const { seeded, archive, trailArn } = await logArchiveWorld(world(), { bucketPolicy: 'none' })
      const r = await run(world(), seeded, archiveInputs(archive, { role: true }))
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      // The role was assumed from the management session.
      expect(r.operations).toContain('sts:AssumeRole')

      const statements = await archiveStatements(world(), archive)
      expect(statements.filter((s) => s.Sid === 'LogArchiveReadOnlyAudit')).toEqual([archive.foreignStatement])
      expect(statements.map((s) => s.Sid).sort()).toEqual([
        'LogArchiveReadOnlyAudit',
        'OrgTrailAclCheck',
        'OrgTrailWrite'
      ])
      const text = JSON.stringify(statements)
      expect(text).toContain(trailArn)
      expect(text).toContain(`AWSLogs/${seeded.orgId}/*`)
      expect(throughLogArchive(r).map((c) => c.what)).toContain(`Policy of bucket ${ARCHIVE_BUCKET}`)
      expect(r.stats.acceptedByOperation.PutBucketPolicy).toBe(1)
      const { trail, isLogging } = await managementTrail(world())
      expect(trail).toMatchObject({ S3BucketName: ARCHIVE_BUCKET, IsOrganizationTrail: true })
      expect(isLogging).toBe(true)
      // The trail's account holds no bucket of that name.
      expect(await bucketsOf(world())).not.toContain(ARCHIVE_BUCKET)

      const again = await run(world(), seeded, archiveInputs(archive, { role: true }))
      expectExit(again, 0)
      expect(again.outputs.status).toBe('unchanged')
      expect(again.stats.writes).toBe(0)
      expect(await archiveStatements(world(), archive)).toEqual(statements)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'check makes no write in either account, and says what apply would change there; a longer role-duration-seconds is capped for the chained session',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { bucketPolicy: 'none' })
      const before = await archiveStatements(world(), archive)
      const r = await run(
        world(),
        seeded,
        archiveInputs(archive, { role: true }, { mode: 'check', 'role-duration-seconds': '7200' })
      )
      expect(r.stats.writes).toBe(0)
      expect(r.operations).toContain('sts:AssumeRole')
      // The chained session was not refused (the AWS layer refuses more than an hour, as STS does).
      expect(r.annotations.map((a) => a.message).join('\n')).not.toContain('DurationSeconds')
      const findings = findingsOf(r)
      expect(findings.find((f) => f.id === 's3.bucket-owner')).toMatchObject({
        severity: 'ok',
        detail: expect.stringContaining(archive.accountId) as string
      })
      expect(findings.find((f) => f.id === 's3.bucket-policy')).toMatchObject({ severity: 'fixable' })
      expect(findings.filter((f) => f.severity === 'blocker')).toEqual([])
      expect(await archiveStatements(world(), archive)).toEqual(before)
      expect((await managementTrail(world())).trail).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'create-bucket: true creates the hardened bucket in the Log Archive account',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { bucket: null })
      const r = await run(world(), seeded, archiveInputs(archive, { role: true }, { 'create-bucket': 'true' }))
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expect(await bucketsOf(world(), archive.as)).toContain(ARCHIVE_BUCKET)
      expect(await bucketsOf(world())).not.toContain(ARCHIVE_BUCKET)
      const { s3 } = clients({ endpoint: world().moto.url, region: REGION, as: archive.as })
      const block = await s3.send(new GetPublicAccessBlockCommand({ Bucket: ARCHIVE_BUCKET }))
      expect(block.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true
      })
      const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: ARCHIVE_BUCKET }))
      expect(encryption.ServerSideEncryptionConfiguration?.Rules?.length).toBeGreaterThan(0)
      expect((await archiveStatements(world(), archive)).map((s) => s.Sid)).toEqual(
        expect.arrayContaining(['OrgTrailAclCheck', 'OrgTrailWrite'])
      )
      expect(throughLogArchive(r).length).toBeGreaterThan(0)
      expect((await managementTrail(world())).trail).toMatchObject({ S3BucketName: ARCHIVE_BUCKET })
    },
    TEST_TIMEOUT
  )

  it(
    'a KMS key in the Log Archive account: its policy is merged there (manage-kms-key-policy) and the trail encrypts with it',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { key: true, keyPolicy: 'owner-only' })
      const before = await archiveKeyStatements(world(), archive)
      const r = await run(
        world(),
        seeded,
        archiveInputs(
          archive,
          { role: true },
          { 'kms-key-id': String(archive.keyArn), 'manage-kms-key-policy': 'true' }
        )
      )
      expectExit(r, 0)
      const after = await archiveKeyStatements(world(), archive)
      // The owner's statement is kept exactly; CloudTrail may now generate data keys for this trail.
      expect(after).toEqual(expect.arrayContaining(before))
      expect(
        after.some(
          (s) =>
            s.Effect === 'Allow' &&
            JSON.stringify(s.Principal).includes('cloudtrail.amazonaws.com') &&
            [s.Action ?? []].flat().some((a) => a === 'kms:GenerateDataKey*')
        )
      ).toBe(true)
      expect((await managementTrail(world())).trail).toMatchObject({ KmsKeyId: archive.keyArn })
    },
    TEST_TIMEOUT
  )

  it(
    'a look-alike bucket of that name owned by a third account is refused before any write',
    async () => {
      const { seeded, archive, trailArn } = await logArchiveWorld(world(), { bucket: null })
      const lookalike = await seedLookalikeBucket({
        endpoint: world().moto.url,
        region: REGION,
        bucket: ARCHIVE_BUCKET,
        trailArn
      })
      const r = await run(world(), seeded, archiveInputs(archive, { role: true }))
      expectExit(r, 1)
      const owner = findingsOf(r).find((f) => f.id === 's3.bucket-owner')
      expect(owner).toMatchObject({
        severity: 'blocker',
        detail: expect.stringContaining('not owned by the Log Archive account') as string
      })
      expect(owner?.detail).toContain(archive.accountId)
      expect(r.stats.writes).toBe(0)
      expect((await managementTrail(world())).trail).toBeNull()
      expect(lookalike.accountId).not.toBe(archive.accountId)
    },
    TEST_TIMEOUT
  )
})

describe('a KMS key in the Log Archive account, without log-archive-role-arn', () => {
  it(
    'whose policy lets CloudTrail in and the management account describe it: the trail is created with it, the key policy untouched',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { key: true, keyReadersManagement: true })
      const before = await archiveKeyStatements(world(), archive)
      const r = await run(world(), seeded, archiveInputs(archive, {}, { 'kms-key-id': String(archive.keyArn) }))
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expect(findingsOf(r).filter((f) => f.severity === 'blocker')).toEqual([])
      expect((await managementTrail(world())).trail).toMatchObject({ KmsKeyId: archive.keyArn })
      expect(r.stats.acceptedByOperation.PutKeyPolicy).toBeUndefined()
      expect(await archiveKeyStatements(world(), archive)).toEqual(before)
    },
    TEST_TIMEOUT
  )

  it(
    'whose policy knows neither: check warns with the statements to add in that account; apply fails saying so when CloudTrail refuses',
    async () => {
      const { seeded, archive } = await logArchiveWorld(world(), { key: true, keyPolicy: 'owner-only' })
      const inputs = archiveInputs(archive, {}, { 'kms-key-id': String(archive.keyArn) })
      const check = await run(world(), seeded, { ...inputs, mode: 'check' })
      expect(check.stats.writes).toBe(0)
      const findings = findingsOf(check)
      expect(findings.filter((f) => f.severity === 'blocker')).toEqual([])
      expect(findings.find((f) => f.id === 'kms.key')).toMatchObject({
        severity: 'warning',
        detail: expect.stringContaining(`owned by account ${archive.accountId}`) as string
      })
      const keyPolicy = findings.find((f) => f.id === 'kms.key-policy')
      expect(keyPolicy).toMatchObject({
        severity: 'warning',
        detail: expect.stringContaining(`must be added in account ${archive.accountId}`) as string
      })
      expect(JSON.stringify(jsonIn(keyPolicy?.remediation))).toContain('kms:GenerateDataKey*')
      // KMS refuses key policies across accounts: the action does not even ask.
      expect(check.stats.byOperation.GetKeyPolicy).toBeUndefined()

      const apply = await run(world(), seeded, inputs)
      expectExit(apply, 1)
      const error = apply.annotations.find((a) => a.level === 'error' && a.title)
      expect(error?.title).toBe('Key policy in another account does not let CloudTrail encrypt')
      expect(error?.message).toContain(`account ${archive.accountId}`)
      expect(error?.message).toContain('kms:GenerateDataKey*')
      expect((await managementTrail(world())).trail).toBeNull()
    },
    TEST_TIMEOUT * 2
  )
})
