// The action's inputs cannot widen its reach, proven on the bundle (dist/index.js started as the runner
// starts it, against moto through the AWS layer) with a few representative runs (the unit half,
// __tests__/unit/injection.test.ts, explores many more values on the renderers, the workflow commands and
// the settings):
// - hostile values in many inputs at once (newlines, `::` commands, `%0A`, shell metacharacters, very long
//   values, Unicode look-alikes in ARNs): the run stops before any token or AWS request, the log carries no
//   workflow command of theirs, and every problem stays in its row of the summary;
// - hostile values the rules accept (tag keys and values, a key prefix full of metacharacters): the trail is
//   created, the log and the summary hold them harmlessly, and every AWS request goes to the declared
//   account, region, bucket and trail.
import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  expectExit,
  explainRun,
  run,
  seed,
  state,
  useWorld,
  type Run
} from '../support/harness.js'

const world = useWorld()

const MARK = 'INJECTED'
/** Lines that, were they to reach the log as lines of their own, would be workflow commands of an attacker. */
const COMMANDS = [
  `::warning title=${MARK}::pwned`,
  `::error::${MARK}`,
  `::notice::${MARK}`,
  '::add-mask::org-trail',
  '::stop-commands::resume',
  `::set-output name=status::${MARK}`
]

const payload = fc.oneof(
  fc.constantFrom(...COMMANDS).map((c) => `\n${c}`),
  fc.constantFrom(...COMMANDS).map((c) => `%0A${c}`),
  fc.constantFrom(...COMMANDS).map((c) => `\r\n${c}`),
  fc.constantFrom(...COMMANDS).map((c) => `\u2028${c}`),
  fc.constantFrom('$(touch /tmp/org-trail-pwned)', '`id`', '; rm -rf ~ #', '| x | y |\n| --- | --- |', '<script>')
)

/** A valid value with a payload spliced in: still rejected, as each input's rules refuse it. */
const spliced = (valid: string) =>
  fc.tuple(fc.nat(valid.length), payload).map(([at, p]) => `${valid.slice(0, at)}${p}${valid.slice(at)}`)

/** Every line of the log that the runner would take for a command, with its name. */
function commandLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))
}

/** No command line of the run's log is one of the payloads: each is the action's own. */
function expectNoInjectedCommand(r: Run): void {
  const injected = commandLines(r.stdout).filter(
    (line) => line.includes(MARK) && COMMANDS.some((c) => line.trimStart().startsWith(c.slice(0, 12)))
  )
  const foreign = commandLines(r.stdout).filter((line) =>
    /^::(stop-commands|set-output|set-env)/.test(line.trimStart())
  )
  if (injected.length > 0 || foreign.length > 0)
    throw new Error(
      `injected workflow commands in the log: ${JSON.stringify([...injected, ...foreign])}\n${explainRun(r)}`
    )
  expect(r.annotations.filter((a) => a.title === MARK)).toEqual([])
}

/** Every table of the summary, as GitHub's GFM reads it (marked): each row as wide as its header. */
function expectTablesIntact(markdown: string): Tokens.Table[] {
  const tables: Tokens.Table[] = []
  marked.walkTokens(marked.lexer(markdown), (t) => {
    if (t.type === 'table') tables.push(t as Tokens.Table)
  })
  for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.header.length)
  return tables
}

/** Every input carrying a newline and a command of its own. */
function plainest(roleArn: string): Record<string, string> {
  const p = `\n${COMMANDS[0] ?? ''}`
  return {
    'trail-name': `${TRAIL}${p}`,
    's3-bucket-name': `${BUCKET}${p}`,
    'aws-region': `${REGION}${p}`,
    'role-to-assume': `${roleArn}${p}`,
    'kms-key-id': `alias/org-trail${p}`,
    // A YAML map (no "="): YAML folds a raw line break in a quoted key into a space; its \n escape is one.
    tags: `"team\\n${COMMANDS[1] ?? ''}": security`,
    's3-key-prefix': `logs${p}`
  }
}

