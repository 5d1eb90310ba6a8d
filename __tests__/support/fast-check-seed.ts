import fc from 'fast-check'

// Property tests explore a new seed on every local run; CI runs one fixed seed so that a landing is
// reproducible. FC_SEED=<n> replays a seed a failure printed.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261121 : undefined
if (seed !== undefined) fc.configureGlobal({ seed })
