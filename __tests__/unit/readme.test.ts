// The README is the product's front door, docs/ its reference: these tests fail when they stop telling the
// truth about action.yml (inputs, defaults, outputs), the input table (the README's usage block), the IAM
// policies generated from src/aws/actions.ts, and the finding ids of src/plan/; when a link leads nowhere;
// and when the README stops being a front door. Fix a failure with `npm run docs` (policies, usage) or by
// editing the page.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { actionsFor } from '../../src/aws/actions.js'
import { README_SCREENSHOT, WINDOW_WIDTH } from '../../tools/summary-page.mjs'
import { anchorsOf, brokenLinks, docPages, pageText, prose, readBlock, ROOT } from '../support/docs.js'

const README = pageText('README.md')

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string; deprecationMessage?: string }>
  outputs: Record<string, { description: string }>
}
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

function script(...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts', 'iam-policy.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  })
}

function fencedJson(name: string): string {
  const match = /^```json\n([\s\S]*)\n```$/.exec(readBlock(name))
  if (!match) throw new Error(`The "${name}" block is not one \`\`\`json fence`)
  return match[1] as string
}

const unquote = (cell: string) => /^`([^`]*)`$/.exec(cell)?.[1]

describe('the IAM policies of docs/permissions.md', () => {
  it.each(['check', 'apply'] as const)('the %s policy block is what scripts/iam-policy.mjs generates', (mode) => {
    expect(fencedJson(`iam-policy:${mode}`)).toBe(script(mode).trim())
  })

  it.each(['check', 'apply'] as const)(
    'the %s policy grants exactly the actions actionsFor gives that mode',
    (mode) => {
      const policy = JSON.parse(script(mode)) as {
        Version: string
        Statement: { Sid: string; Effect: string; Action: string[]; Resource: string }[]
      }
      expect(policy.Version).toBe('2012-10-17')
      for (const s of policy.Statement) {
        expect(s).toMatchObject({ Effect: 'Allow', Resource: '*' })
        expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/)
      }
      expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual([...actionsFor(mode)].sort())
    }
  )

  it('check mode is read-only: its policy is a subset of the apply policy', () => {
    const apply = new Set(actionsFor('apply'))
    expect(actionsFor('check').filter((a) => !apply.has(a))).toEqual([])
  })

  it('the action table is what scripts/iam-policy.mjs generates', () => {
    expect(readBlock('iam-actions')).toBe(script('table').trim())
  })
})

/** The tables of inputs and outputs (docs/reference.md, and docs/evidence.md's of the summarize action), as scripts/action-metadata.mjs prints them from the tables. */
function metadataBlock(name: string): string {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  return execFileSync(tsx, [join(ROOT, 'scripts', 'action-metadata.mjs'), '--print', name], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
}

describe('the tables of inputs and outputs (docs/reference.md, and docs/evidence.md for the summarize action)', () => {
  it.each(['inputs:org-trail', 'outputs:org-trail', 'inputs:summarize', 'outputs:summarize'])(
    'the %s table is what npm run docs writes from its table',
    (name) => {
      expect(readBlock(name)).toBe(metadataBlock(name))
    },
    30_000
  )

  it('lists every input of action.yml once, with its default, and says it in the words of action.yml', () => {
    const rows = readBlock('inputs:org-trail')
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim())
      )
    expect(rows.map(([name]) => unquote(name ?? ''))).toEqual(Object.keys(ACTION.inputs))
    for (const [nameCell, defaultCell, description] of rows) {
      const name = unquote(nameCell ?? '') as string
      const spec = ACTION.inputs[name] as ActionYml['inputs'][string]
      if (spec.required === true) expect({ name, default: defaultCell }).toEqual({ name, default: '**required**' })
      else {
        const shown = unquote(defaultCell ?? '')
        expect({ name, default: shown === '""' ? '' : shown }).toEqual({ name, default: String(spec.default ?? '') })
      }
      expect(description?.replaceAll('\\|', '|')).toContain(spec.description)
    }
  })

  it('lists every output of action.yml once, in the words of action.yml', () => {
    const rows = readBlock('outputs:org-trail').split('\n').slice(2)
    expect(rows.map((r) => unquote(r.split(' | ')[0]?.slice(2) ?? ''))).toEqual(Object.keys(ACTION.outputs))
    for (const [name, o] of Object.entries(ACTION.outputs)) {
      expect(rows.some((r) => r.startsWith(`| \`${name}\` | ${o.description.replaceAll('|', '\\|')} |`))).toBe(true)
    }
  })

  it("gives every status value of the status output in the README's table", () => {
    const described = ACTION.outputs.status?.description ?? ''
    const values = [...described.matchAll(/\b(created|updated|unchanged|blocked|in-sync|drift)\b/g)].map((m) => m[1])
    for (const value of new Set(values)) expect(README).toContain(`| \`${value}\` |`)
  })
})

