import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { reportSchema, type Report } from './record.js'
import type { RollupEntry } from './rollup.js'

/** Writes a run's report, creating its folder. */
export async function writeReportFile(file: string, report: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, report.endsWith('\n') ? report : `${report}\n`)
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

async function readOne(file: string): Promise<RollupEntry> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    return { source: file, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  const parsed = reportSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.join('.') || 'the document'
    return { source: file, problem: `not an org-trail report: ${where}: ${first?.message ?? 'invalid'}` }
  }
  return { source: file, report: parsed.data satisfies Report }
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
