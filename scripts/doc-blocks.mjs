// The generated blocks of the documentation: text between `<!-- name -->` and `<!-- /name -->` in the README,
// CONTRIBUTING.md or a page of docs/. A generator names the block, not the page, so that a block can move
// to another page without touching the generator; each block must exist exactly once across the pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** How the documentation's examples name org-trail itself: a placeholder commit the reader replaces. */
export const OWN_USES = 'OWNER/org-trail@0000000000000000000000000000000000000000 # v0.1.0'

/** Every page of the documentation, as paths from the repository's root. */
export function docPages() {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`)
  return ['README.md', 'CONTRIBUTING.md', ...docs]
}

const markers = (name) => [`<!-- ${name} -->`, `<!-- /${name} -->`]

/** The page that holds the block `name`; throws unless exactly one page holds it, once. */
export function pageOf(name, pages = docPages()) {
  const [open, close] = markers(name)
  const holding = pages.filter((p) => readFileSync(join(ROOT, p), 'utf8').includes(open))
  if (holding.length !== 1)
    throw new Error(`"${open}" must be on exactly one page of ${pages.join(', ')}; found on ${holding.length}`)
  const text = readFileSync(join(ROOT, holding[0]), 'utf8')
  const start = text.indexOf(open)
  const end = text.indexOf(close)
  if (end < start) throw new Error(`${holding[0]} has "${open}" without "${close}" after it`)
  if (text.indexOf(open, start + open.length) !== -1) throw new Error(`${holding[0]} has more than one "${open}"`)
  return holding[0]
}

/** What the block `name` holds now, trimmed. */
export function readBlock(name) {
  const [open, close] = markers(name)
  const text = readFileSync(join(ROOT, pageOf(name)), 'utf8')
  return text.slice(text.indexOf(open) + open.length, text.indexOf(close)).trim()
}

/** `text` with the block `name` holding `content`. */
export function replaceBlock(text, name, content) {
  const [open, close] = markers(name)
  const start = text.indexOf(open)
  const end = text.indexOf(close)
  if (start === -1 || end < start) throw new Error(`no "${open}" … "${close}" block`)
  return `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`
}

/** Writes each block (name → content) into the page that holds it; says which pages changed. */
export function writeBlocks(blocks, what) {
  const pages = new Map()
  for (const [name, content] of Object.entries(blocks)) {
    const page = pageOf(name)
    pages.set(page, replaceBlock(pages.get(page) ?? readFileSync(join(ROOT, page), 'utf8'), name, content))
  }
  for (const [page, after] of pages) {
    const path = join(ROOT, page)
    if (readFileSync(path, 'utf8') === after) console.log(`${page}: ${what} already up to date`)
    else {
      writeFileSync(path, after)
      console.log(`${relative(ROOT, path)}: ${what} rewritten`)
    }
  }
}
