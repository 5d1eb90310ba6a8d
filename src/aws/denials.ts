// What an AccessDenied says of its cause: classified once, here, for every place a denial surfaces (a failed
// write and a failed read alike, whichever session made the call); explain.ts says what can fix each kind.
//
// AWS's access-denied messages name the kind of policy that refused (IAM user guide, "Troubleshoot access
// denied error messages"; S3 user guide, "Troubleshoot access denied (403 Forbidden) errors"):
//   User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE with an explicit deny in a TYPE
//   User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE because no TYPE allows the ACTION action
// S3 quotes the resource. Since 2026 the kind is followed by ": POLICY_ARN" for requests made within the
// account or the organization (AWS Security Blog, "Enhanced access denied error messages with policy ARNs").
// AWS names one kind even when several denied, and some services use neither form: a message that names no
// kind and no explicit deny is taken for the role's own (its permission policy lacks the action). Not
// documented: Organizations' and CloudTrail's own wording of a denial that names a policy (their API
// references give only a generic AccessDeniedException); the IAM guide's format is assumed for them.
// It imports nothing, so that any part of aws/ may classify (the session too) without an import circle.

export type PolicyKind =
  | 'service-control-policy'
  | 'resource-control-policy'
  | 'permissions-boundary'
  | 'session-policy'
  | 'identity-based-policy'
  | 'resource-based-policy'
  | 'vpc-endpoint-policy'

/** Each kind as AWS's message words it (a pattern), and as org-trail names it to people. */
export const POLICY_KINDS: Readonly<Record<PolicyKind, { readonly said: string; readonly name: string }>> = {
  'service-control-policy': { said: 'service control policy', name: 'service control policy (SCP)' },
  'resource-control-policy': { said: 'resource control policy', name: 'resource control policy (RCP)' },
  'permissions-boundary': { said: 'permissions boundary', name: 'permissions boundary' },
  // The IAM guide's own example says "a sessions policy" where its rule says "a session policy".
  'session-policy': { said: 'sessions? policy', name: 'session policy' },
  'identity-based-policy': { said: 'identity-based policy', name: 'identity-based policy' },
  'resource-based-policy': { said: 'resource-based policy', name: 'resource-based policy' },
  'vpc-endpoint-policy': { said: 'VPC endpoint policy', name: 'VPC endpoint policy' }
}

const KIND_NAMES = Object.keys(POLICY_KINDS) as PolicyKind[]

/** What an AccessDenied message says of its cause. */
export interface Denial {
  /** The kind of policy AWS named; null when it named none. */
  readonly kind: PolicyKind | null
  /** "with an explicit deny": a Deny statement refused, which no Allow can override. */
  readonly explicit: boolean
  /** Who was refused (an assumed-role session's ARN, usually); null when the message does not say. */
  readonly principal: string | null
  readonly resource: string | null
  /** The denying policy's ARN, when AWS gave it. */
  readonly policyArn: string | null
}

export function denialOf(message: string): Denial {
  const principal = /User: (arn:[^\s"]+) is not authorized/.exec(message)?.[1] ?? null
  const resource = /on resource: "?([^\s"]+)"?/.exec(message)?.[1] ?? null
  for (const kind of KIND_NAMES) {
    const { said } = POLICY_KINDS[kind]
    const explicit = new RegExp(
      `with an explicit deny in (?:an? |the )?${said}(?::\\s*(arn:[^\\s"]+?))?\\.?(?:\\s|$)`,
      'i'
    )
    const found = explicit.exec(message)
    if (found) return { kind, explicit: true, principal, resource, policyArn: found[1] ?? null }
    if (new RegExp(`because no ${said} allows`, 'i').test(message))
      return { kind, explicit: false, principal, resource, policyArn: null }
  }
  return { kind: null, explicit: /with an explicit deny/i.test(message), principal, resource, policyArn: null }
}

/**
 * The denial is the role's own: its identity-based policies allow nothing of the kind, and nothing else was
 * named (no explicit Deny, no other kind of policy). Then, and only then, adding the action to it helps.
 */
export function isRolesOwn(denial: Denial): boolean {
  return !denial.explicit && (denial.kind === null || denial.kind === 'identity-based-policy')
}
