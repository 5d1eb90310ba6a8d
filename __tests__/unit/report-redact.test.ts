// Redaction of masked values (account ids) from every line the action writes.
import fc from 'fast-check'
import { redact } from '../../src/report/redact.js'

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    expect(
      redact('arn:aws:iam::111111111111:role/x in 111111111111, org 222222222222', ['111111111111', '222222222222'])
    ).toBe('arn:aws:iam::***:role/x in ***, org ***')
  })

  it('ignores empty secrets instead of mangling the text', () => {
    expect(redact('nothing secret', ['', ''])).toBe('nothing secret')
  })

  it('leaves no secret behind, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{12}$/), { minLength: 1, maxLength: 3 }),
        fc.array(fc.string(), { maxLength: 5 }),
        (secrets, parts) => {
          const text = parts.flatMap((p, i) => [p, secrets[i % secrets.length] ?? '']).join('')
          const out = redact(text, secrets)
          for (const secret of secrets) expect(out).not.toContain(secret)
        }
      )
    )
  })
})
