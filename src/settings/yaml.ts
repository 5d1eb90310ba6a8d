// Documents (selectors, tags) are written as YAML or JSON. The YAML library is about 290 KB of code that
// every run would parse before it could validate a single input, so it is loaded only for a document
// that needs it: JSON, and tags written as key=value lines, are read without it.
import type * as Yaml from 'yaml'

let yaml: typeof Yaml | undefined

/** Thrown by parseDocumentText for a document only the YAML library can read, before loadYaml(). */
export class YamlNotLoaded extends Error {
  constructor() {
    super('this document needs the YAML parser: await loadYaml() and parse it again')
    this.name = 'YamlNotLoaded'
  }
}

export async function loadYaml(): Promise<void> {
  yaml ??= await import('yaml')
}

/**
 * The value of a YAML or JSON document, exactly as the YAML library reads it (JSON is YAML): JSON.parse
 * where it gives the same value, the YAML library otherwise, and its errors. Throws YamlNotLoaded when
 * the YAML library is needed and not loaded yet.
 */
export function parseDocumentText(text: string): unknown {
  const json = sameAsYaml(text)
  if (json.ok) return json.value
  if (yaml === undefined) throw new YamlNotLoaded()
  return yaml.parse(text)
}

/**
 * JSON.parse's value when YAML would read the same. Text JSON.parse accepts that YAML refuses: a key twice
 * in one object, which JSON.parse resolves (the last wins) and YAML does not ("Map keys must be unique"),
 * so the keys written are counted against the members JSON.parse kept; and tabs YAML takes for
 * indentation. settings-yaml.test.ts compares the two on generated JSON.
 */
function sameAsYaml(text: string): { ok: true; value: unknown } | { ok: false } {
  // YAML refuses some tabs JSON allows ("Tabs are not allowed as indentation"): let it judge those.
  if (text.includes('\t')) return { ok: false }
  let members = 0
  let value: unknown
  try {
    value = JSON.parse(text, function count(this: unknown, _key, member: unknown) {
      if (!Array.isArray(this)) members++
      return member
    })
  } catch {
    return { ok: false }
  }
  members-- // the reviver's last call is for the whole document, not a member
  // In valid JSON every '"' outside a string opens one, so these matches are exactly its strings,
  // and a string followed by ':' is a key.
  let keys = 0
  for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (match[1] !== undefined) keys++
  return keys === members ? { ok: true, value } : { ok: false }
}
