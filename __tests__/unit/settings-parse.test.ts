// Input validation: one clear message per problem, each naming its input, before any AWS call.
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { INPUT_NAMES } from '../../src/settings/inputs.js'
import { parseSettings, type ParseResult } from '../../src/settings/parse.js'
import { readSettings } from '../../src/settings/read.js'
import { parseSummarizeSettings } from '../../src/settings/summarize.js'
import type { Settings } from '../../src/settings/types.js'
import { ACCOUNT, BUCKET, REGION, TRAIL, rawInputs } from '../support/fixtures.js'

const actionYml = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>
}

function problemsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected the inputs to be rejected')
  return result.problems
}

function settingsOf(result: ParseResult): Settings {
  if (!result.ok) throw new Error(`expected valid inputs, got: ${result.problems.map((p) => p.message).join('; ')}`)
  return result.settings
}

/** Each boolean input and the setting it decides. */
const BOOLEAN_SETTINGS: Record<string, (s: Settings) => boolean> = {
  'is-organization-trail': (s) => s.trail.isOrganizationTrail,
  'is-multi-region-trail': (s) => s.trail.isMultiRegionTrail,
  'include-global-service-events': (s) => s.trail.includeGlobalServiceEvents,
  'enable-log-file-validation': (s) => s.trail.enableLogFileValidation,
  'start-logging': (s) => s.startLogging,
  'enable-trusted-access': (s) => s.enableTrustedAccess,
  'manage-bucket-policy': (s) => s.manageBucketPolicy,
  'allow-destructive-changes': (s) => s.allowDestructiveChanges,
  'fail-on-drift': (s) => s.failOnDrift,
  'fail-on-posture': (s) => s.failOnPosture,
  'mask-aws-account-id': (s) => s.maskAccountId
}
const BOOLEAN_INPUTS = Object.keys(BOOLEAN_SETTINGS)

