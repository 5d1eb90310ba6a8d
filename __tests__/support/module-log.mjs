// Preloaded into dist/index.js (`NODE_OPTIONS=--import=<this file>`) by the start-path test: appends the
// URL of every module the process loads, the bundle's lazily loaded chunks included, to $MODULE_LOG.
import { appendFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const file = process.env.MODULE_LOG
if (file) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`)
      return nextLoad(url, context)
    }
  })
}
