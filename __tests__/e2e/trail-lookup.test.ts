// Finding the trail wherever it lives: ListTrails as AWS answers it (every trail of the account, each
// with its home region), writes refused outside the home region, and never a second trail of a name.
import {
  CloudTrailClient,
  CreateTrailCommand,
  DescribeTrailsCommand,
  ListTrailsCommand,
  StartLoggingCommand,
  StopLoggingCommand,
  paginateListTrails
} from '@aws-sdk/client-cloudtrail'
import { credentials } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  expectExit,
  findingsOf,
  run,
  seed,
  useWorld,
  type World
} from '../support/harness.js'

const world = useWorld()
const EU = 'eu-west-1'

/** A CloudTrail client in a region, straight to moto or through the proxy (and its AWS layer). */
const cloudtrail = (w: World, region: string, via: 'moto' | 'proxy' = 'moto') =>
  new CloudTrailClient({ endpoint: via === 'moto' ? w.moto.url : w.proxy.url, region, credentials, maxAttempts: 1 })

/** Someone's trail made by hand, straight in moto. */
async function handMade(w: World, region: string, name: string, multiRegion: boolean): Promise<string> {
  const out = await cloudtrail(w, region).send(
    new CreateTrailCommand({ Name: name, S3BucketName: BUCKET, IsMultiRegionTrail: multiRegion })
  )
  return String(out.TrailARN)
}

describe('the AWS layer', () => {
  it(
    'answers ListTrails with every trail of the account, whatever its home region, in pages',
    async () => {
      await seed(world())
      const eu = await handMade(world(), EU, 'regional-eu', false)
      const us = await handMade(world(), REGION, 'regional-us', false)
      const multi = await handMade(world(), 'us-west-2', 'everywhere', true)
      // moto's own answer lacks the single-region trail of the other region.
      const motoSees = (await cloudtrail(world(), REGION).send(new ListTrailsCommand({}))).Trails ?? []
      expect(motoSees.map((t) => t.TrailARN)).not.toContain(eu)

      const listed = []
      for await (const page of paginateListTrails({ client: cloudtrail(world(), REGION, 'proxy') }, {}))
        listed.push(...(page.Trails ?? []))
      expect(listed).toEqual(
        expect.arrayContaining([
          { TrailARN: eu, Name: 'regional-eu', HomeRegion: EU },
          { TrailARN: us, Name: 'regional-us', HomeRegion: REGION },
          { TrailARN: multi, Name: 'everywhere', HomeRegion: 'us-west-2' }
        ])
      )
      expect(listed).toHaveLength(3)
      expect(world().proxy.stats().byOperation.ListTrails).toBeGreaterThan(1)

      // DescribeTrails of one region still shows no single-region trail of another.
      const described = (await cloudtrail(world(), REGION, 'proxy').send(new DescribeTrailsCommand({}))).trailList ?? []
      expect(described.map((t) => t.TrailARN)).not.toContain(eu)
    },
    TEST_TIMEOUT
  )

  it(
    "refuses a trail's writes outside its home region with InvalidHomeRegionException",
    async () => {
      await seed(world())
      const multi = await handMade(world(), EU, 'everywhere', true)
      const outside = cloudtrail(world(), REGION, 'proxy')
      await expect(outside.send(new StartLoggingCommand({ Name: multi }))).rejects.toMatchObject({
        name: 'InvalidHomeRegionException'
      })
      await expect(outside.send(new StopLoggingCommand({ Name: 'everywhere' }))).rejects.toMatchObject({
        name: 'InvalidHomeRegionException'
      })
      await expect(
        cloudtrail(world(), EU, 'proxy').send(new StartLoggingCommand({ Name: multi }))
      ).resolves.toBeDefined()
    },
    TEST_TIMEOUT
  )
})

describe('a trail of the declared name homed in another region', () => {
  it(
    'single-region: the run is blocked, says where the trail is, and creates no second trail',
    async () => {
      const seeded = await seed(world())
      const eu = await handMade(world(), EU, TRAIL, false)

      const r = await run(world(), seeded)
      expectExit(r, 1)
      const f = findingsOf(r).find((x) => x.id === 'cloudtrail.home-region')
      expect(f).toMatchObject({ severity: 'blocker' })
      expect(f?.detail).toContain(eu)
      expect(f?.title).toContain(EU)
      expect(r.stats.byOperation.CreateTrail).toBeUndefined()
      expect(r.stats.writes).toBe(0)

      // Still exactly one trail of that name, in every region moto knows.
      for (const region of [REGION, EU]) {
        const { trailList = [] } = await cloudtrail(world(), region).send(new DescribeTrailsCommand({}))
        expect(trailList.filter((t) => t.Name === TRAIL).map((t) => t.TrailARN)).toEqual(region === EU ? [eu] : [])
      }
    },
    TEST_TIMEOUT
  )

  it(
    'multi-region: managed in its home region, where its writes go',
    async () => {
      const seeded = await seed(world())
      const eu = await handMade(world(), EU, TRAIL, true)

      const r = await run(world(), seeded, { 'is-organization-trail': 'false' })
      expectExit(r, 0)
      expect(r.outputs['trail-arn']).toBe(eu)
      expect(r.outputs['home-region']).toBe(EU)
      expect(r.stats.byOperation.CreateTrail).toBeUndefined()
      const writes = world()
        .proxy.aws()
        .filter((q) => q.write && q.service === 'cloudtrail')
      expect(writes.length).toBeGreaterThan(0)
      const status = await cloudtrail(world(), EU).send(new DescribeTrailsCommand({}))
      expect(status.trailList?.filter((t) => t.Name === TRAIL)).toHaveLength(1)
    },
    TEST_TIMEOUT
  )
})
