// Markdown helpers of the job summary: table cells that cannot break the table, inline code, tables.
import fc from 'fast-check'
import { cell, code, table } from '../../src/report/markdown.js'

/**
 * The cells of one GFM table row, split the way GitHub splits them: a backslash escapes the next
 * character, an unescaped "|" ends the cell, and a line ending (LF, CR or CRLF) ends the row.
 */
function splitRow(row: string): { cells: number; endsEarly: boolean } {
  let pipes = 0
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]
    if (ch === '\\') i++
    else if (ch === '|') pipes++
    else if (ch === '\n' || ch === '\r') return { cells: pipes - 1, endsEarly: true }
  }
  return { cells: pipes - 1, endsEarly: false }
}

describe('cell', () => {
  it('escapes a pipe so it does not end the cell', () => {
    expect(cell('a | b')).toBe('a \\| b')
  })

  it('turns line breaks into <br>', () => {
    expect(cell('one\ntwo\r\nthree')).toBe('one<br>two<br>three')
  })

  it('keeps a backslash before a pipe from un-escaping it', () => {
    expect(splitRow(`| ${cell('C:\\|x')} |`)).toEqual({ cells: 1, endsEarly: false })
  })

  it('turns a lone carriage return into <br> too (CommonMark ends a line there)', () => {
    expect(cell('one\rtwo')).toBe('one<br>two')
  })

  it('never lets any text break out of its cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '|', '\\', '\n', '\r', '`', '<', '*') }), (text) => {
        expect(splitRow(`| ${cell(text)} | next |`)).toEqual({ cells: 2, endsEarly: false })
      }),
      { numRuns: 500 }
    )
  })
})

describe('code', () => {
  it('wraps text in backticks and escapes pipes for tables', () => {
    expect(code('org-trail')).toBe('`org-trail`')
    expect(code('a|b')).toBe('`a\\|b`')
  })

  it('uses a longer fence when the text contains a backtick', () => {
    expect(code('a`b')).toBe('``a`b``')
  })

  it('uses a fence longer than any run of backticks in the text, padding one at either end', () => {
    // CommonMark: a code span closes at the first backtick run as long as its opening fence.
    for (const text of ['a``b', '`start', 'end`']) {
      const rendered = code(text)
      const fence = /^`+/.exec(rendered)?.[0] ?? ''
      const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
      expect({ text, fenceLongerThanRuns: fence.length > longestRun }).toEqual({ text, fenceLongerThanRuns: true })
      if (text.startsWith('`') || text.endsWith('`')) expect(rendered).toBe(`${fence} ${text} ${fence}`)
    }
  })
})

describe('table', () => {
  it('renders a header, the separator and one line per row', () => {
    expect(
      table(
        ['What', 'Before'],
        [
          ['a', 'b'],
          ['c', 'd']
        ]
      )
    ).toBe('| What | Before |\n| --- | --- |\n| a | b |\n| c | d |')
  })

  it('renders a header and separator alone when there are no rows', () => {
    expect(table(['A'], [])).toBe('| A |\n| --- |')
  })
})
