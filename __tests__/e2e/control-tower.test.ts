// Issue 20, on an AWS Control Tower organization as landing zone 3.x sets it up (tools/control-tower.mjs):
// Control Tower already runs the organization trail aws-controltower-BaselineCloudTrail, its bucket belongs
// to the Log Archive account and its mandatory SCPs refuse any change of that bucket's policy, encryption,
// logging and lifecycle. What the action must do there ("Done when"): the README's Control Tower workflow,
// followed as written, creates no second organization trail; declaring a new organization trail beside
// Control Tower's is blocked (cloudtrail.other-organization-trail), and works with
// allow-second-organization-trail: true, as a warning; check mode on Control Tower's own trail reports its
// state with zero writes; apply on it makes zero writes and reports the differences with Control Tower's
// remedy.
import { StopLoggingCommand, UpdateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { CONTROL_TOWER_TRAIL } from '../../tools/control-tower.mjs'
import { clients } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  explainRun,
  findingsOf,
  run,
  useWorld,
  type Run,
  type World
} from '../support/harness.js'
import {
  controlTowerWorld,
  organizationTrails,
  readmeControlTowerInputs,
  seedNewTrailBucket,
  type ControlTower
} from '../support/control-tower.js'

const world = useWorld()

/** Workload accounts of the organization, beside the Log Archive and Audit accounts. */
const WORKLOADS = 3
/** The member accounts an organization trail records: every account but the management account. */
const MEMBERS = WORKLOADS + 2

/** The requests of a run that wrote to Control Tower's bucket, or tried to. */
const writesToBucket = (w: World, bucket: string) =>
  w.proxy.requests.filter((r) => r.write && r.service === 's3' && r.path.startsWith(`/${bucket}`))

/** The inputs that declare Control Tower's own trail, read through the Log Archive role. */
const controlTowerTrailInputs = (ct: ControlTower, extra: Record<string, string> = {}) => ({
  'trail-name': CONTROL_TOWER_TRAIL,
  's3-bucket-name': ct.bucket,
  's3-key-prefix': ct.prefix,
  'log-archive-role-arn': String(ct.logArchive.roleArn),
  ...extra
})

const otherTrailFinding = (r: Run) => (findingsOf(r) ?? []).find((f) => f.id === 'cloudtrail.other-organization-trail')

