// accounts-shard: which accounts one job of a matrix verifies. Pure.
import { createHash } from 'node:crypto'

/** Job `index` of `count` (1-based, as a matrix writes it). */
export interface Shard {
  readonly index: number
  readonly count: number
}

/**
 * The job an account belongs to, from its id alone: the same in every job of the matrix whatever order
 * Organizations lists the accounts in, and an account joining or leaving moves no other account. A hash,
 * not the id's own digits, so that ids handed out in sequence spread evenly.
 */
export function shardOf(accountId: string, count: number): number {
  return (createHash('sha256').update(accountId).digest().readUInt32BE(0) % count) + 1
}

export function inShard(accountId: string, shard: Shard | null): boolean {
  return shard === null || shardOf(accountId, shard.count) === shard.index
}
