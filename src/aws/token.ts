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
