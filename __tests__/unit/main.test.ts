// run(), the orchestrator, with @actions/core and the AWS-facing stages mocked (observe, apply, re-read;
// STS answered by aws-sdk-client-mock): what it masks, what a failed run leaves behind, and its exit code.
// The settings, the plan, the Outcome and the renderers are the real ones.
import { jest } from '@jest/globals'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { Observed } from '../../src/observe/types.js'
import type { Change } from '../../src/plan/types.js'
import {
  ACCOUNT,
  TRAIL_ARN,
  REGION,
  identity,
  observed,
  observedTrail,
  rawInputs,
  trailConfig
} from '../support/fixtures.js'

// ---- @actions/core, recording every call ----
/** As the runner passes them: action.yml's defaults, then the fixture's values, then the case's. */
const action = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: unknown }>
}
const withDefaults = (overrides: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')])),
  ...rawInputs(overrides)
})
let inputs: Record<string, string> = {}
const summary = {
  addRaw: jest.fn((_markdown: string) => summary),
  write: jest.fn(async () => summary)
}
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  getIDToken: jest.fn(async (_audience: string) => TOKEN),
  setSecret: jest.fn((_secret: string) => undefined),
  setOutput: jest.fn((_name: string, _value: unknown) => undefined),
  setFailed: jest.fn((_message: string) => undefined),
  info: jest.fn((_line: string) => undefined),
  debug: jest.fn((_line: string) => undefined),
  notice: jest.fn((_message: string, _properties?: unknown) => undefined),
  warning: jest.fn((_message: string, _properties?: unknown) => undefined),
  error: jest.fn((_message: string, _properties?: unknown) => undefined),
  summary
}
jest.unstable_mockModule('@actions/core', () => core)

// ---- the stages that would talk to AWS ----
const observe = jest.fn<(...args: unknown[]) => Promise<Observed>>()
jest.unstable_mockModule('../../src/observe/index.js', () => ({ observe }))
const apply = jest.fn<(...args: unknown[]) => Promise<unknown>>()
jest.unstable_mockModule('../../src/apply/index.js', () => ({ apply }))
const reread = jest.fn<(...args: unknown[]) => Promise<unknown>>()
jest.unstable_mockModule('../../src/observe/reread.js', () => ({ reread }))

const { run } = await import('../../src/main.js')
const { ApplyError } = await import('../../src/apply/error.js')
const { ActionError } = await import('../../src/aws/errors.js')

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.'
const CREDENTIALS = {
  AccessKeyId: 'ASIAEXAMPLEKEY',
  SecretAccessKey: 'secret-access-key',
  SessionToken: 'session-token'
}
const sts = mockClient(STSClient)

let dir = ''
const env = { ...process.env }
beforeEach(() => {
  jest.clearAllMocks()
  sts.reset()
  sts.on(AssumeRoleWithWebIdentityCommand).resolves({
    Credentials: { ...CREDENTIALS, Expiration: new Date('2030-01-01T00:00:00Z') },
    AssumedRoleUser: { Arn: identity.arn, AssumedRoleId: 'AROAEXAMPLE:run-42' }
  })
  dir = mkdtempSync(path.join(tmpdir(), 'main-test-'))
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    // Were anything to get past the mocks, it would reach a closed local port, never AWS.
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  process.exitCode = undefined
  inputs = withDefaults({ mode: 'check', 'report-path': path.join(dir, 'report.json') })
  observe.mockResolvedValue(observed())
})
afterEach(() => {
  process.exitCode = undefined
  process.env = { ...env }
  rmSync(dir, { recursive: true, force: true })
})
afterAll(() => sts.restore())

const secrets = () => core.setSecret.mock.calls.map(([s]) => s)
const summaries = () => summary.addRaw.mock.calls.map(([markdown]) => markdown).join('\n')
/**
 * What the run writes for a person that the runner does not mask itself: the job summary (a file), and
 * the annotations and failure, which org-trail redacts too. Log lines are masked by the runner once
 * setSecret has registered a value, so for them what counts is that the value was registered first.
 */
const written = () =>
  [...core.notice.mock.calls, ...core.warning.mock.calls, ...core.error.mock.calls, ...core.setFailed.mock.calls]
    .map(([line]) => line)
    .concat(summaries())
    .join('\n')
const report = () => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Record<string, unknown>

