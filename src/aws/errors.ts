import type { IamAction } from './actions.js'

/** An AWS call that failed, with the IAM action it needed: enough to say what to grant or fix. */
export class AwsCallError extends Error {
  readonly action: IamAction
  readonly code: string
  readonly requestId: string | undefined
  readonly attempts: number | undefined

  constructor(action: IamAction, cause: unknown) {
    const code = errorCode(cause)
    super(`${action} failed: ${code}: ${errorMessage(cause)}`, { cause })
    this.name = 'AwsCallError'
    this.action = action
    this.code = code
    const metadata = (cause as { $metadata?: { requestId?: string; attempts?: number } } | null)?.$metadata
    this.requestId = metadata?.requestId
    this.attempts = metadata?.attempts
  }

  /** The message AWS gave, without our prefix. */
  get awsMessage(): string {
    return errorMessage(this.cause)
  }
}

/** A failure the user must act on, already explained: a title and what to do. */
export class ActionError extends Error {
  readonly title: string
  constructor(
    title: string,
    message: string,
    /** For the failure summary: the exact fix to paste, and facts (name → value) the reader compares. */
    readonly help: { readonly fix?: string; readonly facts?: Readonly<Record<string, string>> } = {}
  ) {
    super(message)
    this.name = 'ActionError'
    this.title = title
  }
}

export function errorCode(error: unknown): string {
  if (error instanceof AwsCallError) return error.code
  const e = error as { name?: unknown; Code?: unknown; code?: unknown } | null
  if (e && typeof e.name === 'string' && e.name !== 'Error') return e.name
  if (e && typeof e.Code === 'string') return e.Code
  if (e && typeof e.code === 'string') return e.code
  return 'UnknownError'
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AccessDeniedForDependencyException'
])

export function isAccessDenied(code: string): boolean {
  return ACCESS_DENIED.has(code)
}

/** S3's answer to GetBucketPolicy/PutBucketPolicy from an identity outside the bucket owner's account (HTTP 405). */
export const METHOD_NOT_ALLOWED = 'MethodNotAllowed'

/** Runs one AWS call; any failure comes back as an AwsCallError naming the IAM action. */
export async function call<T>(action: IamAction, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw error instanceof AwsCallError ? error : new AwsCallError(action, error)
  }
}
