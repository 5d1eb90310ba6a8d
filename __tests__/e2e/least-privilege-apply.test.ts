// Apply mode under moto's IAM enforcement (see least-privilege.ts for what moto enforces): the README's apply
// policy is enough to create, update and leave alone a trail, and taking any one action out of it that the
// run sends (and moto can enforce) makes the run fail naming that action. Every case starts from a reset,
// reseeded moto in which the removed action is needed. A denied read must also stop the run before any write.
import { actionsFor } from '../../src/aws/actions.js'
import { TEST_TIMEOUT, driftTrail, expectExit, run, type Run, type Seeded, type World } from '../support/harness.js'
import {
  CHECK_CASES,
  CHECK_SKIPPED,
  SNS_INPUT,
  actionsDenied,
  actionsSent,
  expectNamed,
  fresh,
  policyWithout,
  runEnforced,
  setTopic,
  useServers,
  type Reaction
} from '../support/least-privilege.js'

const world = useServers()

/** The states a case starts from, each the state in which its actions are needed. */
const SCENARIOS = {
  /** No trusted access, no CloudTrail service-linked role, a bucket policy without CloudTrail, no trail; every option but the topic. */
  fresh: { status: 'created', setUp: (w: World) => fresh(w, true) },
  /** The same without options, and a bucket to create. */
  'create-bucket': {
    status: 'created',
    setUp: async (w: World) => ({
      ...(await fresh(w, false)),
      inputs: { 's3-bucket-name': 'org-trail-created-logs', 'create-bucket': 'true' }
    })
  },
  /** A trail someone made single-region and stopped. */
  drifted: {
    status: 'updated',
    setUp: async (w: World) => {
      const state = await fresh(w, false)
      const trailArn = await converge(w, state.seeded, state.inputs)
      await driftTrail(w, trailArn)
      return state
    }
  },
  /** A converged trail with every option, the SNS topic included (see SNS_INPUT). */
  converged: {
    status: 'unchanged',
    setUp: async (w: World) => {
      const state = await fresh(w, true)
      await setTopic(w, await converge(w, state.seeded, state.inputs))
      return { ...state, inputs: { ...state.inputs, ...SNS_INPUT } }
    }
  }
} as const

type Scenario = keyof typeof SCENARIOS

/** Applies without enforcement; returns the trail's ARN. */
async function converge(w: World, seeded: Seeded, inputs: Record<string, string>): Promise<string> {
  const r = await run(w, seeded, inputs)
  expectExit(r, 0)
  return String(r.outputs['trail-arn'])
}

/**
 * …except the reads of an existing trail (on a fresh organization they are made at the ARN the trail will
 * have, and their "no such trail" answers are not needed), and the topic's (see SNS_INPUT).
 */
const READ_FROM: Readonly<Record<string, Scenario>> = {
  'cloudtrail:GetTrailStatus': 'converged',
  'cloudtrail:GetEventSelectors': 'converged',
  'cloudtrail:GetInsightSelectors': 'converged',
  'cloudtrail:ListTags': 'converged',
  'cloudtrail:ListTrails': 'converged',
  'sns:GetTopicAttributes': 'converged'
}

/** Each action apply mode sends and moto enforces: the state in which it is needed, and the run's reaction. */
const APPLY_CASES: Readonly<Record<string, { scenario: Scenario; reaction: Reaction }>> = {
  // The reads, from the fresh state: a denied read must block before anything is written…
  ...Object.fromEntries(
    Object.entries(CHECK_CASES).map(([action, reaction]) => [
      action,
      { scenario: READ_FROM[action] ?? 'fresh', reaction }
    ])
  ),
  // The writes, and the read that follows them.
  'organizations:EnableAWSServiceAccess': { scenario: 'fresh', reaction: 'fails' },
  'iam:CreateServiceLinkedRole': { scenario: 'fresh', reaction: 'fails' },
  'kms:PutKeyPolicy': { scenario: 'fresh', reaction: 'fails' },
  's3:PutBucketPolicy': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:CreateTrail': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:StartLogging': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:PutEventSelectors': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:PutInsightSelectors': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:AddTags': { scenario: 'fresh', reaction: 'fails' },
  'cloudtrail:GetTrail': { scenario: 'fresh', reaction: 'fails' },
  's3:CreateBucket': { scenario: 'create-bucket', reaction: 'fails' },
  's3:PutBucketVersioning': { scenario: 'create-bucket', reaction: 'fails' },
  // Not sent in check mode (no create-bucket there); a hardening read that is denied blocks the creation.
  's3:GetBucketVersioning': { scenario: 'create-bucket', reaction: 'fails' },
  'cloudtrail:UpdateTrail': { scenario: 'drifted', reaction: 'fails' }
}

