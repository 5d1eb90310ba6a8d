// Every complete workflow of the README and docs/ (and the repository's own) passes actionlint, GitHub's workflow
// linter, and zizmor, the static analyser security teams run on workflows (offline, at its default persona,
// zero findings): a pasted example must work as pasted, and survive the reader's own security review.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureActionlint } from '../../tools/actionlint.mjs'
import { ensureZizmor } from '../../tools/zizmor.mjs'
import { OWN_USES } from '../../scripts/doc-blocks.mjs'
import { docPages, docWorkflows, pageText } from '../support/docs.js'

const root = new URL('../../', import.meta.url)
const rootDir = path.resolve(new URL('.', root).pathname)

/** The whole workflows of the README and docs/ (they have `on:` and `jobs:`), each with its page. */
const documented = docWorkflows()
const workflows = documented.map((w) => w.text)

const own = new URL('.github/workflows/', root)
const ownWorkflows = readdirSync(own).map((f) => readFileSync(new URL(f, own), 'utf8'))

/** The documented workflows written out as a repository's .github/workflows; removed by the callback's end. */
function withReadmeWorkflows<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'org-trail-workflows-'))
  try {
    const target = path.join(dir, '.github', 'workflows')
    mkdirSync(target, { recursive: true })
    documented.forEach((w, i) =>
      writeFileSync(path.join(target, `${w.page.replace(/\W+/g, '-')}-${i + 1}.yml`), w.text)
    )
    return use(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const readme = pageText('README.md')
const pages = docPages().map(pageText)
/** The summarize action, at the same placeholder ref. */
const OWN_SUMMARIZE_USES = OWN_USES.replace('OWNER/org-trail@', 'OWNER/org-trail/summarize@')

describe('the workflows of the README and docs/', () => {
  it('are found (the quick start, the five uses and the matrix in the README, evidence in docs/)', () => {
    expect(documented.filter((w) => w.page === 'README.md').length).toBeGreaterThanOrEqual(7)
    expect(documented.filter((w) => w.page !== 'README.md').length).toBeGreaterThanOrEqual(1)
  })

  it('pass actionlint, as does every workflow of the repository', () => {
    const actionlint = ensureActionlint()
    withReadmeWorkflows((dir) => {
      const target = path.join(dir, '.github', 'workflows')
      for (const f of readdirSync(own)) writeFileSync(path.join(target, f), readFileSync(new URL(f, own)))
      const files = readdirSync(target).map((f) => path.join(target, f))
      const result = spawnSync(actionlint, ['-no-color', ...files], { cwd: dir, encoding: 'utf8' })
      expect(`${result.stdout}${result.stderr}`).toBe('')
      expect(result.status).toBe(0)
    })
  }, 120_000)

  it('pass zizmor with no finding, as does the repository (its workflows, Dependabot, action.yml)', async () => {
    const zizmor = await ensureZizmor({ quiet: true })
    const findings = (dir: string, input: string) => {
      const result = spawnSync(zizmor, ['--offline', '--format', 'json', input], { cwd: dir, encoding: 'utf8' })
      if (result.status !== 0 && result.stdout.trim() === '') throw new Error(`zizmor failed:\n${result.stderr}`)
      return JSON.parse(result.stdout) as { ident: string; locations?: unknown }[]
    }
    expect(withReadmeWorkflows((dir) => findings(dir, '.github/workflows'))).toEqual([])
    expect(findings(rootDir, '.')).toEqual([])
  }, 300_000)

  it('pin every action by full commit SHA with its version in a comment; org-trail by the one placeholder', () => {
    const uses = [...workflows, ...ownWorkflows, ...pages]
      .flatMap((text) => [...text.matchAll(/^\s*(?:- )?uses: (.+)$/gm)].map((m) => (m[1] ?? '').trim()))
      .filter((u, i, all) => all.indexOf(u) === i)
    expect(uses.length).toBeGreaterThan(0)
    const bad = uses.filter(
      (u) =>
        u !== './' &&
        u !== './summarize' &&
        u !== OWN_USES &&
        u !== OWN_SUMMARIZE_USES &&
        !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(u)
    )
    expect(bad).toEqual([])
    // org-trail itself only in the placeholder form the README explains.
    expect(uses.filter((u) => u.startsWith('OWNER/org-trail') && u !== OWN_USES && u !== OWN_SUMMARIZE_USES)).toEqual(
      []
    )
    expect(readme).toContain(`\`${OWN_USES}\``)
  })

  it('grant id-token: write only to jobs that assume a role (the roll-up of a matrix gets none)', () => {
    const matrices = workflows.filter((w) => w.includes(OWN_SUMMARIZE_USES))
    expect(matrices.length).toBeGreaterThanOrEqual(2)
    for (const matrix of matrices) {
      expect(matrix).toMatch(/^permissions: \{\}$/m)
      const summary = matrix.slice(matrix.indexOf('\n  summary:'))
      expect(summary).not.toContain('id-token')
    }
  })
})
