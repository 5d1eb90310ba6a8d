// Where an organization trail's digests are, read from their keys; which job of a matrix verifies an
// account; the bound on reads in flight.
import fc from 'fast-check'
import { digestFolder, digestKey, digestNameReader, listingStart, regionOfFolder } from '../../src/integrity/layout.js'
import { limit } from '../../src/integrity/limit.js'
import { inShard, shardOf } from '../../src/integrity/shard.js'
import { PLACE, keyOf } from '../support/digests.js'

const END = new Date('2026-03-02T10:01:31Z')

describe('digest keys', () => {
  it('are CloudTrail’s: [prefix/]AWSLogs/<org>/<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/<name>', () => {
    expect(digestKey(PLACE, END)).toBe(
      'audit/AWSLogs/o-exampleorgid/222222222222/CloudTrail-Digest/eu-west-1/2026/03/02/' +
        '222222222222_CloudTrail-Digest_eu-west-1_org-trail_us-east-1_20260302T100131Z.json.gz'
    )
    expect(digestFolder({ ...PLACE, prefix: '', organizationId: null })).toBe(
      'AWSLogs/222222222222/CloudTrail-Digest/eu-west-1/'
    )
  })

  it('a listing starts a minute before the window, so a digest ending at its start is in it', () => {
    expect(listingStart(PLACE, END) < keyOf(PLACE, END)).toBe(true)
    expect(listingStart(PLACE, END) > keyOf(PLACE, new Date(END.getTime() - 61_000))).toBe(true)
  })

  it('are read back with their end and whether they are backfill; other trails’ and other files are not', () => {
    const read = digestNameReader(PLACE)
    expect(read(keyOf(PLACE, END))).toEqual({ key: keyOf(PLACE, END), end: END, backfill: false })
    expect(read(keyOf(PLACE, END, true))).toMatchObject({ end: END, backfill: true })
    expect(read(keyOf({ ...PLACE, trailName: 'other-trail' }, END))).toBeNull()
    expect(read(keyOf({ ...PLACE, homeRegion: 'eu-west-1' }, END))).toBeNull()
    expect(read(`${digestFolder(PLACE)}2026/03/02/notes.txt`)).toBeNull()
  })

  it('order by time within the folder, across days', () => {
    const keys = [0, 1, 14, 30, 50].map((h) => keyOf(PLACE, new Date(END.getTime() + h * 3_600_000)))
    expect([...keys].sort()).toEqual(keys)
  })

  it('region folders of a delimiter listing are read as regions', () => {
    const root = 'audit/AWSLogs/o-exampleorgid/222222222222/CloudTrail-Digest/'
    expect(regionOfFolder(PLACE, `${root}ap-southeast-2/`)).toBe('ap-southeast-2')
    expect(regionOfFolder(PLACE, `${root}not a region/`)).toBeNull()
    expect(regionOfFolder(PLACE, 'elsewhere/eu-west-1/')).toBeNull()
  })
})

describe('accounts-shard', () => {
  const account = fc.stringMatching(/^\d{12}$/)

  it('puts every account in exactly one job of the matrix, whatever the number of jobs', () => {
    fc.assert(
      fc.property(account, fc.integer({ min: 1, max: 256 }), (id, count) => {
        const jobs = Array.from({ length: count }, (_, i) => inShard(id, { index: i + 1, count }))
        expect(jobs.filter(Boolean)).toHaveLength(1)
      })
    )
  })

  it('spreads sequential account ids across the jobs', () => {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) counts[shardOf(String(100000000000 + i), 4) - 1]! += 1
    for (const c of counts) expect(c).toBeGreaterThan(800)
  })

  it('no shard: every account', () => {
    expect(inShard('123456789012', null)).toBe(true)
  })
})

describe('limit', () => {
  it('never runs more than its size at once, and runs every task', async () => {
    const run = limit(3)
    let now = 0
    let most = 0
    const gates: (() => void)[] = []
    const tasks = Array.from({ length: 10 }, (_, i) =>
      run(async () => {
        now += 1
        most = Math.max(most, now)
        await new Promise<void>((resolve) => gates.push(resolve))
        now -= 1
        return i
      })
    )
    while (gates.length > 0 || now > 0) {
      await new Promise((resolve) => setImmediate(resolve))
      gates.shift()?.()
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(most).toBe(3)
  })
})
