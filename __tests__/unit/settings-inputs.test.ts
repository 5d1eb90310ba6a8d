// Validation of the trail-option inputs: every refusal names its input and says what is wrong, before any
// AWS request; every accepted form reaches the settings as the trail will need it.
import { parseSettings } from '../../src/settings/parse.js'
import type { InputProblem, Settings } from '../../src/settings/types.js'
import { ACCOUNT, rawInputs } from '../support/fixtures.js'
import { CWL_ROLE_ARN, KEY_ARN, KEY_ID, LOG_GROUP_BASE, TOPIC, TOPIC_ARN } from '../support/trail-options.js'

function parse(overrides: Record<string, string>) {
  return parseSettings(rawInputs(overrides), { GITHUB_RUN_ID: '42' })
}

function accepted(overrides: Record<string, string>): Settings {
  const result = parse(overrides)
  if (!result.ok)
    throw new Error(`expected the inputs to be accepted, got:\n${result.problems.map((p) => p.message).join('\n')}`)
  return result.settings
}

function refused(overrides: Record<string, string>): InputProblem[] {
  const result = parse(overrides)
  if (result.ok) throw new Error(`expected ${JSON.stringify(overrides)} to be refused`)
  return result.problems
}

/** The problems about one input; each must name that input in its message too. */
function problemsOf(overrides: Record<string, string>, input: string): string[] {
  const problems = refused(overrides).filter((p) => p.input === input)
  expect(problems.length).toBeGreaterThan(0)
  for (const p of problems) expect(p.message).toContain(`"${input}"`)
  return problems.map((p) => p.message)
}

