// Issue 21, item 7: AWS takes seconds, not 300 ms, to see its own writes. Every eventually consistent
// behaviour of the AWS layer (tools/aws/windows.mjs: a policy CloudTrail does not see yet, a stale
// GetBucketPolicy, NoSuchBucket right after CreateBucket, CloudTrail's organization access) runs here with
// a 5 s window. A run must wait as long as AWS says, paced by AWS's answers, and never mistake a stale read
// for another writer. These tests say what the action should do; they fail until it does.
import { readState, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { REGION, TEST_TIMEOUT, TRAIL, expectExit, run, seed, trailState, useWorld } from '../support/harness.js'
import { answeredBy, setPropagationWindows, expectStatus } from '../support/fidelity.js'
import { trailArnOf } from '../support/reliability.js'

const WINDOW_MS = 5000
const world = useWorld()
beforeEach(() => setPropagationWindows(world(), WINDOW_MS))

describe('issue 21 item 7: propagation as AWS describes it, seconds long', () => {
  it(
    'a fresh apply writes the bucket policy once, is not fooled by the stale GetBucketPolicy that follows, and creates the trail',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const r = await run(w, seeded)
      // The run did meet the stale read: the layer answered its check of the policy it had just written.
      expect(answeredBy(w, 'stale-bucket-policy')).toBeGreaterThan(0)
      expect(r.annotations.filter((a) => a.title === 'Bucket policy keeps changing')).toEqual([])
      expect(r.stdout).not.toContain('was changed by another writer meanwhile')
      expectExit(r, 0)
      expectStatus(r, 'created')
      expect(r.stats.acceptedByOperation.PutBucketPolicy).toBe(1)
      const { trail, isLogging } = await trailState(w)
      expect(trail?.TrailARN).toBe(trailArnOf(seeded))
      expect(isLogging).toBe(true)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'create-bucket: the new bucket answers NoSuchBucket for a while; its hardening waits for it, and the trail is created',
    async () => {
      const w = world()
      const { orgId, managementAccountId } = await seedOrganization({ endpoint: w.moto.url, region: REGION })
      const roleArn = await seedRole({ endpoint: w.moto.url, region: REGION })
      const bucket = 'org-trail-fresh-logs'
      const r = await run(
        w,
        { orgId, managementAccountId, roleArn },
        { 's3-bucket-name': bucket, 'create-bucket': 'true' }
      )
      expect(answeredBy(w, 'new-bucket')).toBeGreaterThan(0)
      expectExit(r, 0)
      expectStatus(r, 'created')
      // The harness's state reads the default bucket, which this test does not have: the trail alone.
      const { trails } = await readState({ endpoint: w.moto.url, region: REGION })
      expect(trails.find((t) => t.Name === TRAIL)?.S3BucketName).toBe(bucket)
    },
    TEST_TIMEOUT * 2
  )
})
