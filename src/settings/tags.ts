import { parseDocumentText, YamlNotLoaded } from './yaml.js'

export const MAX_TAGS = 50

export type Tags = Readonly<Record<string, string>>

// The characters AWS allows in a tag key or value.
const TAG_CHARACTERS = String.raw`\p{L}\p{Z}\p{N}_.:/=+\-@`
const KEY_CHARS = new RegExp(`^[${TAG_CHARACTERS}]+$`, 'u')
const NOT_TAG_CHARACTER = new RegExp(`[^${TAG_CHARACTERS}]`, 'gu')

function tagProblems(key: string, value: string): string[] {
  const problems: string[] = []
  if (key.length < 1 || key.length > 128) problems.push(`tag key "${key.slice(0, 40)}" must be 1 to 128 characters`)
  if (key.toLowerCase().startsWith('aws:'))
    problems.push(`tag key "${key}" must not start with "aws:" (reserved by AWS)`)
  if (key.length > 0 && !KEY_CHARS.test(key))
    problems.push(`tag key "${key.slice(0, 40)}" may contain only letters, digits, spaces and _ . : / = + - @`)
  if (value.length > 256) problems.push(`the value of tag "${key.slice(0, 40)}" must be at most 256 characters`)
  if (value.length > 0 && !KEY_CHARS.test(value))
    problems.push(`the value of tag "${key.slice(0, 40)}" may contain only letters, digits, spaces and _ . : / = + - @`)
  return problems
}

/** Tags as `key=value` lines or a YAML map of strings. */
export function parseTags(text: string): { ok: true; value: Tags } | { ok: false; problems: string[] } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: {} }
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
  const entries: [string, string][] = []
  const problems: string[] = []
  // A YAML "key: value" has ": " before any "="; keys themselves may contain ":" ("team:owner=sec").
  const keyValueLine = (l: string) => l.includes('=') && !/^[^=]*:(\s|$)/.test(l)
  if (lines.every(keyValueLine)) {
    for (const line of lines) {
      const at = line.indexOf('=')
      entries.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  } else {
    let data: unknown
    try {
      data = parseDocumentText(trimmed)
    } catch (error) {
      if (error instanceof YamlNotLoaded) throw error
      return {
        ok: false,
        problems: [`must be key=value lines or a YAML map: ${(error as Error).message.split('\n')[0]}`]
      }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { ok: false, problems: ['must be key=value lines or a YAML map'] }
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        problems.push(`the value of tag "${key}" must be a string`)
        continue
      }
      entries.push([key, String(value)])
    }
  }
  const tags: Record<string, string> = {}
  for (const [key, value] of entries) {
    if (Object.hasOwn(tags, key)) problems.push(`tag key "${key}" is declared twice`)
    problems.push(...tagProblems(key, value))
    tags[key] = value
  }
  if (Object.keys(tags).length > MAX_TAGS)
    problems.push(`at most ${MAX_TAGS} tags per trail (got ${Object.keys(tags).length})`)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: Object.freeze(tags) }
}

const PROVENANCE_KEYS = { repository: 'org-trail:repository', workflow: 'org-trail:workflow' } as const

/** The tags that say which repository (owner/repo) and workflow manage the trail. */
export function provenanceTags(source: { readonly repository?: string; readonly workflow?: string }): Tags {
  const tags: Record<string, string> = {}
  // Tag values allow a limited character set: keep what identifies the workflow, drop the rest.
  const clean = (value: string) => value.replace(NOT_TAG_CHARACTER, '-').slice(0, 256)
  if (source.repository) tags[PROVENANCE_KEYS.repository] = clean(source.repository)
  if (source.workflow) tags[PROVENANCE_KEYS.workflow] = clean(source.workflow)
  return Object.freeze(tags)
}
