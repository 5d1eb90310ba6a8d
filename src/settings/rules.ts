// CloudTrail and S3 naming rules, as AWS enforces them. Each function returns the broken rules
// (empty when the value is valid) so that every problem can be reported at once.
import { parseArn, PARTITIONS, resourceFields, type Arn } from '../aws/arn.js'

const IP_SHAPED = /^\d{1,3}(\.\d{1,3}){3}$/

export function trailNameProblems(name: string): string[] {
  const problems: string[] = []
  if (name.length < 3 || name.length > 128) problems.push(`must be 3 to 128 characters long (it has ${name.length})`)
  if (/[^A-Za-z0-9._-]/.test(name)) problems.push('may contain only letters, digits, ".", "_" and "-"')
  if (name.length > 0 && !/^[A-Za-z0-9]/.test(name)) problems.push('must start with a letter or digit')
  if (name.length > 0 && !/[A-Za-z0-9]$/.test(name)) problems.push('must end with a letter or digit')
  if (/[._-]{2}/.test(name)) problems.push('must not have two adjacent ".", "_" or "-" (such as ".." or "-_")')
  if (IP_SHAPED.test(name)) problems.push('must not be shaped like an IP address')
  return problems
}

// General purpose bucket rules (S3 User Guide, "Bucket naming rules").
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-']
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']

export function bucketNameProblems(name: string): string[] {
  const problems: string[] = []
  if (name.length < 3 || name.length > 63) problems.push(`must be 3 to 63 characters long (it has ${name.length})`)
  if (/[^a-z0-9.-]/.test(name)) problems.push('may contain only lowercase letters, digits, "." and "-"')
  if (name.length > 0 && !/^[a-z0-9]/.test(name)) problems.push('must start with a lowercase letter or digit')
  if (name.length > 0 && !/[a-z0-9]$/.test(name)) problems.push('must end with a lowercase letter or digit')
  if (name.includes('..')) problems.push('must not have two adjacent periods')
  if (IP_SHAPED.test(name)) problems.push('must not be shaped like an IP address')
  for (const prefix of RESERVED_PREFIXES)
    if (name.startsWith(prefix)) problems.push(`must not start with the reserved prefix "${prefix}"`)
  for (const suffix of RESERVED_SUFFIXES)
    if (name.endsWith(suffix)) problems.push(`must not end with the reserved suffix "${suffix}"`)
  return problems
}

export const MAX_S3_KEY_PREFIX = 200

export function keyPrefixProblems(prefix: string): string[] {
  const problems: string[] = []
  if (prefix.length > MAX_S3_KEY_PREFIX)
    problems.push(`must be at most ${MAX_S3_KEY_PREFIX} characters (it has ${prefix.length})`)
  // CloudTrail appends "/AWSLogs/..." itself; a slash at either end yields empty path segments.
  if (prefix.startsWith('/') || prefix.endsWith('/'))
    problems.push('must not start or end with "/" (CloudTrail adds the separator itself)')
  if (prefix.includes('//')) problems.push('must not contain "//"')
  if (hasControlCharacter(prefix)) problems.push('must not contain control characters')
  return problems
}

