import type { Change } from './types.js'

/**
 * How many changes a set of writes makes, as every report counts them: one per field of an update-trail,
 * one per tag of an add-tags, one for any other write (report/changes.ts gives each its own row).
 */
export function changeCount(changes: readonly Change[]): number {
  return changes.reduce((n, c) => n + settingsWritten(c), 0)
}

function settingsWritten(change: Change): number {
  if (change.kind === 'update-trail') return change.fields.length
  if (change.kind === 'add-tags') return Object.keys(change.tags).length
  return 1
}
