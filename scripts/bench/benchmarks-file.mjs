// BENCHMARKS.md holds two reports measured apart: the main one, and the member-inventory section between
// the bench:members markers. Writing one keeps the other as it was.
import { readFile, writeFile } from 'node:fs/promises'

const OPEN = '<!-- bench:members -->'
const CLOSE = '<!-- /bench:members -->'

/** The file's text, or '' when there is none yet. */
const current = (file) => readFile(file, 'utf8').catch(() => '')

/** The main report in place of everything but the member-inventory section, which is kept. */
export async function writeMain(file, md) {
  const previous = await current(file)
  const start = previous.indexOf(OPEN)
  const end = previous.indexOf(CLOSE)
  const members = start >= 0 && end > start ? previous.slice(start, end + CLOSE.length) : null
  await writeFile(file, members ? `${md}\n${members}\n` : md)
}

/** The member-inventory section in place of the previous one, or after the main report when there is none. */
export async function writeMembers(file, section) {
  const block = `${OPEN}\n${section}${CLOSE}`
  const text = (await current(file)) || '# Benchmarks\n'
  const start = text.indexOf(OPEN)
  const end = text.indexOf(CLOSE)
  await writeFile(
    file,
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + CLOSE.length)}`
      : `${text.replace(/\n*$/, '\n')}\n${block}\n`
  )
}