describe('on a Control Tower organization', () => {
  it(
    "the README's Control Tower workflow, followed as written, creates no second organization trail and never touches Control Tower's bucket",
    async () => {
      // A landing zone whose logs are encrypted with a KMS key; the roles are the ones the README's workflow
      // names (the check role, and its read-only counterpart in the Log Archive account).
      const { ct } = await controlTowerWorld(world(), {
        members: WORKLOADS,
        kmsKey: true,
        roleName: 'org-trail-check',
        logArchiveRoleName: 'org-trail-log-archive-check'
      })
      const inputs = readmeControlTowerInputs({
        managementAccountId: ct.managementAccountId,
        logArchiveAccountId: ct.logArchive.accountId,
        orgId: ct.orgId
      })
      // The README's example key is the landing zone's, when it names one.
      if (inputs['kms-key-id']) inputs['kms-key-id'] = String(ct.keyArn)
      const r = await run(world(), null, inputs)
      const detail = explainRun(r)

      expect(r.operations).not.toContain('cloudtrail:CreateTrail')
      expect((await organizationTrails(world())).map((t) => t.Name)).toEqual([CONTROL_TOWER_TRAIL])
      // The SCPs would refuse it; org-trail must not even try (and so never tell the user to add
      // s3:PutBucketPolicy to a role, which cannot help).
      expect(writesToBucket(world(), ct.bucket).map((q) => q.operation)).toEqual([])
      expect(r.annotations.map((a) => a.message).join('\n')).not.toMatch(/to the permission policy of the role/)
      // What it does instead: watch Control Tower's trail, or refuse the duplicate, naming it.
      const watched = r.outputs['trail-arn'] === ct.trailArn
      if (!watched) expect(otherTrailFinding(r)?.detail ?? detail).toContain(String(ct.trailArn))
    },
    TEST_TIMEOUT
  )

  it(
    "declaring a new organization trail beside Control Tower's is a blocker naming its ARN, bucket, prefix, manager and member count, with both ways forward; nothing is written",
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { members: WORKLOADS })
      await seedNewTrailBucket(world(), seeded)
      const r = await run(world(), seeded, { 'trail-name': 'org-trail', 's3-bucket-name': BUCKET })

      expect(r.code).toBe(1)
      const finding = otherTrailFinding(r)
      expect(finding).toMatchObject({ severity: 'blocker' })
      const text = `${finding?.title ?? ''}\n${finding?.detail ?? ''}`
      expect(text).toContain(String(ct.trailArn))
      expect(text).toContain(ct.bucket)
      expect(text).toContain(ct.prefix)
      expect(text).toMatch(/Control Tower/)
      expect(text).toMatch(new RegExp(`\\b${MEMBERS} (active )?member accounts?\\b`))
      expect(finding?.remediation).toContain(`trail-name: ${CONTROL_TOWER_TRAIL}`)
      expect(finding?.remediation).toContain('mode: check')
      expect(finding?.remediation).toContain('allow-second-organization-trail: true')
      // The old warning, and its advice to delete Control Tower's trail, are gone.
      expect(findingsOf(r).map((f) => f.id)).not.toContain('cloudtrail.duplicate-organization-trail')
      expect(JSON.stringify(findingsOf(r))).not.toContain('delete-trail')
      expect(r.stats.writes).toBe(0)
      expect((await organizationTrails(world())).map((t) => t.Name)).toEqual([CONTROL_TOWER_TRAIL])
    },
    TEST_TIMEOUT
  )

  it(
    'with allow-second-organization-trail: true the new trail is created, and the same facts stay a warning',
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { members: WORKLOADS })
      await seedNewTrailBucket(world(), seeded)
      const r = await run(world(), seeded, {
        'trail-name': 'org-trail',
        's3-bucket-name': BUCKET,
        'allow-second-organization-trail': 'true'
      })

      expect(r.code).toBe(0)
      expect(r.outputs.status).toBe('created')
      const finding = otherTrailFinding(r)
      expect(finding).toMatchObject({ severity: 'warning' })
      expect(finding?.detail).toContain(String(ct.trailArn))
      expect(finding?.detail).toMatch(/Control Tower/)
      expect((await organizationTrails(world())).map((t) => t.Name).sort()).toEqual([CONTROL_TOWER_TRAIL, 'org-trail'])
    },
    TEST_TIMEOUT
  )

  it(
    "check mode on Control Tower's own trail reports its state, managed by Control Tower, with zero writes",
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { members: WORKLOADS })
      const r = await run(world(), seeded, controlTowerTrailInputs(ct, { mode: 'check' }))

      expect(r.stats.writes).toBe(0)
      expect(r.code).toBe(0)
      expect(r.outputs['trail-arn']).toBe(ct.trailArn)
      expect(r.outputs['is-logging']).toBe('true')
      expect(findingsOf(r).filter((f) => f.severity === 'blocker' || f.severity === 'fixable')).toEqual([])
      // Its own trail is no "other" organization trail.
      expect(otherTrailFinding(r)?.severity ?? 'ok').toBe('ok')
      expect(r.summary).toMatch(/Control Tower/)
      // No advice to change Control Tower's trail by hand: its owner changes it in the landing zone settings.
      expect(r.summary).not.toContain(`update-trail --name ${String(ct.trailArn)}`)
    },
    TEST_TIMEOUT
  )

  it(
    "apply on Control Tower's drifted trail makes zero writes and reports each difference with Control Tower's remedy",
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { members: WORKLOADS })
      // Someone changed Control Tower's trail by hand: stopped, no log file validation.
      const { cloudtrail } = clients({ endpoint: world().moto.url, region: REGION })
      await cloudtrail.send(new UpdateTrailCommand({ Name: CONTROL_TOWER_TRAIL, EnableLogFileValidation: false }))
      await cloudtrail.send(new StopLoggingCommand({ Name: CONTROL_TOWER_TRAIL }))

      const r = await run(world(), seeded, controlTowerTrailInputs(ct))

      expect(r.stats.writes).toBe(0)
      expect(r.operations.filter((o) => /^cloudtrail:(UpdateTrail|StartLogging|AddTags|Put)/.test(o))).toEqual([])
      // It fails as check mode would on the same drift.
      expect(r.code).toBe(1)
      const differences = findingsOf(r).filter((f) => f.severity !== 'ok')
      expect(differences.map((f) => f.id)).toEqual(expect.arrayContaining(['cloudtrail.logging']))
      for (const f of differences) expect(`${f.detail}\n${f.remediation}`).toMatch(/Control Tower/)
      expect(differences.filter((f) => f.severity === 'fixable')).toEqual([])
      expect(r.summary).toMatch(/Control Tower/)
    },
    TEST_TIMEOUT
  )
})
