// The documentation as the tests read it: the README, CONTRIBUTING.md and the pages of docs/, their
// generated blocks (found on whichever page holds them), their workflows and org-trail's steps in them,
// and their links.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { parse } from 'yaml'
import { docPages, readBlock, ROOT } from '../../scripts/doc-blocks.mjs'

export { docPages, readBlock, ROOT }

/** The text of a page, by its path from the repository's root. */
export const pageText = (page: string): string => readFileSync(join(ROOT, page), 'utf8')

/** The text of a page outside its code fences (each fenced line blanked, so that line numbers stay). */
export function prose(text: string): string {
  let fenced = false
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced
        return ''
      }
      return fenced ? '' : line
    })
    .join('\n')
}

/** The ```yaml blocks of a page, leaving out the generated usage block (every input at its default). */
export function yamlBlocks(text: string): string[] {
  const usage = /<!-- usage -->[\s\S]*?<!-- \/usage -->/g
  // A fence indented in a list item: its lines carry the same indent.
  return [...text.replace(usage, '').matchAll(/^( *)```yaml\n([\s\S]*?)^ *```/gm)].map((m) =>
    (m[2] ?? '').replace(new RegExp(`^ {0,${(m[1] ?? '').length}}`, 'gm'), '')
  )
}

/** A whole workflow: it has `on:` and `jobs:`. */
const isWorkflow = (block: string) => /^on:/m.test(block) && /^jobs:/m.test(block)

export interface DocWorkflow {
  readonly page: string
  readonly text: string
}

/** Every whole workflow of the documentation, with its page. */
export function docWorkflows(): DocWorkflow[] {
  return docPages().flatMap((page) =>
    yamlBlocks(pageText(page))
      .filter(isWorkflow)
      .map((text) => ({ page, text }))
  )
}

interface Step {
  readonly uses?: string
  readonly with?: Record<string, unknown>
}
interface Job {
  readonly steps?: Step[]
  readonly strategy?: { matrix?: Record<string, unknown> }
}

export interface OrgTrailStep {
  readonly page: string
  /** The workflow's name, or the first line of a snippet. */
  readonly where: string
  /** Its inputs, a `${{ matrix.X.Y }}` replaced by the first row of the job's matrix. */
  readonly inputs: Record<string, string>
}

/** `${{ matrix.org.bucket }}` → the first row of the matrix's `org` list, its `bucket`. */
function fromMatrix(value: string, matrix: Record<string, unknown> | undefined): string {
  const m = /^\$\{\{\s*matrix\.(\w+)\.(\w+)\s*\}\}$/.exec(value)
  if (!m || !matrix) return value
  const rows = matrix[m[1] as string]
  const first = Array.isArray(rows) ? (rows[0] as Record<string, unknown>) : undefined
  return first?.[m[2] as string] === undefined ? value : String(first[m[2] as string])
}

/** Every step of the documentation that uses org-trail (not its summarize action), in workflows and snippets. */
export function orgTrailSteps(): OrgTrailStep[] {
  const found: OrgTrailStep[] = []
  for (const page of docPages()) {
    for (const block of yamlBlocks(pageText(page)).filter((b) => b.includes('OWNER/org-trail@'))) {
      const doc = parse(block) as unknown
      const jobs: Job[] = isWorkflow(block)
        ? Object.values((doc as { jobs: Record<string, Job> }).jobs)
        : Array.isArray(doc)
          ? [{ steps: doc as Step[] }]
          : []
      const where = isWorkflow(block) ? String((doc as { name?: string }).name) : (block.split('\n')[0] ?? '')
      for (const job of jobs)
        for (const step of job.steps ?? [])
          if (typeof step.uses === 'string' && /^OWNER\/org-trail@/.test(step.uses))
            found.push({
              page,
              where,
              inputs: Object.fromEntries(
                Object.entries(step.with ?? {}).map(([k, v]) => [k, fromMatrix(String(v), job.strategy?.matrix)])
              )
            })
    }
  }
  return found
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2… */
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const m of prose(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = (m[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n === 0 ? base : `${base}-${n}`)
  }
  return anchors
}

/** Every relative link (Markdown, or an HTML src or href) of the documentation that leads nowhere: a missing file, or a missing heading. */
export function brokenLinks(): string[] {
  const broken: string[] = []
  for (const page of docPages()) {
    const text = pageText(page)
    for (const m of prose(text).matchAll(/\]\(([^)\s]+)\)|\b(?:src|href)="([^"]+)"/g)) {
      const link = (m[1] ?? m[2]) as string
      if (/^[a-z]+:/.test(link)) continue
      const [file, anchor] = link.split('#') as [string, string | undefined]
      const target = file === '' ? page : normalize(join(dirname(page), file))
      if (!existsSync(join(ROOT, target))) {
        broken.push(`${page}: ${link} (no file ${target})`)
        continue
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(pageText(target)).has(anchor))
        broken.push(`${page}: ${link} (no heading #${anchor} in ${target})`)
    }
  }
  return broken
}
