// Reading the claims of the GitHub OIDC token, only to explain a refusal by a trust policy.
import fc from 'fast-check'
import { decodeClaims, describeClaims } from '../../src/aws/token.js'

const jwt = (payload: unknown) =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2lnbmF0dXJl`

describe('decodeClaims', () => {
  it('reads the claims a trust policy matches on, and nothing else', () => {
    const claims = decodeClaims(
      jwt({
        sub: 'repo:acme/infra:ref:refs/heads/main',
        aud: 'sts.amazonaws.com',
        repository: 'acme/infra',
        ref: 'refs/heads/main',
        job_workflow_ref: 'acme/infra/.github/workflows/trail.yml@refs/heads/main',
        actor: 'octocat',
        exp: 1700000000
      })
    )
    expect(claims).toEqual({
      sub: 'repo:acme/infra:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      repository: 'acme/infra',
      ref: 'refs/heads/main',
      job_workflow_ref: 'acme/infra/.github/workflows/trail.yml@refs/heads/main'
    })
  })

  it('joins an audience list', () => {
    expect(decodeClaims(jwt({ aud: ['sts.amazonaws.com', 'other'] })).aud).toBe('sts.amazonaws.com,other')
  })

  it('ignores claims that are not strings', () => {
    expect(decodeClaims(jwt({ sub: 42, ref: null, repository: { name: 'x' } }))).toEqual({})
  })

  it.each([
    ['an empty token', ''],
    ['a token without dots', 'not-a-jwt'],
    ['a token with an empty payload', 'a..c'],
    ['a payload that is not base64 JSON', 'a.!!!notbase64!!!.c'],
    ['a payload that is JSON null', `a.${Buffer.from('null').toString('base64url')}.c`],
    ['a payload that is a JSON string', `a.${Buffer.from('"sub"').toString('base64url')}.c`],
    ['a payload that is a JSON array', `a.${Buffer.from('[1,2]').toString('base64url')}.c`]
  ])('returns no claims for %s', (_, token) => {
    expect(decodeClaims(token)).toEqual({})
  })

  it('never throws, whatever the token', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.string(), fc.string({ unit: 'binary' }), fc.string())
            .map(([a, b, c]) => `${a}.${Buffer.from(b).toString('base64url')}.${c}`)
        ),
        (token) => {
          expect(() => decodeClaims(token)).not.toThrow()
        }
      )
    )
  })
})

describe('describeClaims', () => {
  it('lists the claims it has, in a fixed order, quoted', () => {
    expect(describeClaims({ aud: 'sts.amazonaws.com', sub: 'repo:acme/infra:pull_request' })).toBe(
      'sub="repo:acme/infra:pull_request", aud="sts.amazonaws.com"'
    )
  })

  it('says so when there is nothing to show', () => {
    expect(describeClaims({})).toBe('(the token carried no readable claims)')
  })
})
