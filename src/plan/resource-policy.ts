// The one decision taken for each resource policy org-trail may merge its statements into (the bucket's
// and the key's): unreadable text blocks, a Deny blocks, no permission to write blocks, a result over
// the size limit blocks, else apply merges. The resource supplies the policy algebra and the words.
import { PolicyParseError, policyBytes, type PolicyDocument, type Statement } from '../policy/document.js'
import type { DenyAnalysis } from '../policy/evaluate.js'
import type { MergeResult } from '../policy/merge.js'
import type { Step } from './context.js'
import { pasteable, policyDocumentOf, prerequisite, unevaluatedDenies } from './findings.js'
import type { Change } from './types.js'
import type { FoundGrant } from './types.js'

/** What a finding says: its title and its one line. */
interface Said {
  readonly title: string
  readonly detail: string
}

export interface ResourcePolicy {
  readonly id: string
  /** The check's title, and the title of its findings that do not name another. */
  readonly title: string
  /** For people: "the policy of bucket NAME". */
  readonly where: string
  readonly text: string | null
  readonly parse: (text: string | null) => PolicyDocument | null
  /** What CloudTrail still lacks, for people; '' when the policy grants everything. */
  readonly missing: (policy: PolicyDocument | null) => string
  readonly denies: (policy: PolicyDocument | null) => DenyAnalysis
  /** org-trail's own statements, as it would add them. */
  readonly statements: readonly Statement[]
  readonly merge: (policy: PolicyDocument | null) => MergeResult
  /** Whether org-trail may write the policy (manage-bucket-policy, manage-kms-key-policy). */
  readonly manage: boolean
  /**
   * Set when another system manages the resource (Control Tower, LZA): a missing grant is then its owner's to
   * add, whatever `manage` says. `detail` says so; `remedy` says where the owner adds the statements.
   */
  readonly owner?: { readonly detail: (missing: string) => string; readonly remedy: string }
  readonly maxBytes: number
  /** The write, once the merge is known. */
  readonly change: (merged: MergeResult) => Change
  /** The kind of that write: a policy found granting is one it may have made moments ago. */
  readonly writeKind: FoundGrant['kind']
  readonly words: {
    readonly unparsable: string
    readonly granted: string
    readonly denied: Said
    /** Named for what is wrong when that heads the blocker list. */
    readonly missingTitle: string
    readonly unmanaged: (missing: string) => string
    readonly tooLarge: (bytes: number, statements: string) => Said & { readonly remediation: string }
    readonly fixable: (missing: string, merged: MergeResult) => string
  }
}

/** The decision's step, then a warning for each Deny that could not be evaluated. */
export function checkResourcePolicy(r: ResourcePolicy): Step[] {
  const { id, title, words } = r
  let policy
  try {
    policy = r.parse(r.text)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    const where = `${r.where.charAt(0).toUpperCase()}${r.where.slice(1)}`
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title,
        detail: `${where}: ${error.message}.`,
        remediation: words.unparsable
      })
    ]
  }
  const denies = r.denies(policy)
  return [decide(r, policy, denies.denying), ...unevaluatedDenies(`${id}.unevaluated`, r.where, denies.unknown)]
}

function decide(r: ResourcePolicy, policy: PolicyDocument | null, denying: readonly Statement[]): Step {
  const { id, title, words } = r
  const missing = r.missing(policy)
  if (missing === '')
    return {
      ...prerequisite({ id, severity: 'ok', title, detail: words.granted }),
      found: { kind: r.writeKind, what: r.where }
    }
  if (denying.length > 0)
    return prerequisite({ id, severity: 'blocker', ...words.denied, remediation: pasteable(denying) })
  if (r.owner)
    return prerequisite({
      id,
      severity: 'blocker',
      title: words.missingTitle,
      detail: r.owner.detail(missing),
      remediation: `${r.owner.remedy}\n${policyDocumentOf(r.statements)}`
    })
  const statements = pasteable(r.statements)
  if (!r.manage) {
    return prerequisite({
      id,
      severity: 'blocker',
      title: words.missingTitle,
      detail: words.unmanaged(missing),
      remediation: statements
    })
  }
  const merged = r.merge(policy)
  const bytes = policyBytes(merged.policy)
  if (bytes > r.maxBytes) return prerequisite({ id, severity: 'blocker', ...words.tooLarge(bytes, statements) })
  return prerequisite({
    id,
    severity: 'fixable',
    title: words.missingTitle,
    detail: words.fixable(missing, merged),
    remediation: statements,
    changes: [r.change(merged)]
  })
}
