// Every complete workflow in the README (and the repository's own) passes actionlint, GitHub's workflow
// linter: a pasted example must work as pasted.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureActionlint } from '../../tools/actionlint.mjs'

const root = new URL('../../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')

/** The README's ```yaml blocks that are whole workflows (they have `on:` and `jobs:`). */
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block))

describe('the workflows of the README', () => {
  it('are found (the quick start, the three uses, evidence and the matrix)', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(6)
  })

  it('pass actionlint, as does every workflow of the repository', () => {
    const actionlint = ensureActionlint()
    const dir = mkdtempSync(path.join(tmpdir(), 'org-trail-actionlint-'))
    try {
      const target = path.join(dir, '.github', 'workflows')
      mkdirSync(target, { recursive: true })
      workflows.forEach((w, i) => writeFileSync(path.join(target, `readme-${i + 1}.yml`), w))
      const own = new URL('.github/workflows/', root)
      for (const f of readdirSync(own)) writeFileSync(path.join(target, f), readFileSync(new URL(f, own)))
      const files = readdirSync(target).map((f) => path.join(target, f))
      const result = spawnSync(actionlint, ['-no-color', ...files], { cwd: dir, encoding: 'utf8' })
      expect(`${result.stdout}${result.stderr}`).toBe('')
      expect(result.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
