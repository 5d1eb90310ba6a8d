// What the writes of one apply share: the sessions they go through, the options, and what was written so far.
import type { Clients } from '../aws/clients.js'
import { call } from '../aws/errors.js'
import type { Change } from '../plan/types.js'
import type { FoundGrant } from '../plan/types.js'
import { writeOf } from '../plan/writes.js'
import type { Waiting } from './propagation.js'

export interface ApplyDeps extends Waiting {
  readonly clients: Clients
  /** The Log Archive session's clients (log-archive-role-arn): the changes marked logArchive go through them. */
  readonly logArchive?: Clients
}

export interface ApplyOptions {
  readonly allowDestructiveChanges: boolean
}

/** The trail this run writes to: the planned ARN until CreateTrail (or an adopted trail) says otherwise. */
export interface TrailState {
  trailArn: string
  created: boolean
  adopted: boolean
}

/** What the writes of one apply share. */
export interface ApplyRun {
  readonly options: ApplyOptions
  readonly deps: ApplyDeps
  readonly state: TrailState
  /** The writes made so far: a propagation wait is for a grant this run made… */
  readonly applied: readonly Change[]
  /** …or for one the plan found in place (apply/propagation.ts). */
  readonly found: readonly FoundGrant[]
}

/** A change's write request: a failure of it names the IAM action of its kind (plan/writes.ts). */
export function writeRequest<T>(change: Change, send: () => Promise<T>): Promise<T> {
  return call(writeOf(change).action(change), send)
}