describe('hostile inputs the rules refuse', () => {
  it(
    'stop the run before any token or AWS request, inject no command, and keep every problem in its row',
    async () => {
      const w = world()
      const seeded = await seed(w)
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            'trail-name': spliced(TRAIL),
            's3-bucket-name': spliced(BUCKET),
            'aws-region': spliced(REGION),
            'role-to-assume': fc.oneof(
              spliced(seeded.roleArn),
              fc.constant(seeded.roleArn.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
              fc.constant(seeded.roleArn.replace('arn:aws', 'аrn:аws'))
            ),
            'kms-key-id': spliced('arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
            tags: payload.map((p) => `"team${p}": security`),
            's3-key-prefix': fc.constant(`logs${'/x'.repeat(3000)}`)
          }),
          async (inputs) => {
            const r = await run(w, seeded, inputs)
            expectExit(r, 1)
            expect(r.tokenRequests).toBe(0)
            expect(r.operations).toEqual([])
            expectNoInjectedCommand(r)
            const [problems] = expectTablesIntact(r.summary)
            // A row for each of the six surely invalid inputs (a tag key may hold "::" and even U+2028, as AWS's
            // tag rules allow: it is written harmlessly, as the accepted case below shows).
            const named = new Set(problems?.rows.map((row) => row[0]?.text.replace(/`/g, '')))
            for (const input of [
              'trail-name',
              's3-bucket-name',
              'aws-region',
              'role-to-assume',
              'kms-key-id',
              's3-key-prefix'
            ])
              expect({ input, named: named.has(input) }).toEqual({ input, named: true })
          }
        ),
        // The first run is always the plainest attack: a newline and a command in every input.
        { numRuns: 3, examples: [[plainest(seeded.roleArn)]] }
      )
    },
    TEST_TIMEOUT * 2
  )
})

const PREFIX = `logs | ::warning title=${MARK}::x $(id) \`id\` <b>é</b>`

describe('hostile values the rules accept', () => {
  it(
    'create the trail; the log and the summary hold them harmlessly; every request stays in the declared account, region, bucket and trail',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const r = await run(w, seeded, {
        'aws-region': REGION,
        's3-key-prefix': PREFIX,
        // Tag keys and values allow letters, spaces (U+2028 among them), digits and _ . : / = + - @ only.
        tags: [
          `"::warning title=${MARK}::x": "::error::${MARK} = x"`,
          `"team\u2028::notice::${MARK}": "a + b @ c"`
        ].join('\n')
      })
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      expectNoInjectedCommand(r)
      const tables = expectTablesIntact(r.summary)
      expect(tables.length).toBeGreaterThan(1)

      const requests = w.proxy.aws()
      expect(requests.length).toBeGreaterThan(0)
      // The declared account (the role's) and region, nothing else.
      expect([...new Set(requests.map((q) => q.account))]).toEqual([seeded.managementAccountId])
      // (The unsigned AssumeRoleWithWebIdentity names no region in a credential scope.)
      expect([...new Set(requests.flatMap((q) => (q.region ? [q.region] : [])))]).toEqual([REGION])
      // S3: only the declared bucket. CloudTrail: only the declared trail, by name or ARN.
      const s3Paths = requests.filter((q) => q.service === 's3').map((q) => q.path.split('?')[0] ?? '')
      expect(s3Paths.filter((p) => p !== `/${BUCKET}` && !p.startsWith(`/${BUCKET}/`))).toEqual([])
      expect(String(r.outputs['trail-arn'])).toMatch(
        new RegExp(`^arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}$`)
      )
      const after = await state(w)
      expect(after.trails.map((t) => t.Name)).toEqual([TRAIL])
      // The prefix, metacharacters and all, is data: CloudTrail got it as it was declared.
      expect(after.trails[0]?.S3KeyPrefix).toBe(PREFIX)
    },
    TEST_TIMEOUT
  )
})
