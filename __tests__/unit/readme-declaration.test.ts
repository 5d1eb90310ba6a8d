// One declaration for every example: the trail the README's Quick start declares is the trail of every
// workflow and snippet of the README and docs/, each mode with its own role, so that a reader who pastes the
// Quick start and then the gate or the nightly enforcement gets the same plan; and every IAM role the pages
// name (a trust policy's principal, a policy's resource) is one of the roles those workflows assume.
import { EXAMPLE_DECLARATION, EXAMPLE_LOG_ARCHIVE_ROLE } from '../../scripts/iam-policy.mjs'
import { docPages, orgTrailSteps, pageText, type OrgTrailStep } from '../support/docs.js'

/** The inputs that say which trail, where its logs go, and where it lives. */
const TRAIL_SETTINGS = ['trail-name', 's3-bucket-name', 's3-key-prefix', 'aws-region'] as const
/** The trails a landing zone declares for itself: workflow 4 watches them, it does not declare them. */
const LANDING_ZONE_TRAILS = new Set(['aws-controltower-BaselineCloudTrail', 'AWSAccelerator-Organizations-CloudTrail'])

const steps = orgTrailSteps()
const declaring = steps.filter((s) => s.inputs['trail-name'] !== undefined)
const modeOf = (s: OrgTrailStep) => s.inputs.mode ?? 'apply'
const where = (s: OrgTrailStep) => `${s.page}: ${s.where}`
const quickStart = declaring[0] as OrgTrailStep
const settingsOf = (s: OrgTrailStep) => Object.fromEntries(TRAIL_SETTINGS.map((k) => [k, s.inputs[k]]))

describe('the declaration of the examples', () => {
  it('starts with the read-only Quick start, which declares every trail setting', () => {
    expect({ where: where(quickStart), mode: modeOf(quickStart) }).toEqual({
      where: 'README.md: Organization trail check',
      mode: 'check'
    })
    for (const key of TRAIL_SETTINGS)
      expect({ key, value: quickStart.inputs[key] }).toEqual({ key, value: expect.any(String) })
  })

  it('finds the steps of every page: the workflows of the README and of docs/', () => {
    expect(declaring.length).toBeGreaterThanOrEqual(8)
    expect([...new Set(declaring.map((s) => s.page))]).toEqual(
      expect.arrayContaining(['README.md', 'docs/evidence.md', 'docs/log-integrity.md'])
    )
  })

  it("is the Quick start's in every step, but the landing zone's own trail that workflow 4 watches", () => {
    const others = declaring
      .filter((s) => !LANDING_ZONE_TRAILS.has(s.inputs['trail-name'] ?? ''))
      .map((s) => ({ where: where(s), ...settingsOf(s) }))
    expect(others).toEqual(others.map((o) => ({ where: o.where, ...settingsOf(quickStart) })))
    // The watch is in check mode only: nothing of the landing zone's is written.
    const watching = declaring.filter((s) => LANDING_ZONE_TRAILS.has(s.inputs['trail-name'] ?? ''))
    expect(watching.map(modeOf)).toEqual(watching.map(() => 'check'))
    expect(watching.length).toBeGreaterThan(0)
  })

  it('assumes the check role in check mode and the apply role in apply mode, in every step', () => {
    const roleOf = (mode: string) =>
      new Set(declaring.filter((s) => modeOf(s) === mode).map((s) => s.inputs['role-to-assume']))
    expect(roleOf('check')).toEqual(new Set(['arn:aws:iam::111111111111:role/org-trail-check']))
    expect(roleOf('apply')).toEqual(new Set(['arn:aws:iam::111111111111:role/org-trail-apply']))
  })

  it("gives each mode its own Log Archive role, the apply one the generated policies' example", () => {
    const logArchiveOf = (mode: string) =>
      new Set(
        declaring
          .filter((s) => modeOf(s) === mode && s.inputs['log-archive-role-arn'])
          .map((s) => s.inputs['log-archive-role-arn'])
      )
    expect(logArchiveOf('apply')).toEqual(new Set([EXAMPLE_LOG_ARCHIVE_ROLE]))
    expect(logArchiveOf('check')).toEqual(new Set([`${EXAMPLE_LOG_ARCHIVE_ROLE}-check`]))
  })

  it('is the one the documented narrowed policy is generated for', () => {
    const {
      'trail-name': name,
      's3-bucket-name': bucket,
      's3-key-prefix': prefix,
      'aws-region': region
    } = quickStart.inputs
    expect(EXAMPLE_DECLARATION.trailArn).toBe(`arn:aws:cloudtrail:${region}:111111111111:trail/${name}`)
    expect(EXAMPLE_DECLARATION.bucket).toBe(bucket)
    expect(EXAMPLE_DECLARATION.s3KeyPrefix).toBe(prefix)
  })

  it('is the one the documented command that narrows the policy names, flag for flag', () => {
    const command =
      /node scripts\/iam-policy\.mjs apply \\\n((?: {2}--.*\n)+)/.exec(pageText('docs/permissions.md'))?.[1] ?? ''
    const flags = Object.fromEntries(
      [...command.matchAll(/--([\w-]+) (\S+)/g)].map((m) => [
        (m[1] as string).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        m[2]
      ])
    )
    expect(flags).toEqual({ ...EXAMPLE_DECLARATION })
  })

  it('names no IAM role but those the workflows assume or declare (trust policies included)', () => {
    const known = new Set(
      steps.flatMap((s) =>
        ['role-to-assume', 'log-archive-role-arn', 'cloud-watch-logs-role-arn'].flatMap((k) => s.inputs[k] ?? [])
      )
    )
    known.add(`${EXAMPLE_LOG_ARCHIVE_ROLE}-check`)
    // A role another action of the pages assumes (the evidence role, by configure-aws-credentials).
    for (const page of docPages())
      for (const m of pageText(page).matchAll(/^\s*role-to-assume: (arn:aws:iam::\d{12}:role\/\S+)$/gm))
        known.add(m[1] as string)
    const named = docPages().flatMap((page) =>
      [...pageText(page).matchAll(/arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+/g)]
        .map((m) => m[0])
        .filter((arn) => !arn.includes(':role/aws-service-role/'))
        .map((arn) => ({ page, arn }))
    )
    // Another organization of the matrix (its own management account) has roles of the same names.
    const knownNames = new Set([...known].map((arn) => arn.split(':role/')[1]))
    const otherOrganization = (arn: string) =>
      !/::(111111111111|222222222222):/.test(arn) && knownNames.has(arn.split(':role/')[1])
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((n) => !known.has(n.arn) && !otherOrganization(n.arn))).toEqual([])
  })
})