describe('the finding ids of docs/findings.md', () => {
  const FINDINGS = pageText('docs/findings.md')
  const planDir = join(ROOT, 'src', 'plan')
  const sources = readdirSync(planDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(planDir, f), 'utf8'))
    .join('\n')
  const literal = new Set<string>()
  const prefixes = new Set<string>()
  for (const m of sources.matchAll(/(?:\bfinding|\bunreadable)\(\s*'([^']+)'/g)) literal.add(m[1] as string)
  for (const m of sources.matchAll(/\bid\s*=\s*'([^']+)'/g)) literal.add(m[1] as string)
  for (const m of sources.matchAll(/(?:\bfinding|\bunreadable)\(\s*`([^`$]+)\$\{/g)) prefixes.add(m[1] as string)
  for (const m of sources.matchAll(/\bid\s*=\s*`([^`$]+)\$\{/g)) prefixes.add(m[1] as string)

  it('finds the ids in src/plan', () => {
    expect(literal.size).toBeGreaterThan(10)
  })

  it('documents every finding id', () => {
    const missing = [...literal].filter((id) => !FINDINGS.includes(`\`${id}\``))
    expect(missing).toEqual([])
  })

  it('documents every family of generated finding ids', () => {
    const missing = [...prefixes].filter((prefix) => !FINDINGS.includes(`\`${prefix}`))
    expect(missing).toEqual([])
  })
})

describe("the README's usage block", () => {
  const usage = readBlock('usage')

  it('is what npm run docs writes from the input table', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
    const printed = execFileSync(tsx, [join(ROOT, 'scripts', 'usage.mjs'), '--print'], { cwd: ROOT, encoding: 'utf8' })
    expect(usage).toBe(printed.trim())
  }, 30_000)

  it("lists every input of action.yml but the deprecated, in its order, at its default, with its description's first sentence", () => {
    const yaml = /^```yaml\n([\s\S]*)\n```$/.exec(usage)?.[1] ?? ''
    const [step] = parse(yaml) as [{ uses: string; with: Record<string, unknown> }]
    const current = Object.entries(ACTION.inputs).filter(([, spec]) => spec.deprecationMessage === undefined)
    expect(Object.keys(step.with)).toEqual(current.map(([name]) => name))
    for (const [name, spec] of current) {
      expect({ name, default: String(step.with[name] ?? '') }).toEqual({ name, default: String(spec.default ?? '') })
      // The comment above the input: the start of its description, word for word (wrapped), a whole sentence.
      const comment = new RegExp(`((?:^ {4}# .*\\n)+)^ {4}${name}:`, 'm').exec(yaml)?.[1] ?? ''
      const words = comment
        .replace(/^ {4}# /gm, '')
        .split(/\s+/)
        .filter(Boolean)
        .join(' ')
      const described = spec.description.split(/\s+/).join(' ')
      const sentence = spec.required === true ? words.replace(/ Required\.$/, '') : words
      expect({ name, starts: described.startsWith(sentence), whole: /\.$/.test(sentence) }).toEqual({
        name,
        starts: true,
        whole: true
      })
    }
  })
})

describe('the README as a front door', () => {
  const words = README.split(/\s+/).filter(Boolean).length

  it('stays short: everything but what a newcomer needs is on a page of docs/ or CONTRIBUTING.md', () => {
    expect(words).toBeLessThanOrEqual(4500)
  })

  it('shows, on its first screen, what it does, a real summary, whether it fits, and links to the Quick start', () => {
    const firstScreen = README.slice(0, README.indexOf('## Quick start'))
    expect(firstScreen).toMatch(/organization trail/)
    expect(firstScreen).toContain(`src="${README_SCREENSHOT}"`)
    expect(firstScreen).toMatch(/^## Which organization is this for\?$/m)
    expect(firstScreen).toMatch(/management account/)
    expect(firstScreen).toMatch(/delegated administrator/)
    expect(firstScreen).toContain('](#quick-start)')
  })

  it("shows the rendering test's screenshot of a real summary, as wide as the window it renders in", () => {
    const png = readFileSync(join(ROOT, README_SCREENSHOT))
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    // IHDR: the width, big-endian, at byte 16.
    expect(png.readUInt32BE(16)).toBe(WINDOW_WIDTH)
  })

  it('links every page of docs/ and CONTRIBUTING.md', () => {
    const linked = new Set([...prose(README).matchAll(/\]\(((?:docs\/)?[\w-]+\.md)[#)]/g)].map((m) => m[1]))
    const pages = docPages().filter((p) => p !== 'README.md')
    expect(pages.filter((p) => !linked.has(p))).toEqual([])
    expect(pages.length).toBeGreaterThanOrEqual(7)
  })

  it('shows the commands that run the tests and the demo', () => {
    const shell = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').join('\n')
    expect(shell).toMatch(/^npm test$/m)
    expect(shell).toMatch(/npm run demo/)
  })
})

describe('the links of the README, CONTRIBUTING.md and docs/', () => {
  it('each lead to a file that exists and, for a page, to one of its headings', () => {
    expect(brokenLinks()).toEqual([])
  })

  it("know GitHub's anchors: punctuation dropped, spaces as hyphens, repeats numbered", () => {
    const anchors = anchorsOf(
      "# A\n## 4. Control Tower: the zone's trail (`mode: check`)\n## A\n```sh\n# not a heading\n```\n"
    )
    expect([...anchors]).toEqual(['a', '4-control-tower-the-zones-trail-mode-check', 'a-1'])
  })
})
