/** The non-secret claims of a GitHub OIDC token that a trust policy is matched against. */
export interface TokenClaims {
  readonly sub?: string
  readonly aud?: string
  readonly repository?: string
  readonly ref?: string
  readonly job_workflow_ref?: string
}

const SHOWN: (keyof TokenClaims)[] = ['sub', 'aud', 'repository', 'ref', 'job_workflow_ref']

/** Reads the payload of a JWT without verifying it: only to explain a refusal, never to trust it. */
export function decodeClaims(token: string): TokenClaims {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    const claims: Record<string, string> = {}
    for (const key of SHOWN) {
      const value = parsed[key]
      if (typeof value === 'string') claims[key] = value
      else if (Array.isArray(value)) claims[key] = value.join(',')
    }
    return claims
  } catch {
    return {}
  }
}

export function describeClaims(claims: TokenClaims): string {
  const parts = SHOWN.filter((key) => claims[key] !== undefined).map((key) => `${key}="${claims[key]}"`)
  return parts.length > 0 ? parts.join(', ') : '(the token carried no readable claims)'
}

/**
 * The repository part of a `repo:` subject and the form GitHub wrote it in: names alone
 * (`repo:OWNER/REPO:…`) or with immutable ids (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`, the default for
 * repositories created or renamed on or after 15 July 2026, GitHub's OIDC docs). A trust condition in
 * one form never matches a token in the other. Undefined for a subject of another shape (customized).
 */
export function subjectForm(sub: string | undefined): { immutable: boolean; repository: string } | undefined {
  const [, owner, repo] = /^repo:([^/:]+)\/([^:]+):/.exec(sub ?? '') ?? []
  if (owner === undefined || repo === undefined) return undefined
  const withId = (name: string) => /^[^@]+@\d+$/.test(name)
  return { immutable: withId(owner) && withId(repo), repository: `${owner}/${repo}` }
}

/** One sentence on the subject's form, with the repository-wide condition in that form; '' for another shape. */
export function describeSubjectForm(sub: string | undefined): string {
  const form = subjectForm(sub)
  if (!form) return ''
  const condition = `"token.actions.githubusercontent.com:sub": "repo:${form.repository}:*"`
  return form.immutable
    ? ` This token's sub uses GitHub's immutable ids (repo:OWNER@OWNER_ID/REPO@REPO_ID:…, the default for repositories created or renamed on or after 15 July 2026): a condition that names the repository without its ids does not match it. Every ref of this repository, in that form (StringLike): ${condition}.`
    : ` This token's sub names the repository without GitHub's immutable ids (repo:OWNER/REPO:…): a condition written with them (repo:OWNER@OWNER_ID/REPO@REPO_ID:…) does not match it. Every ref of this repository, in that form (StringLike): ${condition}.`
}
