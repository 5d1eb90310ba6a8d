import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { digestFileOf, digestLine, digestOf, sha256Hex } from './digest.js'
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from './record.js'
import type { RollupEntry } from './rollup.js'

/** Writes a run's report, creating its folder, and its SHA-256 next to it; returns the digest (hex). */
export async function writeReportFile(file: string, report: string): Promise<string> {
  const bytes = report.endsWith('\n') ? report : `${report}\n`
  const digest = sha256Hex(bytes)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, bytes)
  await writeFile(digestFileOf(file), digestLine(digest, file))
  return digest
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The digest the report's .sha256 file names: undefined when there is no such file, null when it is not
 * a sha256sum line.
 */
async function expectedDigest(file: string): Promise<string | null | undefined> {
  let text: string
  try {
    text = await readFile(digestFileOf(file), 'utf8')
  } catch {
    return undefined
  }
  return digestOf(text)
}

/** The bytes as a report of this schema version, or why they are not one. */
function parseReport(file: string, bytes: Buffer): RollupEntry {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    return { source: file, problem: `not JSON (${reason(error)})` }
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version !== REPORT_SCHEMA_VERSION) {
    return {
      source: file,
      problem: `an org-trail report of schema version ${version}; this summarize reads version ${REPORT_SCHEMA_VERSION}: gather reports with the summarize action of the version that wrote them`
    }
  }
  const parsed = reportSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.join('.') || 'the document'
    return { source: file, problem: `not an org-trail report: ${where}: ${first?.message ?? 'invalid'}` }
  }
  return { source: file, report: parsed.data satisfies Report }
}

/**
 * One report: its bytes checked against its SHA-256 first (a report that does not match is not read on,
 * whatever it says), then read as a report of this schema version. Without a SHA-256 file a report is not
 * used either; a .json file that is no report at all is named for that.
 */
async function readOne(file: string): Promise<RollupEntry> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    return { source: file, problem: `cannot be read (${reason(error)})` }
  }
  const expected = await expectedDigest(file)
  const digestFile = path.basename(digestFileOf(file))
  if (expected === undefined) {
    const read = parseReport(file, bytes)
    if (!('report' in read)) return read
    return {
      source: file,
      problem: `cannot be verified: no ${digestFile} next to it (keep the SHA-256 file the run wrote with its report)`,
      digest: 'missing'
    }
  }
  if (expected === null)
    return { source: file, problem: `${digestFile} is not a SHA-256 line as sha256sum writes it`, digest: 'altered' }
  const actual = sha256Hex(bytes)
  if (expected !== actual) {
    return {
      source: file,
      problem: `does not match its SHA-256 (${digestFile} says ${expected}, the file is ${actual}): it changed after the run wrote it`,
      digest: 'altered'
    }
  }
  return parseReport(file, bytes)
}

/** Every report the paths name (files, or folders searched for *.json), each read or its problem. */
export async function readReportFiles(paths: readonly string[]): Promise<RollupEntry[]> {
  const files: string[] = []
  const missing: RollupEntry[] = []
  for (const p of paths) {
    const info = await stat(p).catch(() => null)
    if (info === null) missing.push({ source: p, problem: 'no such file or folder' })
    else if (info.isDirectory()) {
      const found = await jsonFilesUnder(p)
      if (found.length === 0) missing.push({ source: p, problem: 'a folder with no .json file' })
      files.push(...found)
    } else files.push(p)
  }
  return [...(await Promise.all([...new Set(files)].map(readOne))), ...missing]
}
