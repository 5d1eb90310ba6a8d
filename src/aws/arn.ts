// ARNs, arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, parsed and built here and nowhere else. The
// partition is never assumed: every ARN org-trail builds carries the one of the caller's identity.

/** The partitions org-trail accepts in an input: the commercial regions, China and GovCloud (US). */
export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov']

export interface Arn {
  readonly partition: string
  readonly service: string
  /** Empty for a global service (iam, s3). */
  readonly region: string
  /** Empty for s3. */
  readonly account: string
  /** Everything after the fifth ":", colons included (log-group:NAME:*). */
  readonly resource: string
}

/** The fields of an ARN; null when the text is not one (no "arn:" or fewer than six fields). */
export function parseArn(text: string): Arn | null {
  const [prefix, partition, service, region, account, ...resource] = text.split(':')
  if (prefix !== 'arn' || account === undefined || resource.length === 0) return null
  return {
    partition: partition ?? '',
    service: service ?? '',
    region: region ?? '',
    account,
    resource: resource.join(':')
  }
}

export function formatArn(arn: Arn): string {
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.account}:${arn.resource}`
}

/** The account id an ARN carries; '' for anything else (a key id, an alias, a name). */
export function accountOf(text: string): string {
  return parseArn(text)?.account ?? ''
}

/** The region an ARN carries; '' for anything else. */
export function regionOf(text: string): string {
  return parseArn(text)?.region ?? ''
}

/** The resource's own ":"-separated fields: log-group:NAME:* gives ["log-group", "NAME", "*"]. */
export function resourceFields(arn: Arn): string[] {
  return arn.resource.split(':')
}

/** An SNS topic's name, whether a name or an ARN names it. */
export function topicNameOf(nameOrArn: string): string {
  const arn = parseArn(nameOrArn)
  return arn ? (resourceFields(arn).pop() ?? '') : nameOrArn
}

/** arn:…:logs:REGION:ACCOUNT:log-group:NAME[:*] → its region and name. */
export function logGroupOf(text: string): { readonly region: string; readonly name: string } {
  const arn = parseArn(text)
  const name = arn ? resourceFields(arn).slice(1).join(':') : ''
  return { region: arn?.region ?? '', name: name.replace(/:\*$/, '') }
}

/** An organization trail's ARN always carries the management account id. `*` in a field makes a pattern. */
export function trailArn(partition: string, region: string, accountId: string, name: string): string {
  return formatArn({ partition, service: 'cloudtrail', region, account: accountId, resource: `trail/${name}` })
}

/**
 * The IAM role behind an assumed-role session ARN (arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION): what a
 * trust policy names as its principal, and what an AccessDenied's "User:" is when a role was refused. Any
 * other ARN is returned as it is.
 */
export function roleOfSession(arn: string): string {
  const m = arn.match(/^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/)
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn
}

/** A trail's name, whether its name or its ARN (arn:…:cloudtrail:REGION:ACCOUNT:trail/NAME) is given. */
export function trailNameOf(nameOrArn: string): string {
  const arn = parseArn(nameOrArn)
  return arn ? arn.resource.replace(/^trail\//, '') : nameOrArn
}

export function roleArn(partition: string, accountId: string, name: string): string {
  return formatArn({ partition, service: 'iam', region: '', account: accountId, resource: `role/${name}` })
}

export function bucketArn(partition: string, bucket: string): string {
  return formatArn({ partition, service: 's3', region: '', account: '', resource: bucket })
}

/** A topic named by its ARN stays as it is; a name becomes the ARN of that topic in the region and account. */
export function topicArn(nameOrArn: string, partition: string, region: string, accountId: string): string {
  return parseArn(nameOrArn)
    ? nameOrArn
    : formatArn({ partition, service: 'sns', region, account: accountId, resource: nameOrArn })
}
