/** Text inside an HTML element (<b>, <code>, <summary>): there only "&", "<" and ">" mean anything. */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Text shown as it is: ARNs full of "*" and "_" must not turn into emphasis, nor "<" into HTML. */
export function plain(text: string): string {
  return html(text.replace(/\\/g, '\\\\').replace(/[*_`[\]]/g, (ch) => `\\${ch}`))
}

/**
 * Line breaks a table row must not hold: CommonMark's, and the Unicode line and paragraph separators that
 * some Markdown parsers (JavaScript's among them) also end a line at.
 */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g

/** Text safe inside a Markdown table cell: no pipe or line break can end the cell early. */
export function cell(text: string): string {
  return plain(text).replace(/\|/g, '\\|').replace(LINE_BREAK, '<br>')
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
  // CommonMark: the fence is longer than any backtick run inside; a space pads text that touches a backtick.
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  // A line break would end a table row (and a paragraph's code span renders one as a space anyway).
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(LINE_BREAK, ' ')}${pad}${fence}`
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}
