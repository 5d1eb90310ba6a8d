// A job summary as GitHub shows it: Markdown rendered GitHub-flavoured (tables, alerts such as
// "> [!CAUTION]", raw <details>), styled with GitHub's own markdown CSS, in a column as wide as the
// summary pane of a job on github.com. Used by the rendering test and by `npm run demo`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Marked } from 'marked'
import markedAlert from 'marked-alert'
import { repoRoot } from './util.mjs'

/** The width of the job summary's column on github.com (a maximised window on a laptop), in CSS pixels. */
export const PANE_WIDTH = 912
/** What a reader sees before scrolling. */
export const FIRST_SCREEN_HEIGHT = 900
/** The browser window the pages are rendered in: the pane and the page's margins. */
export const WINDOW_WIDTH = PANE_WIDTH + 32
/** The first screen of a real summary the README shows, written by the rendering test (repository path). */
export const README_SCREENSHOT = 'docs/images/summary.png'

const marked = new Marked({ gfm: true }).use(markedAlert())

/**
 * The measurements the page takes of itself once laid out, written into #measurements for --dump-dom:
 * what overflows the pane, where given texts end, and the cells of every table.
 */
const MEASURE = `
addEventListener('load', () => {
  const pane = document.querySelector('.markdown-body')
  const right = pane.getBoundingClientRect().right
  const label = (el) => el.tagName.toLowerCase() + ': ' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 80)
  const overflows = []
  for (const el of pane.querySelectorAll('*')) {
    // A code block scrolls by design on GitHub; a table that needs its own scrollbar hides its last columns.
    if (el.closest('pre')) continue
    if (el.tagName === 'TABLE' && el.scrollWidth > el.clientWidth + 1) overflows.push(label(el) + ' (' + el.scrollWidth + 'px wide)')
    else if (el.getBoundingClientRect().right > right + 1 && !el.closest('table')) overflows.push(label(el))
  }
  const find = (text) => {
    const all = [...pane.querySelectorAll('pre, p, li, td, summary, h2, h3')]
    const el = all.find((e) => e.textContent.includes(text))
    if (!el) return null
    const r = el.getBoundingClientRect()
    return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY) }
  }
  const needles = JSON.parse(document.getElementById('needles').textContent)
  const tables = [...pane.querySelectorAll('table')].map((t) =>
    [...t.rows].map((row) => [...row.cells].map((c) => c.textContent.trim()))
  )
  const out = document.getElementById('measurements')
  out.textContent = JSON.stringify({
    paneWidth: Math.round(pane.getBoundingClientRect().width),
    height: Math.round(pane.getBoundingClientRect().height),
    overflows,
    found: Object.fromEntries(needles.map((n) => [n, find(n)])),
    tables
  })
})
`

let css
async function githubCss() {
  css ??= await readFile(
    path.join(repoRoot, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
    'utf8'
  )
  return css
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The HTML page of a summary. `needles` are texts whose position the page measures.
 * @param {string} markdown
 * @param {{ title?: string, needles?: string[] }} [options]
 */
export async function summaryPage(markdown, { title = 'Job summary', needles = [] } = {}) {
  const body = await marked.parse(markdown)
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${await githubCss()}
html, body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${PANE_WIDTH}px; margin: 0 16px; padding: 16px 0; }
#measurements, #needles { display: none; }
</style></head>
<body><article class="markdown-body">${body}</article>
<pre id="measurements"></pre>
<script type="application/json" id="needles">${JSON.stringify(needles).replace(/</g, '\\u003c')}</script>
<script>${MEASURE}</script>
</body></html>
`
}

/** The system's Chromium (Debian's `chromium`); null when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  return candidates.find((c) => c && existsSync(c)) ?? null
}

function chromium(args) {
  const bin = findChromium()
  if (!bin) throw new Error("no Chromium: run `node scripts/ensure-chromium.mjs` (installs Debian's chromium)")
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin,
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`chromium exited ${code}: ${stderr.slice(-2000)}`))
    )
  })
}

/**
 * Renders a summary in headless Chromium: writes NAME.md, NAME.html, NAME.png (the first screen) and
 * NAME-full.png (the whole page) into `dir`, and returns what the page measured of itself.
 * @param {string} markdown
 * @param {{ dir: string, name: string, needles?: string[] }} options
 */
export async function renderSummaryPage(markdown, { dir, name, needles = [] }) {
  const html = await summaryPage(markdown, { title: name, needles })
  const file = path.join(dir, `${name}.html`)
  await Promise.all([writeFile(path.join(dir, `${name}.md`), markdown), writeFile(file, html)])
  const url = pathToFileURL(file).href
  const width = WINDOW_WIDTH
  const dom = await chromium([`--window-size=${width},${FIRST_SCREEN_HEIGHT}`, '--dump-dom', url])
  const match = /<pre id="measurements">([\s\S]*?)<\/pre>/.exec(dom)
  if (!match?.[1]) throw new Error(`the page of ${name} measured nothing`)
  const measured = JSON.parse(
    match[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  )
  await chromium([
    `--window-size=${width},${FIRST_SCREEN_HEIGHT}`,
    `--screenshot=${path.join(dir, `${name}.png`)}`,
    url
  ])
  await chromium([
    `--window-size=${width},${Math.min(Math.max(measured.height + 32, FIRST_SCREEN_HEIGHT), 8000)}`,
    `--screenshot=${path.join(dir, `${name}-full.png`)}`,
    url
  ])
  return { ...measured, html: file }
}