describe('run(): secrets', () => {
  it('masks the OIDC token and the credentials STS returns', async () => {
    await run()
    expect(secrets()).toEqual(
      expect.arrayContaining([TOKEN, CREDENTIALS.AccessKeyId, CREDENTIALS.SecretAccessKey, CREDENTIALS.SessionToken])
    )
    expect(written()).not.toContain(CREDENTIALS.SecretAccessKey)
  })

  it('with mask-aws-account-id, masks every account id before any line could carry it, and redacts what GitHub shows; the report keeps them', async () => {
    inputs = { ...inputs, 'mask-aws-account-id': 'true' }
    await run()
    expect(secrets()).toContain(ACCOUNT)
    const masked = core.setSecret.mock.invocationCallOrder[secrets().indexOf(ACCOUNT)] ?? Infinity
    const firstInfo = Math.min(...core.info.mock.invocationCallOrder)
    expect(masked).toBeLessThan(firstInfo)
    expect(summaries()).toContain('***')
    expect(written()).not.toContain(ACCOUNT)
    // The evidence names the account it is about, and says it was masked elsewhere.
    expect(report()).toMatchObject({
      identity: { account: ACCOUNT },
      settings: { 'mask-aws-account-id': 'true' }
    })
  })

  it('mask-account-id, the old name, masks the same, with a deprecation warning', async () => {
    inputs = { ...inputs, 'mask-account-id': 'true' }
    await run()
    expect(secrets()).toContain(ACCOUNT)
    expect(written()).not.toContain(ACCOUNT)
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('Use mask-aws-account-id'), {
      title: 'Deprecated input: mask-account-id'
    })
  })

  it('masks the role account before the session is opened, so a refused role cannot print it', async () => {
    inputs = { ...inputs, 'mask-aws-account-id': 'true' }
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    await run()
    expect(secrets()).toContain(ACCOUNT)
    expect(core.error).toHaveBeenCalled()
    expect(written()).not.toContain(ACCOUNT)
  })

  it('without mask-aws-account-id, account ids are shown', async () => {
    await run()
    expect(secrets()).not.toContain(ACCOUNT)
    expect(summaries()).toContain(ACCOUNT)
  })
})

describe('run(): the exit code', () => {
  it('a converged check passes: no failure, exit code untouched, status in-sync', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(process.exitCode).toBeUndefined()
    expect(core.setOutput).toHaveBeenCalledWith('status', 'in-sync')
  })

  it('drift in check mode (fail-on-drift) fails the step with exit code 1', async () => {
    observe.mockResolvedValue(observed({ trail: observedTrail({}, { isLogging: false }) }))
    await run()
    expect(core.setOutput).toHaveBeenCalledWith('status', 'drift')
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Drift: apply would make 1 change'))
    expect(process.exitCode).toBe(1)
    expect(apply).not.toHaveBeenCalled()
  })

  it('an invalid input fails the step with exit code 1 before any AWS request', async () => {
    inputs = { ...inputs, 'trail-name': 'my..trail' }
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('no AWS request was made'))
    expect(process.exitCode).toBe(1)
    expect(sts.calls()).toHaveLength(0)
    expect(observe).not.toHaveBeenCalled()
  })
})

describe('run(): apply', () => {
  it('writes what the plan says, re-reads the trail, and reports it updated', async () => {
    inputs = { ...inputs, mode: 'apply' }
    observe.mockResolvedValue(observed({ trail: observedTrail({}, { isLogging: false }) }))
    apply.mockImplementation(async (plan) => ({
      applied: (plan as { changes: Change[] }).changes,
      trailArn: TRAIL_ARN,
      created: false,
      adopted: false
    }))
    reread.mockResolvedValue({
      trail: trailConfig(),
      status: { isLogging: true },
      selectors: { event: [], advanced: [] },
      insightSelectors: null,
      tags: null
    })
    await run()
    expect(apply).toHaveBeenCalledTimes(1)
    expect(reread).toHaveBeenCalledWith(expect.anything(), TRAIL_ARN, REGION, { insights: false, tags: false })
    expect(core.setOutput).toHaveBeenCalledWith('status', 'updated')
    expect(core.setOutput).toHaveBeenCalledWith('is-logging', 'true')
    expect(process.exitCode).toBeUndefined()
  })

  it('a converged account is not written to', async () => {
    inputs = { ...inputs, mode: 'apply' }
    await run()
    expect(apply).not.toHaveBeenCalled()
    expect(core.setOutput).toHaveBeenCalledWith('status', 'unchanged')
  })
})

describe('run(): a failed run', () => {
  it('an error while reading: one titled annotation, the failure summary, the failed report, exit code 1', async () => {
    observe.mockRejectedValue(
      new ActionError('Cannot read the organization', 'Organizations refused the read.', {
        fix: 'aws organizations describe-organization'
      })
    )
    await run()
    expect(core.error).toHaveBeenCalledWith('Organizations refused the read.', {
      title: 'Cannot read the organization'
    })
    expect(summaries()).toContain('🔴 failed')
    expect(summaries()).toContain('Cannot read the organization')
    expect(summaries()).toContain('aws organizations describe-organization')
    expect(report()).toMatchObject({ status: 'failed', conclusion: 'failure' })
    expect(process.exitCode).toBe(1)
  })

  it('apply failing part-way: the summary says what was done and what was not', async () => {
    inputs = { ...inputs, mode: 'apply' }
    observe.mockResolvedValue(
      observed({ trustedAccess: { ok: true, value: false }, trail: observedTrail({}, { isLogging: false }) })
    )
    apply.mockImplementation(async (plan) => {
      const [first] = (plan as { changes: Change[] }).changes
      throw new ApplyError(new ActionError('Cannot start logging', 'CloudTrail refused StartLogging.'), [
        first as Change
      ])
    })
    await run()
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('Done before the failure'), {
      title: 'Cannot start logging'
    })
    expect(summaries()).toContain('Done before the failure (1)')
    expect(summaries()).toContain('Not done (1)')
    expect(reread).not.toHaveBeenCalled()
    expect(process.exitCode).toBe(1)
  })
})
