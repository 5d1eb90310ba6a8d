// Shared by the aws-fidelity-*.test.ts files (issue 21): what the action should do where AWS is stricter
// than moto, and the harness's AWS layer (tools/aws/) now says so.
import type { RunResult } from '../../tools/runner.mjs'
import { explainRun, type World } from './harness.js'

interface Statement {
  readonly Effect?: string
  readonly Principal?: unknown
  readonly Action?: unknown
  readonly Condition?: Record<string, Record<string, unknown>>
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

/** The statements of a policy document, or a list of statements as a finding shows them (JSON text or value). */
export function statementsIn(policy: unknown): Statement[] {
  const doc = (typeof policy === 'string' ? JSON.parse(policy) : policy) as { Statement?: unknown } | unknown[] | null
  return (Array.isArray(doc) ? doc : list(doc?.Statement)) as Statement[]
}

/** Allow statements for cloudtrail.amazonaws.com that name `action` (or a wildcard covering it). */
export function cloudTrailAllows(policy: unknown, action: string): Statement[] {
  return statementsIn(policy).filter((s) => {
    const service = list((s.Principal as { Service?: unknown } | undefined)?.Service)
    const actions = list(s.Action).map(String)
    return (
      s.Effect === 'Allow' &&
      service.includes('cloudtrail.amazonaws.com') &&
      actions.some((a) => a === action || a === '*' || (a.endsWith('*') && action.startsWith(a.slice(0, -1))))
    )
  })
}

/** The values a statement's conditions give `key`, whatever the operator (keys compared case-insensitively). */
export function conditionValues(statement: Statement, key: string): string[] {
  return Object.values(statement.Condition ?? {}).flatMap((keys) =>
    Object.entries(keys)
      .filter(([k]) => k.toLowerCase() === key.toLowerCase())
      .flatMap(([, v]) => list(v).map(String))
  )
}

/** Sets the window of every eventually consistent behaviour of the world's AWS layer (tools/aws/windows.mjs). */
export function setPropagationWindows(world: World, windowMs: number): void {
  for (const b of world.proxy.layer?.behaviours ?? []) {
    const settings = (b as { settings?: { windowMs?: number } }).settings
    if (settings && settings.windowMs !== undefined) settings.windowMs = windowMs
  }
}

/** One behaviour's settings, to change for a test. */
export function layerSettings(world: World, name: string): Record<string, number> {
  const behaviour = world.proxy.layer?.behaviours.find((b) => b.name === name) as
    { settings?: Record<string, number> } | undefined
  if (!behaviour?.settings) throw new Error(`the AWS layer has no behaviour ${name} with settings`)
  return behaviour.settings
}

/** How many requests of the last run a behaviour of the AWS layer answered itself. */
export const answeredBy = (world: World, name: string): number =>
  world.proxy.aws().filter((r) => r.answeredBy === name).length

/** Fails with the run's whole output when its status output is not the expected one. */
export function expectStatus(r: RunResult, status: string): void {
  if (r.outputs.status !== status)
    throw new Error(`expected status ${status}, got ${String(r.outputs.status)}\n${explainRun(r)}`)
}
