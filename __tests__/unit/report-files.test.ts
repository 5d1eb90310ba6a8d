// The run report on disk: written with its SHA-256 next to it, as sha256sum checks it, and read back by
// summarize only when the two still match.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { reportOf } from '../../src/report/record.js'
import { readReportFiles, writeReportFile } from '../../src/report/report-files.js'
import { runContextOf } from '../../src/report/run-context.js'
import { outcome } from '../support/fixtures.js'

const report = reportOf(
  outcome(),
  runContextOf({ GITHUB_REPOSITORY: 'acme/trails', GITHUB_RUN_ID: '7' }, '0.1.0', new Date('2026-03-03T02:00:00Z')),
  new Date('2026-03-03T02:00:07Z')
)

let dir = ''
let file = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'org-trail-report-files-'))
  file = path.join(dir, 'nested', 'report.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeReportFile', () => {
  it('writes the report and its SHA-256 next to it, which sha256sum -c accepts', async () => {
    const digest = await writeReportFile(file, JSON.stringify(report, null, 2))
    expect(await readFile(`${file}.sha256`, 'utf8')).toBe(`${digest}  report.json\n`)
    const checked = execFileSync('sha256sum', ['-c', 'report.json.sha256'], { cwd: path.dirname(file) })
    expect(checked.toString()).toBe('report.json: OK\n')
    expect(await readReportFiles([file])).toEqual([{ source: file, report }])
  })
})

describe('readReportFiles: the SHA-256 first', () => {
  it('refuses a report edited by one byte, saying both digests', async () => {
    const digest = await writeReportFile(file, JSON.stringify(report, null, 2))
    const text = await readFile(file, 'utf8')
    // Still a valid report, one second later: only the digest can tell.
    await writeFile(file, text.replace('"2026-03-03T02:00:07.000Z"', '"2026-03-03T02:00:08.000Z"'))
    const [entry] = await readReportFiles([file])
    expect(entry).toEqual({
      source: file,
      digest: 'altered',
      problem: expect.stringContaining(`report.json.sha256 says ${digest}`) as string
    })
  })

  it('refuses a report whose SHA-256 file is missing or is not a sha256sum line', async () => {
    await writeReportFile(file, JSON.stringify(report, null, 2))
    await writeFile(`${file}.sha256`, 'trust me\n')
    expect(await readReportFiles([file])).toEqual([
      { source: file, digest: 'altered', problem: 'report.json.sha256 is not a SHA-256 line as sha256sum writes it' }
    ])
    await unlink(`${file}.sha256`)
    expect(await readReportFiles([file])).toEqual([
      {
        source: file,
        digest: 'missing',
        problem: expect.stringMatching(/^cannot be verified: no report\.json\.sha256 next to it/) as string
      }
    ])
  })

  it("accepts sha256sum's binary-mode line, in capitals too", async () => {
    const digest = await writeReportFile(file, JSON.stringify(report, null, 2))
    await writeFile(`${file}.sha256`, `${digest.toUpperCase()} *report.json\n`)
    expect(await readReportFiles([file])).toEqual([{ source: file, report }])
  })

  it('names a .json file that is no report for what it is, with or without a SHA-256', async () => {
    const other = path.join(dir, 'notes.json')
    await writeFile(other, '{"hello": "world"}')
    const [entry] = await readReportFiles([other])
    expect(entry).toMatchObject({ source: other, problem: expect.stringMatching(/^not an org-trail report/) as string })
    expect(entry).not.toHaveProperty('digest')
  })

  it('names a report of another schema version and the summarize to read it with', async () => {
    await writeReportFile(file, JSON.stringify({ ...report, schemaVersion: 1 }, null, 2))
    const [entry] = await readReportFiles([file])
    expect(entry).toMatchObject({
      problem: expect.stringContaining('of schema version 1; this summarize reads version 2')
    })
  })
})