describe('the inputs of action.yml', () => {
  it('are exactly the inputs the action validates', () => {
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('with their declared defaults and the required ones set, form a valid configuration', () => {
    const raw: Record<string, string> = {}
    for (const [name, input] of Object.entries(actionYml.inputs)) raw[name] = input.default ?? ''
    raw['trail-name'] = TRAIL
    raw['s3-bucket-name'] = BUCKET
    const s = settingsOf(parseSettings(raw, { AWS_REGION: 'eu-west-1', GITHUB_RUN_ID: '7' }))
    expect(s.mode).toBe('apply')
    expect(s.region).toBe('eu-west-1')
    expect(s.trail).toMatchObject({
      name: TRAIL,
      s3BucketName: BUCKET,
      s3KeyPrefix: '',
      isOrganizationTrail: true,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true
    })
    expect(s.startLogging).toBe(true)
    expect(s.allowDestructiveChanges).toBe(false)
    expect(s.auth).toEqual({ kind: 'default-chain' })
  })
})

describe('parseSettings', () => {
  it('turns valid inputs into typed settings', () => {
    const s = settingsOf(
      parseSettings(
        rawInputs({
          mode: 'check',
          's3-key-prefix': 'org/cloudtrail',
          'role-session-name': 'nightly',
          'role-duration-seconds': '3600',
          'is-multi-region-trail': 'false',
          'include-global-service-events': 'false',
          'fail-on-posture': 'true'
        }),
        { GITHUB_RUN_ID: '42' }
      )
    )
    expect(s).toMatchObject({
      mode: 'check',
      region: REGION,
      trail: {
        name: TRAIL,
        s3BucketName: BUCKET,
        s3KeyPrefix: 'org/cloudtrail',
        isOrganizationTrail: true,
        isMultiRegionTrail: false,
        includeGlobalServiceEvents: false,
        enableLogFileValidation: true
      },
      startLogging: true,
      enableTrustedAccess: true,
      manageBucketPolicy: true,
      allowDestructiveChanges: false,
      failOnDrift: true,
      failOnPosture: true,
      maskAccountId: false,
      auth: {
        kind: 'oidc',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/org-trail`,
        sessionName: 'nightly',
        durationSeconds: 3600,
        audience: 'sts.amazonaws.com'
      },
      githubToken: ''
    })
  })

  it('trims surrounding whitespace, as the runner does', () => {
    const s = settingsOf(parseSettings(rawInputs({ 'trail-name': `  ${TRAIL}\n`, 'start-logging': ' false ' }), {}))
    expect(s.trail.name).toBe(TRAIL)
    expect(s.startLogging).toBe(false)
  })

  it('returns a frozen object, all the way down', () => {
    const s = settingsOf(parseSettings(rawInputs(), {}))
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.trail)).toBe(true)
    expect(Object.isFrozen(s.auth)).toBe(true)
    expect(() => {
      ;(s.trail as { name: string }).name = 'other'
    }).toThrow(TypeError)
  })

  describe('each problem names its input', () => {
    it.each([
      ['trail-name', 'my..trail', /^Input "trail-name" must not have two adjacent/],
      ['s3-bucket-name', 'my_bucket', /^Input "s3-bucket-name" may contain only lowercase/],
      ['aws-region', 'virginia', /^Input "aws-region" must be an AWS region code/],
      ['mode', 'plan', /^Input "mode" must be "apply" or "check"/],
      ['role-to-assume', 'org-trail', /^Input "role-to-assume" must be an IAM role ARN/],
      ['role-session-name', 'a b', /^Input "role-session-name" must be 2 to 64 characters/],
      [
        'role-duration-seconds',
        '60',
        /^Input "role-duration-seconds" must be a whole number of seconds from 900 to 43200/
      ],
      ['audience', 'sts\u0000', /^Input "audience" must not contain control characters/],
      ['s3-key-prefix', '/logs', /^Input "s3-key-prefix" must not start or end with "\/"/],
      ['start-logging', 'yes', /^Input "start-logging" must be "true" or "false"/]
    ])('%s = %j', (input, value, message) => {
      const problems = problemsOf(parseSettings(rawInputs({ [input]: value }), {}))
      expect(problems).toEqual([{ input, message: expect.stringMatching(message) }])
    })

    it('and shows the value it got, shortened when long', () => {
      const [short] = problemsOf(parseSettings(rawInputs({ 'trail-name': 'ab' }), {}))
      expect(short?.message).toContain('(got "ab")')
      const long = `-${'a'.repeat(300)}`
      const [problem] = problemsOf(parseSettings(rawInputs({ 'trail-name': long }), {})).filter((p) =>
        p.message.includes('start')
      )
      expect(problem?.message).toContain('...')
      expect(problem?.message.length).toBeLessThan(250)
    })
  })

  it.each(['trail-name', 's3-bucket-name'])('requires %s', (input) => {
    expect(problemsOf(parseSettings(rawInputs({ [input]: '' }), {}))).toEqual([
      { input, message: `Input "${input}" is required` }
    ])
  })

  describe('booleans accept exactly what @actions/core getBooleanInput accepts', () => {
    it.each(BOOLEAN_INPUTS)('%s: true, True, TRUE, false, False, FALSE', (input) => {
      // is-multi-region-trail true needs global service events: keep the pair valid.
      const pair: Record<string, string> =
        input === 'include-global-service-events' ? { 'is-multi-region-trail': 'false' } : {}
      for (const [value, expected] of [
        ['true', true],
        ['True', true],
        ['TRUE', true],
        ['false', false],
        ['False', false],
        ['FALSE', false]
      ] as const) {
        const setting = BOOLEAN_SETTINGS[input] as (s: Settings) => boolean
        expect(setting(settingsOf(parseSettings(rawInputs({ ...pair, [input]: value }), {})))).toBe(expected)
      }
    })

    it.each(BOOLEAN_INPUTS)('%s rejects yes, no, 1, 0, on, tRUE, t', (input) => {
      for (const value of ['yes', 'no', '1', '0', 'on', 'tRUE', 'fALSE', 't', 'true!']) {
        expect(problemsOf(parseSettings(rawInputs({ [input]: value }), {}))).toEqual([
          { input, message: `Input "${input}" must be "true" or "false" (got ${JSON.stringify(value)})` }
        ])
      }
    })
  })

  describe('aws-region', () => {
    it("falls back to the job's AWS_REGION", () => {
      expect(settingsOf(parseSettings(rawInputs({ 'aws-region': '' }), { AWS_REGION: 'eu-central-1' })).region).toBe(
        'eu-central-1'
      )
    })

    it('wins over AWS_REGION when set', () => {
      expect(
        settingsOf(parseSettings(rawInputs({ 'aws-region': 'ap-south-1' }), { AWS_REGION: 'eu-central-1' })).region
      ).toBe('ap-south-1')
    })

    it('is required when neither is set, and the message says both ways to set it', () => {
      const problems = problemsOf(parseSettings(rawInputs({ 'aws-region': '' }), {}))
      expect(problems).toEqual([
        { input: 'aws-region', message: expect.stringMatching(/^Input "aws-region" is required.*AWS_REGION/) }
      ])
    })

    it('validates a region taken from AWS_REGION too', () => {
      expect(problemsOf(parseSettings(rawInputs({ 'aws-region': '' }), { AWS_REGION: 'nowhere' }))).toEqual([
        { input: 'aws-region', message: expect.stringContaining('"nowhere"') }
      ])
    })
  })

  it('requires include-global-service-events on a multi-region trail', () => {
    const problems = problemsOf(
      parseSettings(rawInputs({ 'is-multi-region-trail': 'true', 'include-global-service-events': 'false' }), {})
    )
    expect(problems).toEqual([
      {
        input: 'include-global-service-events',
        message: expect.stringMatching(
          /^Input "include-global-service-events" must be true when "is-multi-region-trail" is true/
        )
      }
    ])
    expect(
      parseSettings(rawInputs({ 'is-multi-region-trail': 'false', 'include-global-service-events': 'false' }), {}).ok
    ).toBe(true)
  })

  describe('session', () => {
    it('defaults the session name to org-trail-<run id>', () => {
      const s = settingsOf(parseSettings(rawInputs({ 'role-session-name': '' }), { GITHUB_RUN_ID: '9876543210' }))
      expect(s.auth).toMatchObject({ kind: 'oidc', sessionName: 'org-trail-9876543210' })
    })

    it('keeps an explicit session name', () => {
      const s = settingsOf(parseSettings(rawInputs({ 'role-session-name': 'nightly-enforce' }), { GITHUB_RUN_ID: '1' }))
      expect(s.auth).toMatchObject({ sessionName: 'nightly-enforce' })
    })

    it('uses the default credential chain when role-to-assume is empty', () => {
      expect(settingsOf(parseSettings(rawInputs({ 'role-to-assume': '' }), {})).auth).toEqual({ kind: 'default-chain' })
    })

    it.each(['900', '43200', '3600'])('accepts a duration of %s seconds', (seconds) => {
      expect(settingsOf(parseSettings(rawInputs({ 'role-duration-seconds': seconds }), {})).auth).toMatchObject({
        durationSeconds: Number(seconds)
      })
    })

    it.each(['899', '43201', '1h', '1e3', '900.5', '-900', ''])('rejects a duration of %j', (seconds) => {
      expect(
        problemsOf(parseSettings(rawInputs({ 'role-duration-seconds': seconds }), {})).map((p) => p.input)
      ).toEqual(['role-duration-seconds'])
    })
  })

  describe('github-token', () => {
    const TOKEN = 'ghs_ThisIsASecretTokenValue1234567890'

    it('is never echoed, even when it is the invalid input', () => {
      const problems = problemsOf(parseSettings(rawInputs({ 'github-token': `${TOKEN}\u0007` }), {}))
      expect(problems.map((p) => p.input)).toEqual(['github-token'])
      for (const p of problems) expect(p.message).not.toContain('ghs_')
    })

    it('is not echoed when other inputs are invalid', () => {
      const problems = problemsOf(parseSettings(rawInputs({ 'github-token': TOKEN, 'trail-name': '', mode: 'x' }), {}))
      expect(JSON.stringify(problems)).not.toContain(TOKEN)
    })

    it('is kept for the pull-request comment when valid', () => {
      expect(settingsOf(parseSettings(rawInputs({ 'github-token': TOKEN }), {})).githubToken).toBe(TOKEN)
    })
  })

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf(
      parseSettings(
        rawInputs({
          'trail-name': 'a',
          's3-bucket-name': 'B',
          mode: 'plan',
          'role-to-assume': 'nope',
          'start-logging': 'maybe',
          's3-key-prefix': 'x'.repeat(201)
        }),
        {}
      )
    )
    expect(new Set(problems.map((p) => p.input))).toEqual(
      new Set(['trail-name', 's3-bucket-name', 'mode', 'role-to-assume', 'start-logging', 's3-key-prefix'])
    )
    // Every broken rule of one input is its own problem: "a" is too short, "B" too short and uppercase.
    expect(problems.filter((p) => p.input === 's3-bucket-name').length).toBeGreaterThanOrEqual(2)
  })

  it('reports the multi-region / global-events conflict together with the other problems', () => {
    const problems = problemsOf(
      parseSettings(
        rawInputs({ 'trail-name': 'a', 'is-multi-region-trail': 'true', 'include-global-service-events': 'false' }),
        {}
      )
    )
    expect(problems.map((p) => p.input)).toEqual(
      expect.arrayContaining(['trail-name', 'include-global-service-events'])
    )
  })
})

describe('mask-aws-account-id and its old name, mask-account-id', () => {
  const parsed = (inputs: Record<string, string>) => parseSettings(rawInputs(inputs), {})

  it('is false when neither is set, and takes the value of whichever is set', () => {
    expect(settingsOf(parsed({})).maskAccountId).toBe(false)
    expect(settingsOf(parsed({ 'mask-aws-account-id': 'true' })).maskAccountId).toBe(true)
    expect(settingsOf(parsed({ 'mask-account-id': 'true' })).maskAccountId).toBe(true)
    expect(settingsOf(parsed({ 'mask-aws-account-id': 'true', 'mask-account-id': 'True' })).maskAccountId).toBe(true)
  })

  it('warns that the old name is deprecated, naming the new one; the new name alone warns of nothing', () => {
    const old = parsed({ 'mask-account-id': 'false' })
    expect(old.ok && old.deprecations).toEqual([
      { input: 'mask-account-id', message: expect.stringContaining('Use mask-aws-account-id') as string }
    ])
    const current = parsed({ 'mask-aws-account-id': 'true' })
    expect(current.ok && current.deprecations).toEqual([])
  })

  it('is an input error when both are set and disagree', () => {
    expect(problemsOf(parsed({ 'mask-aws-account-id': 'false', 'mask-account-id': 'true' }))).toEqual([
      {
        input: 'mask-account-id',
        message:
          'Inputs "mask-aws-account-id" (false) and "mask-account-id" (true, its old name) disagree: set only mask-aws-account-id'
      }
    ])
  })
})

describe('the summarize inputs', () => {
  it('read the report paths, one per line or comma-separated', () => {
    const r = parseSummarizeSettings({ reports: 'a.json\n  b/ , c.json\n\n' })
    expect(r).toEqual({
      ok: true,
      settings: { mode: 'summarize', reports: ['a.json', 'b/', 'c.json'] },
      deprecations: []
    })
  })

  it('require at least one path, naming the input', () => {
    expect(parseSummarizeSettings({ reports: ' \n ' })).toEqual({
      ok: false,
      problems: [
        {
          input: 'reports',
          message:
            'Input "reports" is required: the report files (or folders of them) of the runs to gather, one per line'
        }
      ]
    })
  })
})

describe('which action started the bundle', () => {
  const inputs: Record<string, string> = { ...rawInputs(), mode: 'summarize', reports: 'r.json' }
  const getInput = (name: string) => inputs[name] ?? ''

  it('the summarize action reads only its own inputs', async () => {
    const read: string[] = []
    const r = await readSettings((name) => (read.push(name), getInput(name)), { ORG_TRAIL_ACTION: 'summarize' })
    expect(read).toEqual(['reports'])
    expect(r).toMatchObject({ ok: true, settings: { mode: 'summarize', reports: ['r.json'] }, deprecations: [] })
  })

  it('mode: summarize of the main action still works, with a warning that names the summarize action at this ref', async () => {
    const r = await readSettings(getInput, {
      GITHUB_ACTION_REPOSITORY: 'octo-org/org-trail',
      GITHUB_ACTION_REF: '0123456789abcdef0123456789abcdef01234567'
    })
    expect(r).toMatchObject({ ok: true, settings: { mode: 'summarize', reports: ['r.json'] } })
    expect(r.ok && r.deprecations).toEqual([
      {
        input: 'mode',
        message: expect.stringContaining(
          'uses: octo-org/org-trail/summarize@0123456789abcdef0123456789abcdef01234567'
        ) as string
      }
    ])
  })
})
