/** Replaces each secret value (account ids, when masked) everywhere in the text. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text)
}
