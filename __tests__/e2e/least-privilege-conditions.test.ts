// The conditions of the generated apply policy, proven under moto's IAM enforcement with the AWS layer's
// evaluation of them (tools/aws/identity-conditions.mjs): moto itself evaluates no condition of an identity
// policy and never checks iam:PassRole, which CloudTrail checks on the caller. From a fresh organization
// (no trusted access, no CloudTrail service-linked role, a CloudWatch Logs role to pass):
// - the README's apply policy creates the trail, and each conditioned call was evaluated and allowed;
// - the same policy with one condition changed to name another service makes the run fail, naming the
//   action, before the trail exists;
// - without iam:PassRole at all, the run fails naming it.
import { IAM_ACTIONS, type IamAction } from '../../src/aws/actions.js'
import { TEST_TIMEOUT, expectExit, explainRun, type Run, type World } from '../support/harness.js'
import { expectNamed, fresh, policyWithout, runEnforced, useServers } from '../support/least-privilege.js'

const world = useServers()

/** The conditioned actions of the table, and the service each condition is changed to name. */
const CONDITIONED = (Object.keys(IAM_ACTIONS) as IamAction[]).filter(
  (a) => (IAM_ACTIONS[a] as { condition?: unknown }).condition !== undefined
)
const ELSEWHERE = 'ec2.amazonaws.com'

interface Evaluated {
  action: string
  resource: string
  allowed: boolean
}

function evaluations(w: World): Evaluated[] {
  const behaviour = w.proxy.layer?.behaviours.find((b) => b.name === 'identity-conditions') as
    { settings: { evaluated: Evaluated[] } } | undefined
  if (!behaviour) throw new Error('the AWS layer has no identity-conditions behaviour')
  return behaviour.settings.evaluated
}

type Policy = ReturnType<typeof policyWithout>

/** The apply policy with the condition of `action` naming another service than the one org-trail passes. */
function withConditionElsewhere(action: string): Policy {
  const policy = policyWithout('apply')
  let changed = 0
  policy.Statement = policy.Statement.map((statement) => {
    if (!statement.Action.includes(action) || !statement.Condition) return statement
    changed += 1
    const Condition = Object.fromEntries(
      Object.entries(statement.Condition).map(([op, keys]) => [
        op,
        Object.fromEntries(Object.keys(keys).map((key) => [key, [ELSEWHERE]]))
      ])
    )
    return { ...statement, Condition }
  })
  if (changed !== 1) throw new Error(`the apply policy has no conditioned statement for ${action}`)
  return policy
}

async function applyFresh(policy: Policy): Promise<Run> {
  const w = world()
  const { seeded, inputs } = await fresh(w, true)
  return runEnforced(w, seeded, policy, inputs)
}

describe('the conditions of the apply policy, under enforcement', () => {
  it('are the three the issue names', () => {
    expect(CONDITIONED.sort()).toEqual([
      'iam:CreateServiceLinkedRole',
      'iam:PassRole',
      'organizations:EnableAWSServiceAccess'
    ])
  })

  it(
    "the README's apply policy creates the trail, every conditioned call evaluated and allowed",
    async () => {
      const r = await applyFresh(policyWithout('apply'))
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      const seen = evaluations(world())
      expect([...new Set(seen.map((e) => e.action))].sort()).toEqual(CONDITIONED)
      expect(seen.filter((e) => !e.allowed)).toEqual([])
    },
    TEST_TIMEOUT
  )

  it.each(CONDITIONED)(
    'with the condition of %s naming another service, the run fails naming it and creates no trail',
    async (action) => {
      const r = await applyFresh(withConditionElsewhere(action))
      expectNamed(r, action, 'fails')
      expect(evaluations(world())).toEqual(
        expect.arrayContaining([expect.objectContaining({ action, allowed: false })])
      )
      const created = world()
        .proxy.aws()
        .some((q) => q.operation === 'CreateTrail' && q.status === 200)
      if (created) throw new Error(`a trail was created all the same\n${explainRun(r)}`)
    },
    TEST_TIMEOUT
  )

  it(
    'without iam:PassRole, the run fails naming it (CloudTrail checks it on the caller)',
    async () => {
      const r = await applyFresh(policyWithout('apply', 'iam:PassRole'))
      expectNamed(r, 'iam:PassRole', 'fails')
      expect(evaluations(world())).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'iam:PassRole', allowed: false })])
      )
    },
    TEST_TIMEOUT
  )
})
