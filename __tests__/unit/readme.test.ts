// The README is the product's front door: these tests fail when it stops telling the truth about
// action.yml (inputs, defaults, outputs), the IAM policies generated from src/aws/actions.ts, and the
// finding ids of src/plan/. Fix a failure with `npm run docs` (policies) or by editing README.md.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { actionsFor } from '../../src/aws/actions.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

function script(...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts', 'iam-policy.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  })
}

/** The text between `<!-- name -->` and `<!-- /name -->`, exactly one such block required. */
function block(name: string): string {
  const open = `<!-- ${name} -->`
  const close = `<!-- /${name} -->`
  const start = README.indexOf(open)
  const end = README.indexOf(close)
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md has no "${open}" … "${close}" block`)
  expect(README.indexOf(open, start + open.length)).toBe(-1)
  return README.slice(start + open.length, end).trim()
}

function fencedJson(name: string): string {
  const match = /^```json\n([\s\S]*)\n```$/.exec(block(name))
  if (!match) throw new Error(`The "${name}" block of README.md is not one \`\`\`json fence`)
  return match[1] as string
}

const unquote = (cell: string) => /^`([^`]*)`$/.exec(cell)?.[1]

describe('README IAM policies', () => {
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
    expect(block('iam-actions')).toBe(script('table').trim())
  })
})

/** The README's tables of inputs and outputs, as scripts/action-metadata.mjs prints them from the tables. */
function metadataBlock(name: string): string {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  return execFileSync(tsx, [join(ROOT, 'scripts', 'action-metadata.mjs'), '--print', name], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
}

describe('README inputs and outputs', () => {
  it.each(['inputs:org-trail', 'outputs:org-trail', 'inputs:summarize', 'outputs:summarize'])(
    'the %s table is what npm run docs writes from its table',
    (name) => {
      expect(block(name)).toBe(metadataBlock(name))
    },
    30_000
  )

  it('lists every input of action.yml once, with its default, and says it in the words of action.yml', () => {
    const rows = block('inputs:org-trail')
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
    const rows = block('outputs:org-trail').split('\n').slice(2)
    expect(rows.map((r) => unquote(r.split(' | ')[0]?.slice(2) ?? ''))).toEqual(Object.keys(ACTION.outputs))
    for (const [name, o] of Object.entries(ACTION.outputs)) {
      expect(rows.some((r) => r.startsWith(`| \`${name}\` | ${o.description.replaceAll('|', '\\|')} |`))).toBe(true)
    }
  })

  it('gives every status value of the status output', () => {
    const described = ACTION.outputs.status?.description ?? ''
    const values = [...described.matchAll(/\b(created|updated|unchanged|blocked|in-sync|drift)\b/g)].map((m) => m[1])
    for (const value of new Set(values)) expect(README).toContain(`| \`${value}\` |`)
  })
})

describe('README finding ids', () => {
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
    const missing = [...literal].filter((id) => !README.includes(`\`${id}\``))
    expect(missing).toEqual([])
  })

  it('documents every family of generated finding ids', () => {
    const missing = [...prefixes].filter((prefix) => !README.includes(`\`${prefix}`))
    expect(missing).toEqual([])
  })
})
