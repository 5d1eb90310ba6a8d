// Reading the claims of the GitHub OIDC token, only to explain a refusal by a trust policy.
import fc from 'fast-check'
import { decodeClaims, describeClaims, describeSubjectForm, subjectForm } from '../../src/aws/token.js'

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

describe('subjectForm', () => {
  it('tells the immutable-id form from names alone, and leaves customized subjects alone', () => {
    expect(subjectForm('repo:octo-org@1001/octo-repo@2002:ref:refs/heads/main')).toEqual({
      immutable: true,
      repository: 'octo-org@1001/octo-repo@2002'
    })
    expect(subjectForm('repo:octo-org/octo-repo:environment:production')).toEqual({
      immutable: false,
      repository: 'octo-org/octo-repo'
    })
    // An @ in a name that is not followed by a numeric id is not the immutable form.
    expect(subjectForm('repo:octo-org/octo-repo@next:ref:refs/heads/main')?.immutable).toBe(false)
    expect(subjectForm('job_workflow_ref:octo-org/x/.github/workflows/a.yml@refs/heads/main')).toBeUndefined()
    expect(subjectForm(undefined)).toBeUndefined()
  })

  it('writes the repository-wide condition in the form the token has', () => {
    expect(describeSubjectForm('repo:a@1/b@2:pull_request')).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:a@1/b@2:*"'
    )
    expect(describeSubjectForm('repo:a/b:pull_request')).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:a/b:*"'
    )
    expect(describeSubjectForm('custom')).toBe('')
  })
})
