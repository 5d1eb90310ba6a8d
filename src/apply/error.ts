import type { Change } from '../plan/types.js'

/** A failure part-way: what had been written already, so the report can say so. */
export class ApplyError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly applied: readonly Change[]
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'ApplyError'
  }
}
