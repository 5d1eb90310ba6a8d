// Issue 20, on a Landing Zone Accelerator organization (tools/landing-zone-accelerator.mjs): LZA runs its own
// organization trail, AWSAccelerator-Organizations-CloudTrail (tag Accelerator=AWSAccelerator), into the
// central logs bucket of the Log Archive account. Declaring a new organization trail beside it is blocked
// (cloudtrail.other-organization-trail, manager "Landing Zone Accelerator", recognized by its name prefix and
// tags) unless allow-second-organization-trail: true; watching LZA's trail in check mode writes nothing; apply
// on it writes nothing and points each difference to LZA's global-config.yaml.
import { StopLoggingCommand } from '@aws-sdk/client-cloudtrail'
import { LZA_TRAIL_PREFIX } from '../../tools/landing-zone-accelerator.mjs'
import { clients } from '../../tools/seed.mjs'
import { BUCKET, REGION, TEST_TIMEOUT, findingsOf, run, useWorld, type Run } from '../support/harness.js'
import { acceleratorWorld, organizationTrails, seedNewTrailBucket, type Accelerator } from '../support/control-tower.js'

const world = useWorld()

const WORKLOADS = 2
/** Every account but the management account: the Log Archive, the Audit and the workload accounts. */
const MEMBERS = WORKLOADS + 2
const LZA = /Landing Zone Accelerator|\bLZA\b/

const otherTrailFinding = (r: Run) => (findingsOf(r) ?? []).find((f) => f.id === 'cloudtrail.other-organization-trail')

/** The inputs that declare LZA's own trail, read through the Log Archive role. */
const acceleratorTrailInputs = (lza: Accelerator, extra: Record<string, string> = {}) => ({
  'trail-name': lza.trailName,
  's3-bucket-name': lza.bucket,
  's3-key-prefix': lza.prefix,
  'kms-key-id': lza.keyArn,
  'log-archive-role-arn': String(lza.logArchive.roleArn),
  ...extra
})

describe('on a Landing Zone Accelerator organization', () => {
  it(
    "declaring a new organization trail beside LZA's is a blocker naming it, its bucket, prefix, manager and member count",
    async () => {
      const { seeded, lza } = await acceleratorWorld(world(), { members: WORKLOADS })
      await seedNewTrailBucket(world(), seeded)
      const r = await run(world(), seeded, { 'trail-name': 'org-trail', 's3-bucket-name': BUCKET })

      expect(r.code).toBe(1)
      const finding = otherTrailFinding(r)
      expect(finding).toMatchObject({ severity: 'blocker' })
      const text = `${finding?.title ?? ''}\n${finding?.detail ?? ''}`
      expect(text).toContain(lza.trailArn)
      expect(text).toContain(lza.bucket)
      expect(text).toContain(LZA_TRAIL_PREFIX)
      expect(text).toMatch(LZA)
      expect(text).toMatch(new RegExp(`\\b${MEMBERS} (active )?member accounts?\\b`))
      expect(finding?.remediation).toContain('allow-second-organization-trail: true')
      expect(r.stats.writes).toBe(0)
      expect((await organizationTrails(world())).map((t) => t.Name)).toEqual([lza.trailName])
    },
    TEST_TIMEOUT
  )

  it(
    "check mode on LZA's own trail writes nothing and says LZA manages it",
    async () => {
      const { seeded, lza } = await acceleratorWorld(world(), { members: WORKLOADS })
      const r = await run(world(), seeded, acceleratorTrailInputs(lza, { mode: 'check' }))

      expect(r.stats.writes).toBe(0)
      expect(r.outputs['trail-arn']).toBe(lza.trailArn)
      expect(otherTrailFinding(r)?.severity ?? 'ok').toBe('ok')
      expect(r.summary).toMatch(LZA)
    },
    TEST_TIMEOUT
  )

  it(
    "apply on LZA's stopped trail writes nothing, and its remedy is LZA's global-config.yaml",
    async () => {
      const { seeded, lza } = await acceleratorWorld(world(), { members: WORKLOADS })
      await clients({ endpoint: world().moto.url, region: REGION }).cloudtrail.send(
        new StopLoggingCommand({ Name: lza.trailArn })
      )
      const r = await run(world(), seeded, acceleratorTrailInputs(lza))

      expect(r.stats.writes).toBe(0)
      expect(r.code).toBe(1)
      const logging = findingsOf(r)?.find((f) => f.id === 'cloudtrail.logging')
      expect(logging?.severity).not.toBe('ok')
      expect(`${logging?.detail ?? ''}\n${logging?.remediation ?? ''}`).toContain('global-config.yaml')
      expect(r.summary).toMatch(LZA)
    },
    TEST_TIMEOUT
  )
})
