// The job summary's first lines, end to end: what a person reads before scrolling. The headline carries
// the status and how many posture controls fail; a headline that is not all green ends with what to do
// next; a trail that has delivered nothing yet is not said to deliver.
import { TEST_TIMEOUT, expectExit, findingsOf, run, seed, useWorld, type FindingRecord } from '../support/harness.js'

const world = useWorld()

/** The heading and the paragraph under it: the headline. */
const headlineOf = (summary: string) => summary.split('\n\n').slice(0, 2).join('\n\n')

describe('the headline', () => {
  it(
    'after creating a trail: created, the failing posture controls counted, the next step, and no delivery claimed yet',
    async () => {
      const seeded = await seed(world())
      const created = await run(world(), seeded)
      expectExit(created, 0)
      const findings = findingsOf(created) as (FindingRecord & { control?: { now: string } })[]
      // CloudTrail has not delivered a log file a moment after logging started: not a pass.
      expect(findings.find((f) => f.id === 'delivery.log-files')).toMatchObject({
        severity: 'warning',
        title: 'No log file delivered yet'
      })
      // Every posture row: the controls, and the two deliveries GetTrailStatus reports on.
      const posture = findings.filter((f) => f.control !== undefined || f.id.startsWith('delivery.'))
      const failing = posture.filter((f) => (f.control ? f.control.now === 'fail' : f.severity === 'warning'))
      expect(failing.length).toBeGreaterThan(0)
      const headline = headlineOf(created.summary)
      expect(headline.split('\n')[0]).toBe(
        `## org-trail · 🟢 created · ⚠️ ${failing.length} of ${posture.length} posture controls fail`
      )
      // Not all green: it ends with one sentence saying what to do.
      expect(headline).toMatch(/\*\*Next:\*\* [^\n]+\.$/)
    },
    TEST_TIMEOUT
  )

  it(
    'in check mode with drift: drift, and the next step is to run apply or change the declaration',
    async () => {
      const seeded = await seed(world())
      const drift = await run(world(), seeded, { mode: 'check' })
      expectExit(drift, 1)
      const headline = headlineOf(drift.summary)
      expect(headline.split('\n')[0]).toMatch(/^## org-trail · 🟡 drift/)
      expect(headline).toMatch(/\*\*Next:\*\* run apply .*or change the declaration.*\.$/)
      // No section says "(0)": a check of a fresh organization blocks nothing.
      expect(drift.summary).not.toMatch(/\(0\)/)
    },
    TEST_TIMEOUT
  )
})