const CWL_PAIR = { 'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE, 'cloud-watch-logs-role-arn': CWL_ROLE_ARN }

describe('kms-key-id', () => {
  it.each([
    ['a key id', KEY_ID],
    ['a multi-Region key id', 'mrk-1234abcd12ab34cd56ef1234567890ab'],
    ['a key ARN', KEY_ARN],
    ['an alias name', 'alias/org-trail'],
    ['an alias name with a path', 'alias/security/org-trail'],
    ['an alias ARN', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/org-trail`],
    ['a key ARN of another partition', `arn:aws-us-gov:kms:us-gov-west-1:${ACCOUNT}:key/${KEY_ID}`]
  ])('accepts %s, as given', (_, value) => {
    expect(accepted({ 'kms-key-id': value }).trail.kmsKeyId).toBe(value)
  })

  it('is not managed when empty', () => {
    expect(accepted({}).trail.kmsKeyId).toBe('')
  })

  it('refuses an AWS managed key by alias name: CloudTrail needs a customer managed key', () => {
    const [message] = problemsOf({ 'kms-key-id': 'alias/aws/cloudtrail' }, 'kms-key-id')
    expect(message).toMatch(/AWS managed key/)
    expect(message).toMatch(/customer managed/)
  })

  it('refuses an AWS managed key by alias ARN as well', () => {
    const messages = problemsOf({ 'kms-key-id': `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3` }, 'kms-key-id')
    expect(messages.join('\n')).toMatch(/AWS managed key/)
  })

  it('refuses an ARN of another service, naming the service', () => {
    const messages = problemsOf({ 'kms-key-id': `arn:aws:s3:us-east-1:${ACCOUNT}:key/${KEY_ID}` }, 'kms-key-id')
    expect(messages.join('\n')).toContain('names the service "s3", not "kms"')
  })

  it('refuses an unknown partition, naming it', () => {
    const messages = problemsOf({ 'kms-key-id': `arn:aws-moon:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}` }, 'kms-key-id')
    expect(messages.join('\n')).toContain('unknown partition "aws-moon"')
  })

  it.each([
    ['no region', `arn:aws:kms::${ACCOUNT}:key/${KEY_ID}`, /region/],
    ['a short account id', `arn:aws:kms:us-east-1:1234:key/${KEY_ID}`, /12-digit account id/],
    ['neither key/ nor alias/', `arn:aws:kms:us-east-1:${ACCOUNT}:secret/${KEY_ID}`, /key\/ID/],
    ['a plain word', 'my-key', /key id, key ARN, alias name/],
    ['an alias with a space', 'alias/org trail', /invalid alias name/]
  ])('refuses an ARN or id with %s', (_, value, pattern) => {
    expect(problemsOf({ 'kms-key-id': value }, 'kms-key-id').join('\n')).toMatch(pattern)
  })
})

describe('cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn', () => {
  it('appends the ":*" CloudTrail requires to a log group ARN without it', () => {
    expect(accepted(CWL_PAIR).trail.cloudWatchLogsLogGroupArn).toBe(`${LOG_GROUP_BASE}:*`)
  })

  it('keeps a log group ARN that already ends with ":*" as it is (no second ":*")', () => {
    expect(
      accepted({ ...CWL_PAIR, 'cloud-watch-logs-log-group-arn': `${LOG_GROUP_BASE}:*` }).trail.cloudWatchLogsLogGroupArn
    ).toBe(`${LOG_GROUP_BASE}:*`)
  })

  it('passes the role ARN through', () => {
    expect(accepted(CWL_PAIR).trail.cloudWatchLogsRoleArn).toBe(CWL_ROLE_ARN)
  })

  it('accepts the characters log group names may have ("/", ".", "#", "_", "-")', () => {
    const arn = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/aws/cloudtrail/org.trail#1_a-b`
    expect(accepted({ ...CWL_PAIR, 'cloud-watch-logs-log-group-arn': arn }).trail.cloudWatchLogsLogGroupArn).toBe(
      `${arn}:*`
    )
  })

  it.each([
    ['a log group name instead of an ARN', 'CloudTrail/org-trail', /log group ARN such as/],
    ['an ARN of another service', `arn:aws:s3:us-east-1:${ACCOUNT}:log-group:x`, /names the service "s3", not "logs"/],
    ['an unknown partition', `arn:awz:logs:us-east-1:${ACCOUNT}:log-group:x`, /unknown partition "awz"/],
    ['no region', `arn:aws:logs::${ACCOUNT}:log-group:x`, /region/],
    ['a short account id', 'arn:aws:logs:us-east-1:42:log-group:x', /12-digit account id/],
    ['a log stream instead of ":*"', `${LOG_GROUP_BASE}:log-stream:abc`, /may end only with ":\*"/],
    ['something else than a log group', `arn:aws:logs:us-east-1:${ACCOUNT}:destination:x`, /log-group:NAME/]
  ])('refuses %s', (_, value, pattern) => {
    expect(
      problemsOf({ ...CWL_PAIR, 'cloud-watch-logs-log-group-arn': value }, 'cloud-watch-logs-log-group-arn').join('\n')
    ).toMatch(pattern)
  })

  it('refuses a role value that is not an IAM role ARN', () => {
    const messages = problemsOf(
      { ...CWL_PAIR, 'cloud-watch-logs-role-arn': `arn:aws:iam::${ACCOUNT}:user/cloudtrail` },
      'cloud-watch-logs-role-arn'
    )
    expect(messages.join('\n')).toMatch(/role/)
  })

  it('a log group without a role: refused, naming the missing role input and both inputs of the pair', () => {
    const problems = refused({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.input).toBe('cloud-watch-logs-role-arn')
    expect(problems[0]?.message).toContain('"cloud-watch-logs-log-group-arn"')
    expect(problems[0]?.message).toContain('"cloud-watch-logs-role-arn"')
    expect(problems[0]?.message).toMatch(/both or neither/)
  })

  it('a role without a log group: refused, naming the missing log group input', () => {
    const problems = refused({ 'cloud-watch-logs-role-arn': CWL_ROLE_ARN })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.input).toBe('cloud-watch-logs-log-group-arn')
    expect(problems[0]?.message).toMatch(/both or neither/)
  })

  it('neither: CloudWatch Logs delivery is not managed', () => {
    const s = accepted({})
    expect([s.trail.cloudWatchLogsLogGroupArn, s.trail.cloudWatchLogsRoleArn]).toEqual(['', ''])
  })
})

describe('sns-topic-name', () => {
  it.each([
    ['a topic name', TOPIC],
    ['a topic ARN', TOPIC_ARN],
    ['a name of 256 characters', 'a'.repeat(256)]
  ])('accepts %s, as given', (_, value) => {
    expect(accepted({ 'sns-topic-name': value }).trail.snsTopicName).toBe(value)
  })

  it('refuses a FIFO topic by name: CloudTrail cannot publish to it', () => {
    expect(problemsOf({ 'sns-topic-name': 'notes.fifo' }, 'sns-topic-name').join('\n')).toMatch(/FIFO/)
  })

  it('refuses a FIFO topic by ARN', () => {
    expect(problemsOf({ 'sns-topic-name': `${TOPIC_ARN}.fifo` }, 'sns-topic-name').join('\n')).toMatch(/FIFO/)
  })

  it.each([
    ['a name with a space', 'trail notes', /letters, digits/],
    ['a name of 257 characters', 'a'.repeat(257), /1 to 256/],
    ['an ARN of another service', `arn:aws:sqs:us-east-1:${ACCOUNT}:${TOPIC}`, /names the service "sqs", not "sns"/],
    ['an ARN with a short account id', `arn:aws:sns:us-east-1:42:${TOPIC}`, /12-digit account id/],
    ['an ARN with too many parts', `${TOPIC_ARN}:subscription-id`, /topic name or a topic ARN/],
    ['an ARN of an unknown partition', `arn:aws-moon:sns:us-east-1:${ACCOUNT}:${TOPIC}`, /unknown partition/]
  ])('refuses %s', (_, value, pattern) => {
    expect(problemsOf({ 'sns-topic-name': value }, 'sns-topic-name').join('\n')).toMatch(pattern)
  })

  it('refuses a topic ARN without a region (the topic could not be looked up)', () => {
    expect(problemsOf({ 'sns-topic-name': `arn:aws:sns::${ACCOUNT}:${TOPIC}` }, 'sns-topic-name').join('\n')).toMatch(
      /region/
    )
  })
})

describe('event-selectors and advanced-event-selectors', () => {
  const ADVANCED = '- Name: management\n  FieldSelectors:\n    - Field: eventCategory\n      Equals: [Management]'

  it("accepts YAML and fills in CloudTrail's defaults", () => {
    expect(accepted({ 'event-selectors': '- ReadWriteType: WriteOnly' }).eventSelectors).toEqual([
      {
        ReadWriteType: 'WriteOnly',
        IncludeManagementEvents: true,
        DataResources: [],
        ExcludeManagementEventSources: []
      }
    ])
  })

  it('accepts JSON, as PutEventSelectors takes it', () => {
    const json = JSON.stringify([
      {
        ReadWriteType: 'All',
        IncludeManagementEvents: false,
        DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }]
      }
    ])
    expect(accepted({ 'event-selectors': json }).eventSelectors).toEqual([
      {
        ReadWriteType: 'All',
        IncludeManagementEvents: false,
        DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }],
        ExcludeManagementEventSources: []
      }
    ])
  })

  it('accepts advanced selectors', () => {
    const s = accepted({ 'advanced-event-selectors': ADVANCED })
    expect(s.advancedEventSelectors).toEqual([
      { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }
    ])
    expect(s.eventSelectors).toBeNull()
  })

  it('not declared: null, so the trail keeps its selectors', () => {
    const s = accepted({})
    expect([s.eventSelectors, s.advancedEventSelectors, s.insightSelectors]).toEqual([null, null, null])
  })

  it('refuses both at once: a trail uses one kind or the other', () => {
    const problems = refused({ 'event-selectors': '- ReadWriteType: All', 'advanced-event-selectors': ADVANCED })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.input).toBe('advanced-event-selectors')
    expect(problems[0]?.message).toContain('"event-selectors"')
    expect(problems[0]?.message).toContain('"advanced-event-selectors"')
    expect(problems[0]?.message).toMatch(/mutually exclusive/)
  })

  it('accepts 5 event selectors and refuses 6', () => {
    const selectors = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ ReadWriteType: 'All' })))
    expect(accepted({ 'event-selectors': selectors(5) }).eventSelectors).toHaveLength(5)
    expect(problemsOf({ 'event-selectors': selectors(6) }, 'event-selectors').join('\n')).toMatch(
      /at most 5 event selectors/
    )
  })

  it('accepts 250 data resource values across selectors and refuses 251', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/`)
    const split = (n: number) =>
      JSON.stringify([
        { DataResources: [{ Type: 'AWS::S3::Object', Values: values(n).slice(0, 100) }] },
        { DataResources: [{ Type: 'AWS::S3::Object', Values: values(n).slice(100) }] }
      ])
    expect(accepted({ 'event-selectors': split(250) }).eventSelectors).toHaveLength(2)
    expect(problemsOf({ 'event-selectors': split(251) }, 'event-selectors').join('\n')).toMatch(
      /at most 250 data resource values/
    )
  })

  it('accepts 500 advanced values across conditions and refuses 501', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/`)
    const selectors = (n: number) =>
      JSON.stringify([
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.ARN', StartsWith: values(n - 1) }
          ]
        }
      ])
    expect(accepted({ 'advanced-event-selectors': selectors(500) }).advancedEventSelectors).toHaveLength(1)
    expect(problemsOf({ 'advanced-event-selectors': selectors(501) }, 'advanced-event-selectors').join('\n')).toMatch(
      /at most 500 values/
    )
  })

  it('refuses an unknown ReadWriteType, saying where', () => {
    const messages = problemsOf({ 'event-selectors': '- ReadWriteType: Everything' }, 'event-selectors').join('\n')
    expect(messages).toContain('ReadWriteType')
    expect(messages).toContain('at 0.ReadWriteType')
  })

  it('refuses an unknown key, naming it (a typo must not be ignored)', () => {
    expect(
      problemsOf(
        { 'event-selectors': '- ReadWriteType: All\n  IncludeManagmentEvents: false' },
        'event-selectors'
      ).join('\n')
    ).toContain('IncludeManagmentEvents')
    expect(
      problemsOf(
        { 'advanced-event-selectors': '- FieldSelectors:\n    - Field: eventCategory\n      Equal: [Data]' },
        'advanced-event-selectors'
      ).join('\n')
    ).toContain('Equal')
  })

  it('refuses an advanced field selector without an operator', () => {
    expect(
      problemsOf(
        { 'advanced-event-selectors': '- FieldSelectors:\n    - Field: eventCategory' },
        'advanced-event-selectors'
      ).join('\n')
    ).toMatch(/operator/)
  })

  it.each([
    ['event-selectors', '[{"ReadWriteType": "All"'],
    ['event-selectors', '- ReadWriteType: All\n  - : :\n\t-'],
    ['advanced-event-selectors', '{ FieldSelectors: ['],
    ['insight-selectors', '[{ "InsightType": ApiCallRateInsight']
  ])('refuses malformed YAML or JSON in %s', (input, value) => {
    expect(problemsOf({ [input]: value }, input).join('\n')).toMatch(/not valid YAML or JSON/)
  })

  it('refuses a map where a list is expected', () => {
    problemsOf({ 'event-selectors': 'ReadWriteType: All' }, 'event-selectors')
  })

  it('refuses an empty list of event selectors (use the default selector instead)', () => {
    problemsOf({ 'event-selectors': '[]' }, 'event-selectors')
  })
})

