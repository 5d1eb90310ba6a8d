// The input schemas are built with zod's smaller build, zod/mini (about a quarter less code to parse at
// every start than the full build). It registers no messages of its own: this module gives it the English
// ones the full build registers, so the messages a user reads are the same. Imported for that effect by
// each module that builds a schema (a namespace re-exported from here would defeat tree shaking).
import { config } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

config(en())
