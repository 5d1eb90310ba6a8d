// What every run parses before it can read an input: the entry chunk of the committed bundle (check-dist
// proves it is built from src/). Only the validation's code belongs there; a static import that pulls
// @actions/core (and its HTTP client, undici), the YAML library or the AWS SDK into it slows every start.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../tools/util.mjs'

const map = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'index.js.map'), 'utf8')) as { sources: string[] }
const packages = new Set(map.sources.map((s) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter(Boolean))
const own = map.sources.filter((s) => /\/src\//.test(s)).map((s) => s.replace(/.*\/src\//, 'src/'))

describe('the entry chunk (dist/index.js)', () => {
  it('holds no package but the schema library', () => {
    expect([...packages]).toEqual(['zod'])
  })

  it('holds the start path and the settings, not the pipeline', () => {
    expect(own).toEqual(expect.arrayContaining(['src/index.ts', 'src/start.ts', 'src/settings/parse.ts']))
    for (const later of ['src/main.ts', 'src/aws/session.ts', 'src/aws/clients.ts', 'src/observe/index.ts'])
      expect(own).not.toContain(later)
  })
})
