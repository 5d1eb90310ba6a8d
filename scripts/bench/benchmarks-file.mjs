// BENCHMARKS.md holds reports measured apart: the main one, and sections between bench:<name> markers (the
// member inventory, log integrity). Writing one keeps the others as they were.
import { readFile, writeFile } from 'node:fs/promises'

const open = (name) => `<!-- bench:${name} -->`
const close = (name) => `<!-- /bench:${name} -->`
const SECTION = /<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g

/** The file's text, or '' when there is none yet. */
const current = (file) => readFile(file, 'utf8').catch(() => '')

/** The main report in place of everything but the marked sections, which are kept after it, in order. */
export async function writeMain(file, md) {
  const sections = (await current(file)).match(SECTION) ?? []
  await writeFile(file, sections.length > 0 ? `${md}\n${sections.join('\n\n')}\n` : md)
}

/** A marked section in place of the previous one, or after everything else when there is none. */
export async function writeSection(file, name, section) {
  const block = `${open(name)}\n${section}${close(name)}`
  const text = (await current(file)) || '# Benchmarks\n'
  const start = text.indexOf(open(name))
  const end = text.indexOf(close(name))
  await writeFile(
    file,
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + close(name).length)}`
      : `${text.replace(/\n*$/, '\n')}\n${block}\n`
  )
}

/** The member-inventory section. */
export const writeMembers = (file, section) => writeSection(file, 'members', section)

/** The log-integrity section. */
export const writeLogs = (file, section) => writeSection(file, 'logs', section)
