// Issue 21, items 4, 6, 8 and 9: the trail itself, as CloudTrail rules it (tools/aws/trail-limit.mjs,
// organization-access.mjs, tag-limit.mjs). These tests say what the action should do; they fail until it
// does. Every propagation window is closed here unless a test opens one, so that each fails for its own reason.
import { AddTagsCommand, CloudTrailClient, CreateTrailCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail'
import { credentials } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  explainRun,
  expectExit,
  findingsOf,
  run,
  seed,
  trailState,
  useWorld,
  type World
} from '../support/harness.js'
import { answeredBy, layerSettings, setPropagationWindows, expectStatus } from '../support/fidelity.js'
import { trailArnOf } from '../support/reliability.js'

const world = useWorld()
beforeEach(() => setPropagationWindows(world(), 0))

const cloudtrail = (w: World, region = REGION) => new CloudTrailClient({ endpoint: w.moto.url, region, credentials })

const findingOf = (r: Awaited<ReturnType<typeof run>>, id: string) => {
  const f = findingsOf(r).find((x) => x.id === id)
  if (!f) throw new Error(`no ${id} finding\n${explainRun(r)}`)
  return f
}

describe('issue 21 item 4: a multi-region trail counts toward the five-trail limit in every region', () => {
  it(
    'three trails homed here and two multi-region trails homed elsewhere: blocked before CreateTrail, the five trails listed',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const homed = ['audit-a', 'audit-b', 'audit-c']
      const shadows = ['global-a', 'global-b']
      for (const Name of homed) await cloudtrail(w).send(new CreateTrailCommand({ Name, S3BucketName: BUCKET }))
      for (const Name of shadows)
        await cloudtrail(w, 'us-west-2').send(
          new CreateTrailCommand({ Name, S3BucketName: BUCKET, IsMultiRegionTrail: true })
        )

      const r = await run(w, seeded)
      expectExit(r, 1)
      expectStatus(r, 'blocked')
      const limit = findingOf(r, 'cloudtrail.trail-limit')
      expect(limit.severity).toBe('blocker')
      for (const name of [...homed, ...shadows]) expect(limit.detail).toContain(name)
      expect(r.stats.byOperation.CreateTrail).toBeUndefined()
      expect(r.stats.writes).toBe(0)
    },
    TEST_TIMEOUT
  )
})

describe('issue 21 item 6: CloudTrail sees trusted access and its service-linked role only a while after they are made', () => {
  it(
    'a fresh organization: apply enables trusted access, waits (bounded) while CloudTrail answers InsufficientDependencyServiceAccessPermissionException, and creates the trail',
    async () => {
      const w = world()
      const seeded = await seed(w)
      // Longer than the action's first wait for a policy it wrote, so that only a wait for CloudTrail's
      // organization access gets past it.
      layerSettings(w, 'organization-access').windowMs = 6000
      const r = await run(w, seeded)
      expect(answeredBy(w, 'organization-access')).toBeGreaterThan(0)
      expectExit(r, 0)
      expectStatus(r, 'created')
      expect(r.stdout).toMatch(/InsufficientDependencyServiceAccessPermissionException.*waiting/)
      expect((await trailState(w)).isLogging).toBe(true)
    },
    TEST_TIMEOUT
  )
})

describe('issue 21 item 8: at most 50 tags on a trail, counting those it has', () => {
  it(
    'a trail with 48 tags and 3 new ones declared: blocked before AddTags, saying how many it has and the limit',
    async () => {
      const w = world()
      const seeded = await seed(w)
      expectExit(await run(w, seeded), 0)
      const { tagCount } = await addForeignTags(w, trailArnOf(seeded), 48)
      expect(tagCount).toBe(48)

      const r = await run(w, seeded, { tags: 'team=security\ncost-center=1234\nowner=platform' })
      expectExit(r, 1)
      expectStatus(r, 'blocked')
      const tags = findingOf(r, 'cloudtrail.tags')
      expect(tags.severity).toBe('blocker')
      expect(`${tags.title} ${tags.detail}`).toMatch(/50/)
      expect(tags.detail).toMatch(/48/)
      expect(r.stats.byOperation.AddTags).toBeUndefined()
    },
    TEST_TIMEOUT * 2
  )
})

/** Tags someone else put on the trail, straight to moto, up to `total` tags on it; how many it has then. */
async function addForeignTags(w: World, arn: string, total: number): Promise<{ tagCount: number }> {
  const ct = cloudtrail(w)
  const count = async () =>
    (await ct.send(new ListTagsCommand({ ResourceIdList: [arn] }))).ResourceTagList?.[0]?.TagsList?.length ?? 0
  const missing = total - (await count())
  if (missing > 0)
    await ct.send(
      new AddTagsCommand({
        ResourceId: arn,
        TagsList: Array.from({ length: missing }, (_, i) => ({ Key: `inventory:${i}`, Value: 'kept' }))
      })
    )
  return { tagCount: await count() }
}

describe('issue 21 item 9: adding a key prefix to a trail that has none moves its delivery', () => {
  it(
    'refused as destructive (what reads s3://bucket/AWSLogs/ stops receiving logs) unless allow-destructive-changes',
    async () => {
      const w = world()
      const seeded = await seed(w)
      expectExit(await run(w, seeded), 0)
      expect((await trailState(w)).trail?.S3KeyPrefix ?? '').toBe('')

      const moved = await run(w, seeded, { 's3-key-prefix': 'cloudtrail' })
      expectExit(moved, 1)
      expectStatus(moved, 'blocked')
      expect(moved.stats.writes).toBe(0)
      const f = findingOf(moved, 'trail.destructive.S3KeyPrefix')
      expect(f.severity).toBe('blocker')
      expect(f.detail).toContain(`s3://${BUCKET}/AWSLogs/`)
      expect(f.detail).toContain(`s3://${BUCKET}/cloudtrail/AWSLogs/`)
      expect(f.remediation).toContain('allow-destructive-changes')
      expect((await trailState(w)).trail?.S3KeyPrefix ?? '').toBe('')

      const allowed = await run(w, seeded, { 's3-key-prefix': 'cloudtrail', 'allow-destructive-changes': 'true' })
      expectExit(allowed, 0)
      expect((await trailState(w)).trail?.S3KeyPrefix).toBe('cloudtrail')
    },
    TEST_TIMEOUT * 2
  )
})
