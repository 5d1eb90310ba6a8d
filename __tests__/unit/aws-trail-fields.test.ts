// The one table of the trail's fields, seen through what each consumer makes of it: the trail as read
// from CloudTrail, the CreateTrail request, the AWS CLI commands of the findings, and the summary's table.
import type { Trail } from '@aws-sdk/client-cloudtrail'
import { createInput } from '../../src/apply/trail.js'
import { toTrailConfig } from '../../src/observe/trail.js'
import { plan } from '../../src/plan/index.js'
import { updateTrailCommand } from '../../src/aws/cli.js'
import { renderSummary } from '../../src/report/summary.js'
import {
  ACCOUNT,
  BUCKET,
  REGION,
  TRAIL,
  TRAIL_ARN,
  findingOf,
  freshOrganization,
  outcome,
  settings,
  trailConfig
} from '../support/fixtures.js'

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:org-trail:*`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/org-trail-cloudwatch`
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:org-trail`

describe('the trail as DescribeTrails and GetTrail report it', () => {
  const reported: Trail = {
    Name: TRAIL,
    TrailARN: TRAIL_ARN,
    HomeRegion: REGION,
    S3BucketName: BUCKET,
    S3KeyPrefix: 'org',
    IsOrganizationTrail: true,
    IsMultiRegionTrail: false,
    IncludeGlobalServiceEvents: true,
    LogFileValidationEnabled: true,
    KmsKeyId: KEY,
    CloudWatchLogsLogGroupArn: LOG_GROUP,
    CloudWatchLogsRoleArn: ROLE,
    SnsTopicARN: TOPIC,
    SnsTopicName: 'org-trail'
  }

  it('reads every field under the key CloudTrail reports it by (LogFileValidationEnabled, SnsTopicARN)', () => {
    expect(toTrailConfig(reported)).toEqual({
      name: TRAIL,
      arn: TRAIL_ARN,
      homeRegion: REGION,
      s3BucketName: BUCKET,
      s3KeyPrefix: 'org',
      isOrganizationTrail: true,
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: true,
      logFileValidationEnabled: true,
      kmsKeyId: KEY,
      cloudWatchLogsLogGroupArn: LOG_GROUP,
      cloudWatchLogsRoleArn: ROLE,
      snsTopicArn: TOPIC
    })
  })

  it('leaves out the references a trail does not use, and reads absent flags as off and absent values as empty', () => {
    const config = toTrailConfig({ Name: TRAIL, TrailARN: TRAIL_ARN, S3BucketName: BUCKET, KmsKeyId: '' })
    expect(Object.keys(config).sort()).toEqual(
      [
        'name',
        'arn',
        'homeRegion',
        's3BucketName',
        's3KeyPrefix',
        'isOrganizationTrail',
        'isMultiRegionTrail',
        'includeGlobalServiceEvents',
        'logFileValidationEnabled'
      ].sort()
    )
    expect(config).toMatchObject({ homeRegion: REGION, s3KeyPrefix: '', isOrganizationTrail: false })
  })
})

describe('the CreateTrail request', () => {
  it('sends every flag as declared and every value that is set', () => {
    const trail = {
      ...settings().trail,
      s3KeyPrefix: 'org',
      kmsKeyId: KEY,
      cloudWatchLogsLogGroupArn: LOG_GROUP,
      cloudWatchLogsRoleArn: ROLE,
      snsTopicName: 'org-trail'
    }
    expect(createInput(trail)).toEqual({
      Name: TRAIL,
      S3BucketName: BUCKET,
      S3KeyPrefix: 'org',
      IsOrganizationTrail: true,
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      KmsKeyId: KEY,
      CloudWatchLogsLogGroupArn: LOG_GROUP,
      CloudWatchLogsRoleArn: ROLE,
      SnsTopicName: 'org-trail'
    })
  })

  it('leaves out an empty prefix and the references not declared, and sends a flag that is off', () => {
    const trail = settings({ 'is-multi-region-trail': 'false', 'include-global-service-events': 'false' }).trail
    expect(createInput(trail)).toEqual({
      Name: TRAIL,
      S3BucketName: BUCKET,
      IsOrganizationTrail: true,
      IsMultiRegionTrail: false,
      IncludeGlobalServiceEvents: false,
      EnableLogFileValidation: true
    })
  })
})

describe('the AWS CLI commands of the findings', () => {
  it('create-trail names each flag that differs from its default and each value that is set', () => {
    const s = settings({
      's3-key-prefix': 'org logs',
      'is-multi-region-trail': 'false',
      'include-global-service-events': 'false',
      'enable-log-file-validation': 'false'
    })
    expect(findingOf(plan(s, freshOrganization()), 'cloudtrail.trail').remediation).toBe(
      `aws cloudtrail create-trail --region ${REGION} --name ${TRAIL} --s3-bucket-name ${BUCKET} --s3-key-prefix 'org logs' --is-organization-trail --no-include-global-service-events\n` +
        `aws cloudtrail start-logging --name ${TRAIL_ARN} --region ${REGION}`
    )
  })

  it('update-trail turns each flag on or off, and sends the CloudWatch Logs role with its log group, last', () => {
    expect(
      updateTrailCommand(
        TRAIL_ARN,
        REGION,
        [
          { field: 'CloudWatchLogsRoleArn', before: '', after: ROLE },
          { field: 'IsMultiRegionTrail', before: false, after: true },
          { field: 'EnableLogFileValidation', before: true, after: false },
          { field: 'KmsKeyId', before: '', after: KEY }
        ],
        { logGroupArn: LOG_GROUP, roleArn: ROLE }
      )
    ).toBe(
      `aws cloudtrail update-trail --name ${TRAIL_ARN} --region ${REGION} --is-multi-region-trail --no-enable-log-file-validation --kms-key-id ${KEY} --cloud-watch-logs-log-group-arn '${LOG_GROUP}' --cloud-watch-logs-role-arn ${ROLE}`
    )
  })
})

describe("the summary's trail table", () => {
  const rows = (md: string) =>
    md
      .slice(md.indexOf('### Trail'))
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Setting') && !line.startsWith('| ---'))

  it('shows each flag in its own words, the delivery location, the status, then the references the trail uses', () => {
    const md = renderSummary(
      outcome({
        trail: trailConfig({
          s3KeyPrefix: 'org',
          isMultiRegionTrail: false,
          includeGlobalServiceEvents: false,
          kmsKeyId: KEY,
          cloudWatchLogsLogGroupArn: LOG_GROUP,
          cloudWatchLogsRoleArn: ROLE,
          snsTopicArn: TOPIC
        })
      })
    )
    expect(rows(md).map((r) => r.split(' | ')[0]?.replace(/^\| /, ''))).toEqual([
      'Name',
      'ARN',
      'Home region',
      'Organization trail',
      'Multi-region',
      'Global service events',
      'Log file validation',
      'Bucket and prefix',
      'Logging',
      'Latest delivery',
      'Latest delivery error',
      'Latest digest delivery error',
      'KMS key',
      'CloudWatch Logs',
      'SNS topic'
    ])
    const row = (label: string) => rows(md).find((r) => r.startsWith(`| ${label} |`)) ?? ''
    expect(row('Organization trail')).toContain('✅ yes')
    expect(row('Multi-region')).toContain('❌ no')
    expect(row('Global service events')).toContain('❌ excluded')
    expect(row('Log file validation')).toContain('✅ on')
    expect(row('Bucket and prefix')).toContain(`\`s3://${BUCKET}/org/\``)
    expect(row('CloudWatch Logs')).toContain(LOG_GROUP)
    expect(row('SNS topic')).toContain(TOPIC)
    // The role is CloudTrail's way into the log group, not a setting of its own on the page.
    expect(md).not.toContain(ROLE)
  })

  it('shows no reference row for a trail that uses none', () => {
    const md = renderSummary(outcome())
    expect(rows(md).some((r) => /^\| (KMS key|CloudWatch Logs|SNS topic) \|/.test(r))).toBe(false)
  })
})