export function hasControlCharacter(value: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

const REGION = /^[a-z]{2,4}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/

export function regionProblems(region: string): string[] {
  return REGION.test(region) ? [] : ['must be an AWS region code such as "us-east-1"']
}

const ROLE_ARN = new RegExp(`^arn:(${PARTITIONS.join('|')}):iam::\\d{12}:role\\/[\\w+=,.@/-]{1,512}$`)

export function roleArnProblems(value: string): string[] {
  if (ROLE_ARN.test(value)) return []
  const arn = parseArn(value)
  if (!arn) return ['must be an IAM role ARN such as "arn:aws:iam::123456789012:role/org-trail"']
  const problems: string[] = []
  if (!PARTITIONS.includes(arn.partition)) problems.push(`has an unknown partition "${arn.partition}"`)
  if (arn.service !== 'iam') problems.push(`names the service "${arn.service}", not "iam"`)
  if (!/^\d{12}$/.test(arn.account)) problems.push('must carry a 12-digit account id')
  if (!arn.resource.startsWith('role/')) problems.push('must name a role ("role/NAME")')
  return problems.length > 0 ? problems : ['is not a valid IAM role ARN']
}

export function sessionNameProblems(name: string): string[] {
  return /^[\w+=,.@-]{2,64}$/.test(name) ? [] : ['must be 2 to 64 characters of letters, digits and "+=,.@_-"']
}

/** An IAM role name as AssumeRole takes it in a role ARN: 1-64 characters of IAM's name set, no path. */
export function roleNameProblems(name: string): string[] {
  return /^[\w+=,.@-]{1,64}$/.test(name)
    ? []
    : ['must be a role name (no path, no ARN): 1 to 64 characters of letters, digits and "+=,.@_-"']
}

/** The broken rules of the fields arn:PARTITION:SERVICE:REGION:ACCOUNT of an ARN. */
function regionalArnProblems(arn: Arn, service: string): string[] {
  const problems: string[] = []
  if (!PARTITIONS.includes(arn.partition)) problems.push(`has an unknown partition "${arn.partition}"`)
  if (arn.service !== service) problems.push(`names the service "${arn.service}", not "${service}"`)
  if (regionProblems(arn.region).length > 0) problems.push('must carry a region')
  if (!/^\d{12}$/.test(arn.account)) problems.push('must carry a 12-digit account id')
  return problems
}

/** A KMS key id, key ARN, alias name or alias ARN; CloudTrail needs a customer managed symmetric key. */
export function kmsKeyProblems(value: string): string[] {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) || /^mrk-[0-9a-f]{32}$/.test(value))
    return []
  if (value.startsWith('alias/')) {
    if (value.startsWith('alias/aws/'))
      return ['names an AWS managed key (alias/aws/...), which CloudTrail cannot use: use a customer managed key']
    return /^alias\/[\w/-]{1,250}$/.test(value) ? [] : ['has an invalid alias name (letters, digits, "/", "_" and "-")']
  }
  const arn = parseArn(value)
  if (!arn || arn.resource.includes(':'))
    return ['must be a KMS key id, key ARN, alias name ("alias/...") or alias ARN']
  const problems = regionalArnProblems(arn, 'kms')
  if (!/^(key\/[\w-]+|alias\/[\w/-]+)$/.test(arn.resource)) problems.push('must name "key/ID" or "alias/NAME"')
  if (arn.resource.startsWith('alias/aws/'))
    problems.push('names an AWS managed key (alias/aws/...), which CloudTrail cannot use: use a customer managed key')
  return problems
}

/** A CloudWatch Logs log group ARN; the trailing ":*" CloudTrail requires is added when missing. */
export function logGroupArnProblems(value: string): string[] {
  const arn = parseArn(value)
  const [kind, name, ...rest] = arn ? resourceFields(arn) : []
  if (!arn || name === undefined)
    return ['must be a log group ARN such as "arn:aws:logs:us-east-1:123456789012:log-group:CloudTrail/org:*"']
  const problems = regionalArnProblems(arn, 'logs')
  if (kind !== 'log-group' || !/^[\w./#-]{1,512}$/.test(name)) problems.push('must name "log-group:NAME"')
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== '*')) problems.push('may end only with ":*"')
  return problems
}

export function withLogGroupWildcard(arn: string): string {
  return arn === '' || arn.endsWith(':*') ? arn : `${arn}:*`
}

/** An SNS topic name or ARN (CloudTrail cannot publish to FIFO topics). */
export function snsTopicProblems(value: string): string[] {
  if (value.startsWith('arn:')) {
    const arn = parseArn(value)
    if (!arn || arn.resource.includes(':'))
      return ['must be a topic name or a topic ARN such as "arn:aws:sns:us-east-1:123456789012:trail-notes"']
    const problems = regionalArnProblems(arn, 'sns')
    problems.push(...snsTopicProblems(arn.resource))
    return problems
  }
  if (value.endsWith('.fifo')) return ['names a FIFO topic, which CloudTrail cannot publish to']
  return /^[\w-]{1,256}$/.test(value) ? [] : ['must be 1 to 256 letters, digits, "_" or "-"']
}
