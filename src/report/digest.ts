// The SHA-256 of a run report, in a file of its own next to it (REPORT.sha256), in the format sha256sum
// writes and checks (`sha256sum -c REPORT.sha256`). What is digested is the canonical report: the exact
// bytes of the report file as the action wrote them (UTF-8 JSON, two-space indentation, one final newline).
import { createHash } from 'node:crypto'
import path from 'node:path'

export const sha256Hex = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Where a report's digest is: next to it, its name plus ".sha256". */
export const digestFileOf = (report: string) => `${report}.sha256`

/** One sha256sum line: the hex digest, two spaces, the report's file name. */
export const digestLine = (hex: string, report: string) => `${hex}  ${path.basename(report)}\n`

/** The hex digest of a sha256sum line (text mode "  " or binary mode " *"); null when it is not one. */
export function digestOf(line: string): string | null {
  return /^([0-9a-fA-F]{64}) [ *]\S/.exec(line.trim())?.[1]?.toLowerCase() ?? null
}
