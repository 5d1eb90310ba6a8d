// The summarize action's entry (summarize/action.yml runs it): the one bundle, dist/index.js, told that the
// summarize action started it. Everything else, from reading the inputs to the exit code, is the bundle's.
process.env.ORG_TRAIL_ACTION = 'summarize'
await import('../dist/index.js')
