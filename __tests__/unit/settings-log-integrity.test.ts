// The log-verification inputs: verify-logs, verify-log-files, fail-on-log-integrity, accounts-shard. Each
// bad value is one problem naming its input, found with every other input's before any AWS request.
import fc from 'fast-check'
import { parseSettings, type ParseResult } from '../../src/settings/parse.js'
import { parseShard, parseWindow } from '../../src/settings/log-integrity.js'
import { rawInputs } from '../support/fixtures.js'

const parse = (overrides: Record<string, string>) => parseSettings(rawInputs(overrides), {})
const problemsOf = (r: ParseResult) => (r.ok ? [] : r.problems)

describe('verify-logs', () => {
  it('is off when empty, its default', () => {
    const r = parse({})
    expect(r.ok && r.settings.logIntegrity).toBeNull()
  })

  it.each([
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['7d', 7 * 86_400_000],
    ['90d', 90 * 86_400_000],
    ['2160h', 90 * 86_400_000]
  ])('reads %s as a window', (text, ms) => {
    const r = parse({ 'verify-logs': text })
    expect(r.ok && r.settings.logIntegrity).toEqual({
      window: { text, ms },
      logFiles: 'all',
      failOnProblem: true,
      shard: null
    })
  })

  it.each(['24', 'h', '0h', '1.5h', '1w', '-1d', '24 h', 'yesterday', '24H'])(
    'refuses %j, naming the input and what it takes',
    (value) => {
      expect(problemsOf(parse({ 'verify-logs': value }))).toEqual([
        {
          input: 'verify-logs',
          message: `Input "verify-logs" must be a window of whole hours or days, from 1h to 90d (for example "24h" or "7d") (got ${JSON.stringify(value)})`
        }
      ])
    }
  )

  it.each(['91d', '2161h', '99999d'])('refuses %s: more than 90 days', (value) => {
    expect(problemsOf(parse({ 'verify-logs': value }))).toEqual([
      { input: 'verify-logs', message: expect.stringMatching(/^Input "verify-logs" must be at most 90d/) }
    ])
  })

  it('no value crashes the window parser: each is a window of 1 h to 90 d, or a problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (value) => {
        const r = parseWindow(value)
        if (r.ok) expect(r.value.ms >= 3_600_000 && r.value.ms <= 90 * 86_400_000).toBe(true)
        else expect(r.problems).not.toEqual([])
      })
    )
  })
})

describe('verify-log-files and fail-on-log-integrity', () => {
  it('take none and false', () => {
    const r = parse({ 'verify-logs': '1h', 'verify-log-files': 'none', 'fail-on-log-integrity': 'false' })
    expect(r.ok && r.settings.logIntegrity).toMatchObject({ logFiles: 'none', failOnProblem: false })
  })

  it('refuse anything else, naming the input', () => {
    expect(problemsOf(parse({ 'verify-logs': '1h', 'verify-log-files': 'some' }))).toEqual([
      { input: 'verify-log-files', message: 'Input "verify-log-files" must be "all" or "none" (got "some")' }
    ])
    expect(problemsOf(parse({ 'verify-logs': '1h', 'fail-on-log-integrity': 'yes' })).map((p) => p.input)).toEqual([
      'fail-on-log-integrity'
    ])
  })
})

describe('accounts-shard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/4', { index: 3, count: 4 }],
    ['256/256', { index: 256, count: 256 }]
  ])('reads %s', (text, shard) => {
    const r = parse({ 'verify-logs': '24h', 'accounts-shard': text })
    expect(r.ok && r.settings.logIntegrity?.shard).toEqual(shard)
  })

  it.each(['0/4', '5/4', '1/0', '4', '1/257', 'a/b', '1 / 4', '1/4/2', '-1/4'])(
    'refuses %j: not i/n with 1 ≤ i ≤ n ≤ 256',
    (value) => {
      expect(problemsOf(parse({ 'verify-logs': '24h', 'accounts-shard': value }))).toEqual([
        { input: 'accounts-shard', message: expect.stringMatching(/^Input "accounts-shard" must be "i\/n"/) }
      ])
    }
  )

  it('needs verify-logs: it splits the accounts whose logs are verified', () => {
    expect(problemsOf(parse({ 'accounts-shard': '1/2' }))).toEqual([
      { input: 'accounts-shard', message: expect.stringContaining('set "verify-logs" too') }
    ])
  })

  it('no value crashes the shard parser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (value) => {
        const r = parseShard(value)
        if (r.ok) expect(1 <= r.value.index && r.value.index <= r.value.count && r.value.count <= 256).toBe(true)
      })
    )
  })
})

it('every bad log-verification input is reported at once, with the other inputs’ problems', () => {
  const problems = problemsOf(
    parse({ 'verify-logs': '100d', 'verify-log-files': 'x', 'accounts-shard': '9/2', 'trail-name': 'a' })
  )
  expect(problems.map((p) => p.input).sort()).toEqual([
    'accounts-shard',
    'trail-name',
    'verify-log-files',
    'verify-logs'
  ])
})
