// The action, end to end: what stops a run before it writes anything, and how it says so.
import { TEST_TIMEOUT, expectExit, findingsOf, run, seed, trailState, useWorld } from '../support/harness.js'

const world = useWorld()

describe('a run that must not start', () => {
  it(
    'an invalid trail name fails with an annotation on trail-name, before any AWS or token request',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { 'trail-name': 'my..trail' })
      expectExit(r, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      const onInput = errors.find((a) => a.title === 'Invalid input: trail-name')
      expect(onInput).toBeDefined()
      expect(onInput?.message).toContain('must not have two adjacent')
      expect(onInput?.message).toContain('my..trail')
      expect(r.stats.total).toBe(0)
      expect(r.tokenRequests).toBe(0)
      expect(r.masks).toEqual([])
      expect(r.outputs.status).toBeUndefined()
    },
    TEST_TIMEOUT
  )

  it(
    'reports every invalid input at once, each on its own input',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { 'trail-name': '-x', 's3-bucket-name': 'Not_A_Bucket', mode: 'plan' })
      expectExit(r, 1)
      const titles = r.annotations.filter((a) => a.level === 'error').map((a) => a.title)
      expect(titles).toEqual(
        expect.arrayContaining(['Invalid input: trail-name', 'Invalid input: s3-bucket-name', 'Invalid input: mode'])
      )
      expect(r.stats.total).toBe(0)
      expect(r.tokenRequests).toBe(0)
    },
    TEST_TIMEOUT
  )

  it(
    'without the id-token permission it names "id-token: write" and makes no AWS request',
    async () => {
      const seeded = await seed(world())
      const r = await run(
        world(),
        seeded,
        {},
        {
          env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
        }
      )
      expectExit(r, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.some((a) => a.message.includes('id-token: write'))).toBe(true)
      expect(r.stats.total).toBe(0)
      expect(r.tokenRequests).toBe(0)
      expect(r.summary).toContain('id-token: write')
    },
    TEST_TIMEOUT
  )
})

describe('an organization in consolidated-billing mode', () => {
  it(
    'is blocked: no trail, no write, and the annotation gives the enable-all-features command',
    async () => {
      const seeded = await seed(world(), { featureSet: 'CONSOLIDATED_BILLING' })
      const r = await run(world(), seeded)
      expectExit(r, 1)
      expect(r.outputs.status).toBe('blocked')
      expect(r.stats.writes).toBe(0)
      expect((await trailState(world())).trails).toEqual([])

      const blocker = findingsOf(r).find((f) => f.id === 'organization.all-features')
      expect(blocker?.severity).toBe('blocker')
      const annotation = r.annotations.find(
        (a) => a.level === 'error' && a.message.includes('aws organizations enable-all-features')
      )
      expect(annotation).toBeDefined()
      expect(annotation?.title).toContain('organization.all-features')

      // Nothing else was written on the way, trusted access included; the summary says so.
      expect((await trailState(world())).trustedServices ?? []).not.toContain('cloudtrail.amazonaws.com')
      expect(r.summary).toContain('🔴 blocked')
      expect(r.summary).toContain('Nothing was written')
      expect(r.summary).toContain('aws organizations enable-all-features')
    },
    TEST_TIMEOUT
  )
})
