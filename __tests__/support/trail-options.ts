// Builders for the trail options (KMS key, CloudWatch Logs, SNS topic, selectors, insights, tags): a
// declaration that sets every one of them and an observed account that is converged with it, so a test
// breaks exactly one thing. Builds on fixtures.ts, which it does not change.
import type { CloudWatchRole, KmsKey, Observed, ObservedTrail, SnsTopic } from '../../src/observe/types.js'
import type { Statement } from '../../src/policy/document.js'
import { parseSettings, type Environment } from '../../src/settings/parse.js'
import type { Settings } from '../../src/settings/types.js'
import { ACCOUNT, ORG_ID, REGION, TRAIL_ARN, observed, observedTrail, ok, rawInputs } from './fixtures.js'
import { CWL_TRUST, cwlPermissions, keyStatements, policyOf, topicStatement } from './statements.js'

export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
export const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`
export const KEY_ALIAS = 'alias/org-trail'

export const LOG_GROUP = 'CloudTrail/org-trail'
/** As CloudTrail stores it: with the trailing ":*". */
export const LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*`
export const LOG_GROUP_BASE = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}`
export const CWL_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/CloudTrail_CloudWatchLogs_Role`
/** The two log streams an organization trail writes: the management account's and the members'. */
export const MANAGEMENT_STREAM = `${LOG_GROUP_BASE}:log-stream:${ACCOUNT}_CloudTrail_${REGION}*`
export const ORGANIZATION_STREAM = `${LOG_GROUP_BASE}:log-stream:${ORG_ID}_*`

export const TOPIC = 'org-trail-notes'
export const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:${TOPIC}`

export const REPOSITORY = 'octo-org/octo-repo'
export const WORKFLOW = 'Audit trail'
export const PROVENANCE = { 'org-trail:repository': REPOSITORY, 'org-trail:workflow': WORKFLOW } as const

/** The statement every KMS key policy starts with: someone else's, to be kept exactly. */
export const ROOT_STATEMENT: Statement = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*'
}

// Built in statements.ts; the option tests take them from here with the rest of their fixtures.
export { CWL_TRUST, cwlPermissions, policyOf }

/** The console's key policy statements for CloudTrail, for the fixtures' trail unless told. */
export const consoleKmsStatements = (trailArn = TRAIL_ARN, account = ACCOUNT): Statement[] =>
  keyStatements(trailArn, account)

/** The statement that lets the fixtures' trail publish to the fixtures' topic, unless told. */
export const snsPublishStatement = (topicArn = TOPIC_ARN, trailArn = TRAIL_ARN): Statement =>
  topicStatement(topicArn, trailArn)

/** SNS's default policy: only the owner account may publish. */
export const SNS_DEFAULT_POLICY = policyOf({
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'],
  Resource: TOPIC_ARN,
  Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } }
})

export const EVENT_SELECTORS_YAML = [
  '- ReadWriteType: All',
  '  IncludeManagementEvents: true',
  '  DataResources:',
  '    - Type: AWS::S3::Object',
  '      Values:',
  '        - arn:aws:s3:::zeta-bucket/',
  '        - arn:aws:s3:::alpha-bucket/'
].join('\n')

/** The inputs that set every trail option, at their converged values. */
export function optionInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'kms-key-id': KEY_ARN,
    'cloud-watch-logs-log-group-arn': LOG_GROUP_ARN,
    'cloud-watch-logs-role-arn': CWL_ROLE_ARN,
    'sns-topic-name': TOPIC,
    'event-selectors': EVENT_SELECTORS_YAML,
    'insight-selectors': '- InsightType: ApiCallRateInsight',
    tags: 'team=security\ncost-center=42',
    ...overrides
  }
}

export const PROVENANCE_ENV: Environment = { GITHUB_RUN_ID: '42', repository: REPOSITORY, workflow: WORKFLOW }

/** Settings from raw inputs (fixtures' defaults plus overrides), with the run's repository and workflow. */
export function settingsOf(overrides: Record<string, string> = {}, env: Environment = PROVENANCE_ENV): Settings {
  const parsed = parseSettings(rawInputs(overrides), env)
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'))
  return parsed.settings
}

/** Settings with every trail option declared. */
export const optionSettings = (overrides: Record<string, string> = {}, env: Environment = PROVENANCE_ENV): Settings =>
  settingsOf(optionInputs(overrides), env)

export function kmsKey(overrides: Partial<KmsKey> = {}): KmsKey {
  return {
    arn: KEY_ARN,
    region: REGION,
    keyState: 'Enabled',
    symmetric: true,
    keyManager: 'CUSTOMER',
    policy: policyOf(ROOT_STATEMENT, ...consoleKmsStatements()),
    rotationEnabled: ok(true),
    ...overrides
  }
}

export function cloudWatchRole(overrides: Partial<CloudWatchRole> = {}): CloudWatchRole {
  return {
    arn: CWL_ROLE_ARN,
    trustPolicy: policyOf(CWL_TRUST),
    policies: [cwlPermissions(MANAGEMENT_STREAM, ORGANIZATION_STREAM)],
    ...overrides
  }
}

export function snsTopic(overrides: Partial<SnsTopic> = {}): SnsTopic {
  return { arn: TOPIC_ARN, policy: policyOf(snsPublishStatement()), ...overrides }
}

/** The trail as CloudTrail reports it once every option of optionInputs() is applied. */
export function optionTrail(overrides: Partial<ObservedTrail> = {}): ObservedTrail {
  const base = observedTrail({
    kmsKeyId: KEY_ARN,
    cloudWatchLogsLogGroupArn: LOG_GROUP_ARN,
    cloudWatchLogsRoleArn: CWL_ROLE_ARN,
    snsTopicArn: TOPIC_ARN
  })
  return {
    ...base,
    selectors: ok({
      event: [
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: true,
          DataResources: [
            { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::zeta-bucket/', 'arn:aws:s3:::alpha-bucket/'] }
          ],
          ExcludeManagementEventSources: []
        }
      ],
      advanced: []
    }),
    insights: ok([{ InsightType: 'ApiCallRateInsight', EventCategories: ['Management'] }]),
    tags: ok({ team: 'security', 'cost-center': '42', ...PROVENANCE }),
    ...overrides
  }
}

/** The management account converged with optionSettings(): its plan has no change. */
export function optionObserved(overrides: Partial<Observed> = {}): Observed {
  const trail = overrides.trail === undefined ? optionTrail() : overrides.trail
  return observed({
    kmsKey: ok<KmsKey | null>(kmsKey()),
    logGroup: ok(true),
    cloudWatchRole: ok<CloudWatchRole | null>(cloudWatchRole()),
    snsTopic: ok<SnsTopic | null>(snsTopic()),
    trails: ok(trail ? [trail.config] : []),
    ...overrides,
    trail
  })
}
