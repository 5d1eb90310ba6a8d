// A log bucket guarded by AWS's data-perimeter statement: CloudTrail is an AWS service principal, so the
// Deny can never apply to its delivery, and the run must create the trail rather than block on it.
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  expectExit,
  findingsOf,
  run,
  seed,
  trailState,
  useWorld
} from '../support/harness.js'
import { seedBucket } from '../../tools/seed.mjs'
import { DeleteBucketCommand } from '@aws-sdk/client-s3'
import { clients } from '../../tools/seed.mjs'

const world = useWorld()

describe('a bucket policy with the data-perimeter Deny', () => {
  it(
    'is not a blocker: the trail is created and the Deny is kept',
    async () => {
      const seeded = await seed(world())
      const identityPerimeter = {
        Sid: 'EnforceIdentityPerimeter',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': seeded.orgId },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' }
        }
      }
      // Replace the seeded bucket with one whose policy holds only the perimeter statement.
      const { s3 } = clients({ endpoint: world().moto.url, region: REGION })
      await s3.send(new DeleteBucketCommand({ Bucket: BUCKET }))
      await seedBucket({
        endpoint: world().moto.url,
        region: REGION,
        bucket: BUCKET,
        policy: { Version: '2012-10-17', Statement: [identityPerimeter] }
      })

      const r = await run(world(), seeded)
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      const findings = findingsOf(r)
      expect(findings.filter((f) => f.severity === 'blocker')).toEqual([])
      expect(findings.map((f) => f.id)).not.toContain('s3.bucket-policy.unevaluated')

      const s = await trailState(world())
      expect(s.trail?.Name).toBe(TRAIL)
      expect(s.isLogging).toBe(true)
      const statements = s.bucketPolicy.Statement as { Sid?: string }[]
      expect(statements.filter((st) => st.Sid === 'EnforceIdentityPerimeter')).toEqual([identityPerimeter])
    },
    TEST_TIMEOUT
  )
})