/** In the apply policy but not tested, and why. */
const APPLY_SKIPPED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(CHECK_SKIPPED).filter(([action]) => !Object.hasOwn(APPLY_CASES, action))),
  's3:GetEncryptionConfiguration':
    'moto authorizes GetBucketEncryption as s3:ListBucket, so removing this action changes nothing in moto',
  's3:GetBucketOwnershipControls':
    'moto authorizes GetBucketOwnershipControls as s3:ListBucket, so removing this action changes nothing in moto',
  'organizations:ListAccounts':
    'CloudTrail checks it on the caller while it creates an organization trail (requiredByCloudTrail); org-trail never sends it and moto does not check it',
  'iam:PassRole':
    'org-trail never sends it: CloudTrail checks it on the caller when a trail is given a CloudWatch Logs role, which the AWS layer models (least-privilege-conditions.test.ts takes it out)',
  's3:PutBucketPublicAccessBlock':
    'moto authorizes PutPublicAccessBlock as s3:CreateBucket, so removing this action changes nothing in moto',
  's3:PutEncryptionConfiguration':
    'moto authorizes PutBucketEncryption as s3:CreateBucket, so removing this action changes nothing in moto',
  's3:PutBucketOwnershipControls':
    'not sent from these states: CreateBucket enforces object ownership itself, so only a bucket whose ownership drifted gets it (and moto authorizes it as s3:CreateBucket)'
}

/** What each scenario sent with the whole policy. */
const sent: Partial<Record<Scenario, Set<string>>> = {}

/**
 * The state the last run left, while it is still its scenario's: a run that wrote nothing (a denied read
 * blocked it) leaves the state as it found it, so the next case of the same scenario reuses it.
 */
let unchanged: { scenario: Scenario; seeded: Seeded; inputs: Record<string, string> } | null = null

async function applyWithout(scenario: Scenario, action?: string): Promise<Run> {
  const w = world()
  const state = unchanged?.scenario === scenario ? unchanged : { scenario, ...(await SCENARIOS[scenario].setUp(w)) }
  unchanged = null
  const r = await runEnforced(w, state.seeded, policyWithout('apply', action), state.inputs)
  if (r.stats.writes === 0) unchanged = state
  expect(actionsDenied(w)).toEqual(action === undefined ? [] : [action])
  return r
}

/** The cases grouped by the state they start from, so that blocked runs can share it. */
const casesInOrder = Object.entries(APPLY_CASES)
  .map(([action, c]) => [action, c.reaction, c.scenario] as const)
  .sort((a, b) => a[2].localeCompare(b[2]))

describe('apply mode under moto IAM enforcement', () => {
  it.each(Object.keys(SCENARIOS) as Scenario[])(
    "the README's apply policy is enough from the %s state",
    async (scenario) => {
      const r = await applyWithout(scenario)
      expectExit(r, 0)
      expect(r.outputs.status).toBe(SCENARIOS[scenario].status)
      sent[scenario] = new Set(actionsSent(world()))
    },
    TEST_TIMEOUT
  )

  it.each(casesInOrder)(
    'without %s the run %s, naming it (from the %s state)',
    async (action, reaction, scenario) => {
      const r = await applyWithout(scenario, action)
      expectNamed(r, action, reaction)
      // A read that blocks stops the run before its first write.
      if (reaction === 'fails' && Object.hasOwn(CHECK_CASES, action)) expect(r.stats.writes).toBe(0)
    },
    TEST_TIMEOUT
  )

  it('every action of the apply policy is tested, or skipped for a stated reason', () => {
    const all = new Set(Object.values(sent).flatMap((s) => [...s]))
    expect(all.size).toBeGreaterThan(0)
    const tested = [...Object.keys(APPLY_CASES)]
    const skipped = Object.keys(APPLY_SKIPPED)
    expect([...tested, ...skipped].sort()).toEqual(actionsFor('apply'))
    // Each case's action is sent from its state; the "not sent" skips are sent from none.
    expect(Object.entries(APPLY_CASES).filter(([action, c]) => !sent[c.scenario]?.has(action))).toEqual([])
    // A skip says either that the action is not sent (then it is not), or how moto names what is sent.
    const notSent = skipped.filter((a) => /not sent|never sends/.test(APPLY_SKIPPED[a] ?? ''))
    expect(notSent.filter((a) => all.has(a))).toEqual([])
    expect(skipped.filter((a) => !notSent.includes(a) && !all.has(a))).toEqual([])
    console.log(
      [
        `apply mode: ${tested.length} actions tested by removal`,
        'skipped:',
        ...skipped.map((a) => `  ${a}: ${APPLY_SKIPPED[a]}`)
      ].join('\n')
    )
  })
})
