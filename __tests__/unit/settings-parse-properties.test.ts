// Property tests of input validation: no value crashes it, and every rejection names its input.
import fc from 'fast-check'
import { trailNameProblems } from '../../src/settings/rules.js'
import { INPUT_NAMES } from '../../src/settings/inputs.js'
import { parseSettings } from '../../src/settings/parse.js'
import { rawInputs } from '../support/fixtures.js'

/** Strings a workflow author (or a template gone wrong) could pass: unicode, control characters, huge. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\n',
      '\r',
      '\t',
      '\u007f',
      '\u200b',
      '\u00a0',
      '\ud800',
      'é',
      '🙂',
      '.',
      '-',
      '_',
      '/',
      ':',
      '"',
      '\\',
      'a',
      'Z',
      '1',
      ' '
    ),
    maxLength: 40
  }),
  fc.string({ minLength: 129, maxLength: 5000 }),
  fc.constantFrom(
    '',
    ' ',
    'true',
    'FALSE',
    'check',
    'apply',
    'us-east-1',
    '900',
    'arn:aws:iam::123456789012:role/x',
    '1.2.3.4'
  )
)

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f')

describe.each(INPUT_NAMES)('input %s', (name) => {
  it('never makes validation throw, and every resulting problem names this input', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const result = parseSettings(rawInputs({ [name]: value }), {})
        if (result.ok) return
        expect(result.problems.length).toBeGreaterThan(0)
        // A problem may be filed under the other input of a pair ("set both or neither"), but its
        // message always names the input whose value caused it.
        for (const problem of result.problems) expect(problem.message).toContain(`"${name}"`)
      })
    )
  })

  it('rejects a value with a control character inside, naming the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), CONTROL, fc.string({ maxLength: 30 }), (before, control, after) => {
        const result = parseSettings(rawInputs({ [name]: `x${before}${control}${after}x` }), {})
        expect(result.ok).toBe(false)
        if (!result.ok)
          expect(result.problems.some((p) => p.input === name && p.message.includes(`"${name}"`))).toBe(true)
      })
    )
  })
})

it('never echoes the github-token, whatever else is wrong', () => {
  const secret = fc.stringMatching(/^ghs_[A-Za-z0-9]{12,40}$/)
  fc.assert(
    fc.property(
      secret,
      CONTROL,
      fc.constantFrom<Record<string, string>>({}, { 'trail-name': '' }, { mode: 'x', 'aws-region': 'nowhere' }),
      (token, control, others) => {
        const result = parseSettings(rawInputs({ ...others, 'github-token': `${token}${control}` }), {})
        expect(result.ok).toBe(false)
        if (!result.ok) expect(JSON.stringify(result.problems)).not.toContain(token)
      }
    )
  )
})

describe('boolean inputs', () => {
  const ACCEPTED = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']
  const booleanValue = fc.oneof(
    fc.constantFrom(...ACCEPTED, 'tRue', 'yes', '1', 'on', ' true ', 'true\n'),
    fc.string({ maxLength: 8 })
  )

  it.each(['start-logging', 'fail-on-drift', 'enable-log-file-validation'])(
    '%s is accepted exactly when the trimmed value is one of true/True/TRUE/false/False/FALSE',
    (name) => {
      fc.assert(
        fc.property(booleanValue, (value) => {
          expect(parseSettings(rawInputs({ [name]: value }), {}).ok).toBe(ACCEPTED.includes(value.trim()))
        })
      )
    }
  )

  it.each(['mask-aws-account-id', 'mask-account-id'])(
    '%s is accepted exactly when the trimmed value is one of those, or empty (false)',
    (name) => {
      fc.assert(
        fc.property(booleanValue, (value) => {
          const trimmed = value.trim()
          expect(parseSettings(rawInputs({ [name]: value }), {}).ok).toBe(trimmed === '' || ACCEPTED.includes(trimmed))
        })
      )
    }
  )
})

describe('trail names', () => {
  /** The rules of FACTS.md, written independently of src/settings/rules.ts. */
  const isValidTrailName = (name: string) =>
    name.length >= 3 &&
    name.length <= 128 &&
    /^[A-Za-z0-9]([._-]?[A-Za-z0-9])*$/.test(name) &&
    !/^\d{1,3}(\.\d{1,3}){3}$/.test(name)

  const trailNameLike = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '.', '_', '-'), maxLength: 140 }),
    fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', '-', ' ', 'é', '/'), maxLength: 10 }),
    fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999), fc.nat(999)).map((parts) => parts.join('.')),
    fc.integer({ min: 120, max: 135 }).map((n) => 'a'.repeat(n))
  )

  it('are valid exactly when they follow every CloudTrail rule', () => {
    fc.assert(
      fc.property(trailNameLike, (name) => {
        expect(trailNameProblems(name).length === 0).toBe(isValidTrailName(name))
      }),
      { numRuns: 1000 }
    )
  })

  it('that are valid pass the whole input validation', () => {
    fc.assert(
      fc.property(trailNameLike.filter(isValidTrailName), (name) => {
        const result = parseSettings(rawInputs({ 'trail-name': name }), {})
        expect(result.ok && result.settings.trail.name).toBe(name)
      })
    )
  })
})
