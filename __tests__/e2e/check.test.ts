// Check mode, end to end: a merge gate that reads only, and the destructive changes apply refuses.
import {
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  driftTrail,
  expectExit,
  findingsOf,
  run,
  seed,
  trailState,
  useWorld,
  type Seeded
} from '../support/harness.js'

const world = useWorld()

/** Seeds a fresh organization and converges it with one apply run. */
async function converged(): Promise<{ seeded: Seeded; trailArn: string }> {
  const seeded = await seed(world())
  const created = await run(world(), seeded)
  expectExit(created, 0)
  return { seeded, trailArn: String(created.outputs['trail-arn']) }
}

describe('check mode', () => {
  it(
    'finds drift without writing, apply fixes it, and the next check is in sync',
    async () => {
      const { seeded, trailArn } = await converged()
      await driftTrail(world(), trailArn)

      const check = await run(world(), seeded, { mode: 'check' })
      expectExit(check, 1)
      expect(check.outputs.status).toBe('drift')
      expect(check.stats.writes).toBe(0)
      expect(
        Object.keys(check.stats.byOperation).filter(
          (op) => !/^(Get|List|Describe|Head|AssumeRoleWithWebIdentity)/.test(op)
        )
      ).toEqual([])
      const whats = changesOf(check).map((c) => c.what)
      expect(whats).toEqual([`Trail ${TRAIL}: Multi-region`, `Logging of trail ${TRAIL}`])
      expect(changesOf(check)[0]).toMatchObject({ before: 'false', after: 'true' })
      expect(check.outputs['is-logging']).toBe('false')
      expect(check.summary).toContain('🟡 drift')
      expect(check.summary).toContain('Changes apply would make (2)')
      expect(check.summary).toContain('aws cloudtrail start-logging')
      // The merge gate fails with a reason a person can read in the log.
      expect(check.stdout).toMatch(/^::error::.*fail-on-drift/m)
      // Nothing changed in AWS.
      const drifted = await trailState(world())
      expect(drifted.trail?.IsMultiRegionTrail).toBe(false)
      expect(drifted.isLogging).toBe(false)

      const fix = await run(world(), seeded)
      expectExit(fix, 0)
      expect(fix.outputs.status).toBe('updated')
      expect(fix.stats.acceptedByOperation).toMatchObject({ UpdateTrail: 1, StartLogging: 1 })
      expect(fix.stats.writes).toBe(2)
      expect(fix.outputs['is-logging']).toBe('true')
      const fixed = await trailState(world())
      expect(fixed.trail?.IsMultiRegionTrail).toBe(true)
      expect(fixed.isLogging).toBe(true)

      const again = await run(world(), seeded, { mode: 'check' })
      expectExit(again, 0)
      expect(again.outputs.status).toBe('in-sync')
      expect(again.stats.writes).toBe(0)
      expect(changesOf(again)).toEqual([])
      expect(again.summary).toContain('🟢 in sync')
    },
    TEST_TIMEOUT
  )

  it(
    'on a fresh organization reports every change apply would make, and writes nothing',
    async () => {
      const seeded = await seed(world())
      const check = await run(world(), seeded, { mode: 'check' })
      expectExit(check, 1)
      expect(check.outputs.status).toBe('drift')
      expect(check.stats.writes).toBe(0)
      expect(changesOf(check).map((c) => c.what)).toEqual(
        expect.arrayContaining([`Trail ${TRAIL} in ${REGION}`, 'Trusted access for cloudtrail.amazonaws.com'])
      )
      const s = await trailState(world())
      expect(s.trails).toEqual([])
      expect(s.trustedServices ?? []).not.toContain('cloudtrail.amazonaws.com')
    },
    TEST_TIMEOUT
  )

  it(
    'with fail-on-drift false reports drift and succeeds',
    async () => {
      const { seeded, trailArn } = await converged()
      await driftTrail(world(), trailArn)
      const check = await run(world(), seeded, { mode: 'check', 'fail-on-drift': 'false' })
      expectExit(check, 0)
      expect(check.outputs.status).toBe('drift')
      expect(check.stats.writes).toBe(0)
      expect(changesOf(check)).toHaveLength(2)
      expect(check.annotations.filter((a) => a.level === 'error')).toEqual([])
    },
    TEST_TIMEOUT
  )
})

describe('a destructive declaration', () => {
  it(
    'is blocked without allow-destructive-changes, and applied with it',
    async () => {
      const { seeded } = await converged()

      const refused = await run(world(), seeded, { 'is-multi-region-trail': 'false' })
      expectExit(refused, 1)
      expect(refused.outputs.status).toBe('blocked')
      expect(refused.stats.writes).toBe(0)
      const blocker = findingsOf(refused).find((f) => f.id === 'trail.destructive.IsMultiRegionTrail')
      expect(blocker).toMatchObject({ severity: 'blocker' })
      expect(blocker?.remediation).toContain('allow-destructive-changes')
      expect(
        refused.annotations.some(
          (a) => a.level === 'error' && a.title?.startsWith('trail.destructive.IsMultiRegionTrail')
        )
      ).toBe(true)
      expect(refused.summary).toContain('🔴 blocked')
      expect((await trailState(world())).trail?.IsMultiRegionTrail).toBe(true)

      const allowed = await run(world(), seeded, {
        'is-multi-region-trail': 'false',
        'allow-destructive-changes': 'true'
      })
      expectExit(allowed, 0)
      expect(allowed.outputs.status).toBe('updated')
      expect(allowed.stats.acceptedByOperation).toMatchObject({ UpdateTrail: 1 })
      expect(changesOf(allowed)).toEqual([{ what: `Trail ${TRAIL}: Multi-region`, before: 'true', after: 'false' }])
      expect(findingsOf(allowed).find((f) => f.id === 'trail.destructive.IsMultiRegionTrail')?.severity).toBe('warning')
      const s = await trailState(world())
      expect(s.trail?.IsMultiRegionTrail).toBe(false)
      expect(s.isLogging).toBe(true)
    },
    TEST_TIMEOUT
  )

  it(
    'in check mode is blocked too, and never reported as in sync',
    async () => {
      const { seeded } = await converged()
      const check = await run(world(), seeded, { mode: 'check', 'enable-log-file-validation': 'false' })
      expectExit(check, 1)
      expect(check.outputs.status).toBe('blocked')
      expect(check.stats.writes).toBe(0)
      expect(findingsOf(check).find((f) => f.id === 'trail.destructive.EnableLogFileValidation')?.severity).toBe(
        'blocker'
      )
    },
    TEST_TIMEOUT
  )
})
