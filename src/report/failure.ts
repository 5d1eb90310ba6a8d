// The summary of a run that ended before a plan could be reported, or part-way through apply: every
// failure writes one, saying what failed, the exact fix, and what was and was not done.
import type { Change } from '../plan/types.js'
import { invalidInputCount } from '../settings/read.js'
import type { InputProblem } from '../settings/types.js'
import { describeChanges } from './changes.js'
import { cell, code, plain, table } from './markdown.js'

function heading(trailName: string): string {
  return `## org-trail · ${trailName === '' || trailName === 'org-trail' ? '' : `${code(trailName)} · `}🔴 failed`
}

/** Every invalid input, named, with what is wrong with it; no AWS request was made. */
export function renderInvalidInputs(problems: readonly InputProblem[], trailName = ''): string {
  const rows = problems.map((p) => [code(p.input), cell(p.message)])
  const inputs = invalidInputCount(problems)
  const count = problems.length > inputs ? ` (${problems.length} problems)` : ''
  return (
    `${heading(trailName)}\n\n` +
    `**${inputs === 1 ? 'An input is' : `${inputs} inputs are`} invalid**${count}; no AWS request was made. ` +
    "Fix them in the step's `with:` and run again.\n\n" +
    `${table(['Input', 'Problem'], rows)}\n`
  )
}

export interface FailureReport {
  readonly trailName: string
  readonly title: string
  readonly message: string
  /** The fix to paste (a YAML block, a policy condition, a command); '' when the message says it all. */
  readonly fix?: string
  /** Values the reader compares with their configuration, e.g. the OIDC token's claims. */
  readonly facts?: Readonly<Record<string, string>>
  /** apply failed part-way: the plan, and what of it was written before the failure. */
  readonly partWay?: { readonly planned: readonly Change[]; readonly done: readonly Change[] }
}

function fence(text: string): string {
  // A policy document, or several, each after a `// which one` line.
  const language = /^\s*([[{]|\/\/)/.test(text) ? 'json' : /^(aws |# )/.test(text) ? 'sh' : 'yaml'
  return `\`\`\`${language}\n${text}\n\`\`\``
}

export function renderFailure(r: FailureReport): string {
  // The annotation is plain text and carries the fix in its message; the page shows the fix once, in its block.
  const prose = r.fix && r.message.includes(r.fix) ? r.message.replace(r.fix, '').trimEnd() : r.message
  const parts = [heading(r.trailName), `**${plain(r.title)}.** ${plain(prose)}`]
  if (r.fix) parts.push(`**Fix:**\n\n${fence(r.fix)}`)
  const facts = Object.entries(r.facts ?? {})
  if (facts.length > 0) {
    parts.push(
      table(
        ['Token claim', 'Value'],
        facts.map(([k, v]) => [code(k), code(v)])
      )
    )
  }
  if (r.partWay) {
    const { planned, done } = r.partWay
    const notDone = planned.filter((c) => !done.includes(c))
    const rows = (changes: readonly Change[]) =>
      table(
        ['What', 'Before', 'After'],
        describeChanges(changes, r.trailName).map((c) => [cell(c.what), cell(c.before), cell(c.after)])
      )
    const doneRecords = describeChanges(done, r.trailName).length
    const notDoneRecords = describeChanges(notDone, r.trailName).length
    // A list with nothing in it is one sentence, never a heading that says "(0)".
    parts.push(
      done.length > 0
        ? `### Done before the failure (${doneRecords})\n\n${rows(done)}`
        : 'Nothing was written before the failure.'
    )
    if (notDone.length > 0) parts.push(`### Not done (${notDoneRecords})\n\n${rows(notDone)}`)
    parts.push(
      `**The next run** reads the account again and plans from what it finds: what was done is found in place and not written again${notDone.length > 0 ? `; the ${notDoneRecords === 1 ? 'change' : `${notDoneRecords} changes`} not done ${notDoneRecords === 1 ? 'is' : 'are'} planned again` : ''}.`
    )
  }
  return `${parts.join('\n\n')}\n`
}
