// What every run loads before it can read an input: the entry chunk of the committed bundle (check-dist
// proves it is built from src/). @actions/core and the validation belong there; a static import that
// pulls the AWS SDK, the YAML library or a stage into it would load them for an invalid input too.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../tools/util.mjs'

const map = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'index.js.map'), 'utf8')) as { sources: string[] }
const packages = new Set(map.sources.map((s) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter(Boolean))
const own = map.sources.filter((s) => /\/src\//.test(s)).map((s) => s.replace(/.*\/src\//, 'src/'))

describe('the entry chunk (dist/index.js)', () => {
  it('holds @actions/core and the schema library, and no AWS SDK or YAML package', () => {
    expect([...packages]).toEqual(expect.arrayContaining(['@actions/core', 'zod']))
    expect([...packages].filter((p) => /^@(aws-sdk|smithy|aws)\/|^yaml$/.test(String(p)))).toEqual([])
  })

  it('holds the one start path and the settings, not the stages', () => {
    expect(own).toEqual(expect.arrayContaining(['src/index.ts', 'src/main.ts', 'src/settings/parse.ts']))
    for (const later of [
      'src/aws/session.ts',
      'src/aws/clients.ts',
      'src/observe/index.ts',
      'src/plan/index.ts',
      'src/apply/index.ts',
      'src/report/publish.ts'
    ])
      expect(own).not.toContain(later)
  })
})
