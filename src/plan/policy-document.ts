// The policy algebra lives in src/policy/; the plan's modules and their tests import it from here too.
export * from '../policy/document.js'
export {
  allows,
  analyzeDenies,
  statementAllows,
  statementDenies,
  type DenyAnalysis,
  type Request,
  type UnknownDeny
} from '../policy/evaluate.js'
