// BENCHMARKS.md holds the main benchmark and the member-inventory section, measured by separate runs of
// `npm run bench`: writing either one must leave the other exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeLogs, writeMain, writeMembers } from '../../scripts/bench/benchmarks-file.mjs'

const MEMBERS = '<!-- bench:members -->\n## Member-account inventory\n\n| figure | 11.2 s |\n<!-- /bench:members -->'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'org-trail-benchmarks-'))
  file = path.join(dir, 'BENCHMARKS.md')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('writing BENCHMARKS.md', () => {
  it('replaces the main report and keeps the member-inventory section after it', async () => {
    await writeFile(file, `# Benchmarks\n\nold figures\n\n${MEMBERS}\n`)
    await writeMain(file, '# Benchmarks\n\nnew figures\n')
    expect(await readFile(file, 'utf8')).toBe(`# Benchmarks\n\nnew figures\n\n${MEMBERS}\n`)
  })

  it('writes the main report alone where there is no member-inventory section, or no file', async () => {
    await writeMain(file, '# Benchmarks\n\nnew figures\n')
    expect(await readFile(file, 'utf8')).toBe('# Benchmarks\n\nnew figures\n')
  })

  it('replaces only the member-inventory section and keeps the main report', async () => {
    await writeFile(file, `# Benchmarks\n\nmain figures\n\n${MEMBERS}\n`)
    await writeMembers(file, '## Member-account inventory\n\n| figure | 9.8 s |\n')
    expect(await readFile(file, 'utf8')).toBe(
      '# Benchmarks\n\nmain figures\n\n<!-- bench:members -->\n## Member-account inventory\n\n| figure | 9.8 s |\n<!-- /bench:members -->\n'
    )
  })

  it('appends the member-inventory section to a main report that has none', async () => {
    await writeFile(file, '# Benchmarks\n\nmain figures\n')
    await writeMembers(file, '## Member-account inventory\n')
    expect(await readFile(file, 'utf8')).toBe(
      '# Benchmarks\n\nmain figures\n\n<!-- bench:members -->\n## Member-account inventory\n<!-- /bench:members -->\n'
    )
  })
})

describe('the log-integrity section', () => {
  const LOGS = '<!-- bench:logs -->\n## Log integrity\n\n| figure | 40× |\n<!-- /bench:logs -->'

  it('is written after the others, and replaced alone', async () => {
    await writeFile(file, `# Benchmarks\n\nmain figures\n\n${MEMBERS}\n`)
    await writeLogs(file, '## Log integrity\n\n| figure | 40× |\n')
    expect(await readFile(file, 'utf8')).toBe(`# Benchmarks\n\nmain figures\n\n${MEMBERS}\n\n${LOGS}\n`)
    await writeLogs(file, '## Log integrity\n\n| figure | 41× |\n')
    expect(await readFile(file, 'utf8')).toBe(
      `# Benchmarks\n\nmain figures\n\n${MEMBERS}\n\n${LOGS.replace('40', '41')}\n`
    )
  })

  it('is kept, with the member-inventory section, when the main report is written', async () => {
    await writeFile(file, `# Benchmarks\n\nold figures\n\n${MEMBERS}\n\n${LOGS}\n`)
    await writeMain(file, '# Benchmarks\n\nnew figures\n')
    expect(await readFile(file, 'utf8')).toBe(`# Benchmarks\n\nnew figures\n\n${MEMBERS}\n\n${LOGS}\n`)
  })
})