describe('insight-selectors', () => {
  it('accepts both insight types, with event categories', () => {
    const s = accepted({
      'insight-selectors':
        '- InsightType: ApiCallRateInsight\n- InsightType: ApiErrorRateInsight\n  EventCategories: [Management]'
    })
    expect(s.insightSelectors).toEqual([
      { InsightType: 'ApiCallRateInsight' },
      { InsightType: 'ApiErrorRateInsight', EventCategories: ['Management'] }
    ])
  })

  it('accepts [] (Insights off), distinct from not declared', () => {
    expect(accepted({ 'insight-selectors': '[]' }).insightSelectors).toEqual([])
  })

  it('refuses an unknown insight type', () => {
    expect(
      problemsOf({ 'insight-selectors': '- InsightType: ApiLatencyInsight' }, 'insight-selectors').join('\n')
    ).toContain('InsightType')
  })

  it('refuses the same insight type twice', () => {
    expect(
      problemsOf(
        { 'insight-selectors': '- InsightType: ApiCallRateInsight\n- InsightType: ApiCallRateInsight' },
        'insight-selectors'
      ).join('\n')
    ).toMatch(/each insight type at most once/)
  })

  it('refuses an unknown event category', () => {
    problemsOf(
      { 'insight-selectors': '- InsightType: ApiCallRateInsight\n  EventCategories: [Network]' },
      'insight-selectors'
    )
  })
})

describe('every problem at once', () => {
  it('a broken input does not hide the pairing and exclusivity problems of others', () => {
    const problems = refused({
      'trail-name': 'x',
      'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE,
      'event-selectors': '- ReadWriteType: All',
      'advanced-event-selectors': '- FieldSelectors:\n    - Field: eventCategory\n      Equals: [Management]'
    })
    expect(problems.map((p) => p.input).sort()).toEqual([
      'advanced-event-selectors',
      'cloud-watch-logs-role-arn',
      'trail-name'
    ])
  })

  it('several invalid option inputs: one problem for each, each naming its input', () => {
    const problems = refused({
      'kms-key-id': 'alias/aws/cloudtrail',
      'sns-topic-name': 'x.fifo',
      'insight-selectors': 'nope: [',
      tags: 'aws:owner=me'
    })
    expect([...new Set(problems.map((p) => p.input))].sort()).toEqual([
      'insight-selectors',
      'kms-key-id',
      'sns-topic-name',
      'tags'
    ])
    for (const p of problems) expect(p.message).toContain(`Input "${p.input}"`)
  })
})
