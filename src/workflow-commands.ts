// The few runner interactions the bundle's start path needs (start.ts), written byte for byte as
// @actions/core writes them. @actions/core cannot be loaded without its HTTP client (@actions/http-client
// and undici, about 1 MB, for getIDToken): loading it is most of an invalid-input run's time. Everything
// after the start path uses @actions/core itself. The unit test workflow-commands.test.ts holds both to
// the same output.
import { EOL } from 'node:os'

/** An input as the runner passes it (`INPUT_<NAME>`), trimmed: @actions/core's getInput. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::command key=value,…::message` on stdout; a property without a value is left out. */
function issue(command: string, message: string, properties: Readonly<Record<string, string | undefined>> = {}) {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  // As @actions/core: the space follows the command whenever properties were given, even all empty.
  const head = Object.keys(properties).length > 0 ? `${command} ${props}` : command
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`)
}

export function error(message: string, properties: { title?: string } = {}): void {
  issue('error', message, Object.keys(properties).length > 0 ? { title: properties.title } : {})
}

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

export function debug(message: string): void {
  issue('debug', message)
}
