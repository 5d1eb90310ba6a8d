// Log verification as the reader meets it: the step's failure, the output, the summary's first screen, the
// run report (valid against its schema) and the roll-up of a matrix's shards.
import type { LogIntegrity, Problem } from '../../src/integrity/types.js'
import { combineShards, integrityFailure } from '../../src/integrity/verdict.js'
import { withLogIntegrity } from '../../src/outcome.js'
import { integrityAnnotation, renderLogIntegrity } from '../../src/report/log-integrity.js'
import { annotationsOf, outputsOf } from '../../src/report/outputs.js'
import { reportOf, type Report } from '../../src/report/record.js'
import { runContextOf } from '../../src/report/run-context.js'
import { renderRollup } from '../../src/report/rollup.js'
import { renderSummary } from '../../src/report/summary.js'
import { logIntegrityResult, outcome } from '../support/fixtures.js'
import { reportSchemaErrors } from '../support/report-schema.js'

const MEMBER = '222222222222'
const KEY =
  'AWSLogs/o-exampleorgid/222222222222/CloudTrail/eu-west-1/2026/03/02/222222222222_CloudTrail_eu-west-1_x.json.gz'

const result = logIntegrityResult

const altered: Problem = {
  account: MEMBER,
  region: 'eu-west-1',
  kind: 'log-file-invalid',
  key: KEY,
  detail: 'Its SHA-256 is not the one the digest records: it was altered'
}
const invalid = result({
  verdict: 'invalid',
  problems: [altered],
  counts: { ...result().counts, logFiles: { valid: 7199, invalid: 1, unverified: 0 } }
})

describe('the step', () => {
  it('fails on a problem, naming the kinds, unless fail-on-log-integrity is false', () => {
    expect(withLogIntegrity(outcome(), invalid, true).failures).toEqual([
      'Log integrity is invalid: 1 problem in the 24h verified (1 log-file-invalid) (fail-on-log-integrity is true)'
    ])
    expect(withLogIntegrity(outcome(), invalid, false).failures).toEqual([])
    expect(withLogIntegrity(outcome(), result(), true).failures).toEqual([])
  })

  it('fails when something could not be read, naming the action, and says it is not tampering elsewhere', () => {
    const unverified = result({
      verdict: 'unverified',
      unreadable: [
        { account: MEMBER, region: 'eu-west-1', key: KEY, action: 'kms:Decrypt', code: 'AccessDenied', message: 'no' }
      ]
    })
    expect(integrityFailure(unverified)).toBe(
      'The logs could not all be verified: 1 read refused or failed (kms:Decrypt) (fail-on-log-integrity is true)'
    )
    expect(renderLogIntegrity(unverified)).toContain('not evidence of tampering')
  })
})

describe('the outputs', () => {
  it('log-integrity is the verdict, or off without verify-logs', () => {
    expect(outputsOf(outcome())['log-integrity']).toBe('off')
    expect(outputsOf(outcome({ logIntegrity: invalid }))['log-integrity']).toBe('invalid')
    expect(outputsOf(outcome({ logIntegrity: result({ verdict: 'stale' }) }))['log-integrity']).toBe('stale')
  })

  it('one annotation when the logs are not valid, with the first problem’s key; none when valid', () => {
    expect(integrityAnnotation(result())).toBeNull()
    expect(annotationsOf(outcome({ logIntegrity: invalid }))).toEqual([
      { level: 'error', title: 'Log integrity: invalid', message: expect.stringContaining(KEY) }
    ])
  })
})

describe('the job summary', () => {
  it('shows the verdict, the counts and the first problems with their keys before the trail details', () => {
    const md = renderSummary(outcome({ logIntegrity: invalid }))
    const logs = md.indexOf('### Log integrity')
    expect(logs).toBeGreaterThan(-1)
    expect(logs).toBeLessThan(md.indexOf('### Trail'))
    expect(md).toContain(
      '**Logs (24h):** ❌ invalid · 20 accounts × 3 regions · 1,440 digests · 7,200 log files (50.0 MB hashed)'
    )
    expect(md).toContain(`\`${KEY}\``)
  })

  it('lists at most ten problems, pointing at the report for the rest', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...altered, key: `${KEY}.${i}` }))
    const md = renderLogIntegrity(
      result({ verdict: 'invalid', problems: many, omitted: { problems: 6, unreadable: 0, loggingOff: 0 } })
    )
    expect(md.match(/\| `log-file-invalid` \|/g)).toHaveLength(10)
    expect(md).toContain('…and 10 more problems')
  })

  it('says why nothing was verified', () => {
    const md = renderLogIntegrity(
      result({ verdict: 'unverified', skipped: 'The trail does not exist: there are no logs to verify.' })
    )
    expect(md).toContain('❔ unverified · The trail does not exist')
  })
})

const run = runContextOf(
  { GITHUB_REPOSITORY: 'acme/lz', GITHUB_RUN_ID: '7' },
  '0.1.0',
  new Date('2026-03-02T12:00:00Z')
)

describe('the run report', () => {
  it('holds logIntegrity, valid against the committed schema; absent without verify-logs', () => {
    const report = reportOf(withLogIntegrity(outcome(), invalid, true), run, new Date('2026-03-02T12:05:00Z'))
    expect(report.logIntegrity).toMatchObject({ verdict: 'invalid', problems: [altered] })
    expect(reportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([])
    expect('logIntegrity' in reportOf(outcome(), run, new Date())).toBe(false)
  })
})

describe('the roll-up of an accounts-shard matrix', () => {
  const shardReport = (index: number, part: LogIntegrity): Report =>
    reportOf(
      withLogIntegrity(outcome(), { ...part, shard: { index, count: 3 } }, true),
      run,
      new Date('2026-03-02T12:05:00Z')
    )
  const valid = (accounts: number) => result({ counts: { ...result().counts, accounts, accountRegions: accounts * 3 } })

  it('combines the shards into one verdict and sums their counts', () => {
    const parts = [valid(7), invalid, valid(6)].map((r, i) => ({ ...r, shard: { index: i + 1, count: 3 } }))
    const combined = combineShards(parts)
    expect(combined).toMatchObject({ verdict: 'invalid', missingShards: [], problems: [altered], shard: null })
    expect(combined.counts.accounts).toBe(33)
    const rollup = renderRollup(
      [1, 2, 3].map((i) => ({ source: `r${i}.json`, report: shardReport(i, parts[i - 1] as LogIntegrity) }))
    )
    expect(rollup.markdown).toContain('### Log integrity')
    expect(rollup.markdown).toMatch(/\| ❌ invalid \| 3\/3 \| 33 \|/)
    expect(rollup.markdown).toContain(KEY)
  })

  it('a shard whose report is missing leaves accounts unverified and fails the roll-up', () => {
    const rollup = renderRollup([1, 3].map((i) => ({ source: `r${i}.json`, report: shardReport(i, valid(5)) })))
    expect(rollup.failed).toBe(true)
    expect(rollup.failures).toEqual([expect.stringContaining('accounts-shard 2/3 are missing')])
    expect(rollup.markdown).toMatch(/\| ❔ unverified \| 2\/3 \|/)
  })
})
