// The action, end to end: a fresh organization gets its trail, and the next run changes nothing.
import {
  BUCKET,
  FOREIGN_STATEMENT,
  REGION,
  STATIC_CREDENTIALS,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  expectExit,
  run,
  seed,
  trailState,
  useWorld
} from '../support/harness.js'

const world = useWorld()

describe('apply on a fresh organization', () => {
  it(
    'creates the trail, starts logging, enables trusted access and keeps the foreign bucket statement',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded)
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')

      const trailArn = `arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`
      const s = await trailState(world())
      expect(s.trail).toMatchObject({
        Name: TRAIL,
        TrailARN: trailArn,
        HomeRegion: REGION,
        S3BucketName: BUCKET,
        IsOrganizationTrail: true,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        LogFileValidationEnabled: true
      })
      expect(s.isLogging).toBe(true)
      expect(s.trustedServices).toContain('cloudtrail.amazonaws.com')

      // The statement the action does not own is kept exactly; its own two are added beside it.
      const statements = s.bucketPolicy.Statement as { Sid?: string }[]
      expect(statements.filter((st) => st.Sid === FOREIGN_STATEMENT.Sid)).toEqual([FOREIGN_STATEMENT])
      expect(statements.map((st) => st.Sid).sort()).toEqual([
        'DenyInsecureTransport',
        'OrgTrailAclCheck',
        'OrgTrailWrite'
      ])

      expect(r.outputs['trail-arn']).toBe(trailArn)
      expect(r.outputs['home-region']).toBe(REGION)
      expect(r.outputs['is-logging']).toBe('true')
      const whats = changesOf(r).map((c) => c.what)
      expect(whats).toEqual(
        expect.arrayContaining([
          'Trusted access for cloudtrail.amazonaws.com',
          `Policy of bucket ${BUCKET}`,
          `Trail ${TRAIL} in ${REGION}`,
          `Logging of trail ${TRAIL}`
        ])
      )
      for (const c of changesOf(r)) expect(Object.keys(c).sort()).toEqual(['after', 'before', 'what'])

      // AWS accepted each of those writes once (it may have refused an attempt: propagation, conflicts).
      expect(r.stats.acceptedByOperation).toMatchObject({
        EnableAWSServiceAccess: 1,
        PutBucketPolicy: 1,
        CreateTrail: 1,
        StartLogging: 1
      })

      // The summary: the trail table, the prerequisites, the changes made.
      expect(r.summary).toContain('🟢 created')
      expect(r.summary).toMatch(/### Trail\n\n\| Setting \| Value \|/)
      expect(r.summary).toContain(`| ARN | \`${trailArn}\` |`)
      expect(r.summary).toContain('| Logging | ✅ logging |')
      expect(r.summary).toContain('### Prerequisites')
      expect(r.summary).toContain('`organization.trusted-access`')
      expect(r.summary).toMatch(/### Changes made \(\d+\)/)
      expect(r.summary).toContain('| Trusted access for cloudtrail.amazonaws.com | disabled | enabled |')
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([])
    },
    TEST_TIMEOUT
  )

  it(
    'a second run reports unchanged and sends no write request',
    async () => {
      const seeded = await seed(world())
      const first = await run(world(), seeded)
      expectExit(first, 0)

      const second = await run(world(), seeded)
      expectExit(second, 0)
      expect(second.outputs.status).toBe('unchanged')
      expect(second.stats.writes).toBe(0)
      expect(second.stats.total).toBeGreaterThan(0)
      expect(changesOf(second)).toEqual([])
      expect(second.outputs['is-logging']).toBe('true')
      expect(second.summary).toContain('🟢 unchanged')
      expect(second.summary).toContain('Everything already matched the declaration: no write was made.')
      expect(second.summary).not.toContain('### Changes')

      // Still exactly one trail, still the same bucket policy.
      const s = await trailState(world())
      expect(s.trails).toHaveLength(1)
      expect((s.bucketPolicy.Statement as unknown[]).length).toBe(3)
    },
    TEST_TIMEOUT
  )

  it(
    'uses the default credential chain when role-to-assume is empty',
    async () => {
      const seeded = await seed(world())
      const r = await run(
        world(),
        null,
        { 'role-to-assume': '' },
        {
          env: {
            ...STATIC_CREDENTIALS,
            ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
          }
        }
      )
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expect(r.outputs['trail-arn']).toBe(`arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`)
      expect(r.tokenRequests).toBe(0)
      expect(r.operations).not.toContain('sts:AssumeRoleWithWebIdentity')
      expect(r.operations).toContain('sts:GetCallerIdentity')
      expect((await trailState(world())).isLogging).toBe(true)
    },
    TEST_TIMEOUT
  )
})
