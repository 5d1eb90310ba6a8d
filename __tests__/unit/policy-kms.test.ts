// What CloudTrail needs from the KMS key policy: the analysis (does this policy grant it?) and the key
// policy merge, which never loses a statement.
import fc from 'fast-check'
import { type PolicyDocument, type Statement } from '../../src/policy/document.js'
import { kmsStatements, mergeKeyPolicy, missingKmsActions, type KmsGrant } from '../../src/policy/kms.js'
import { ACCOUNT, REGION, TRAIL_ARN } from '../support/fixtures.js'
import { KEY_ARN, ROOT_STATEMENT, consoleKmsStatements } from '../support/trail-options.js'

const GRANT: KmsGrant = { partition: 'aws', keyArn: KEY_ARN, trailArn: TRAIL_ARN, accountId: ACCOUNT, bucketKey: false }
const doc = (...statements: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements })

describe('KMS key policy: analysis', () => {
  it('a policy with only the account root statement lets CloudTrail do nothing', () => {
    expect(missingKmsActions(doc(ROOT_STATEMENT), GRANT)).toEqual(['kms:GenerateDataKey', 'kms:DescribeKey'])
    expect(missingKmsActions(null, GRANT)).toEqual(['kms:GenerateDataKey', 'kms:DescribeKey'])
  })

  it('the statements org-trail writes grant everything', () => {
    expect(missingKmsActions(doc(...kmsStatements(GRANT)), GRANT)).toEqual([])
  })

  it("every statement org-trail writes is scoped to the trail with aws:SourceArn, as AWS's key-policy guide advises", () => {
    for (const statement of kmsStatements(GRANT))
      expect({ sid: statement.Sid, arns: statement.Condition?.StringEquals?.['aws:SourceArn'] }).toEqual({
        sid: statement.Sid,
        arns: [TRAIL_ARN]
      })
    // …so the key's description is CloudTrail's for this trail only.
    const otherTrail = { ...GRANT, trailArn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/another` }
    expect(missingKmsActions(doc(...kmsStatements(GRANT)), otherTrail)).toEqual([
      'kms:GenerateDataKey',
      'kms:DescribeKey'
    ])
  })

  it('the statements the CloudTrail console writes grant everything (no needless rewrite of a working key)', () => {
    expect(missingKmsActions(doc(ROOT_STATEMENT, ...consoleKmsStatements()), GRANT)).toEqual([])
  })

  it('an encrypt grant scoped to another trail does not count', () => {
    const other = consoleKmsStatements(`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/another`)
    expect(missingKmsActions(doc(...other), GRANT)).toEqual(['kms:GenerateDataKey'])
  })

  it('an encryption context of another account does not count', () => {
    expect(missingKmsActions(doc(...consoleKmsStatements(TRAIL_ARN, '999999999999')), GRANT)).toEqual([
      'kms:GenerateDataKey'
    ])
  })

  it('a Deny, or another principal, does not count', () => {
    const [encrypt, describe] = consoleKmsStatements() as [Statement, Statement]
    expect(missingKmsActions(doc({ ...encrypt, Effect: 'Deny' }, describe), GRANT)).toEqual(['kms:GenerateDataKey'])
    expect(
      missingKmsActions(doc(encrypt, { ...describe, Principal: { Service: 'config.amazonaws.com' } }), GRANT)
    ).toEqual(['kms:DescribeKey'])
  })

  it("the encrypt statement asks exactly what AWS's guide asks: GenerateDataKey* for this trail, in this account's encryption context", () => {
    const [encrypt, describe] = kmsStatements(GRANT)
    expect(encrypt).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Condition: {
        StringEquals: { 'aws:SourceArn': [TRAIL_ARN] },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` }
      }
    })
    expect(describe).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:DescribeKey'
    })
  })
})

// ---- the merge, over generated key policies ----

const foreignStatement: fc.Arbitrary<Statement> = fc
  .record(
    {
      Sid: fc.oneof(
        fc.constantFrom(
          'Enable IAM User Permissions',
          'Allow access for Key Administrators',
          'AllowDecrypt',
          'OrgTrailKmsEncrypt',
          'OrgTrailKmsDescribe'
        ),
        fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)
      ),
      Effect: fc.constantFrom('Allow', 'Deny'),
      Principal: fc.oneof(
        fc.constant('*'),
        fc.record({ AWS: fc.constantFrom(`arn:aws:iam::${ACCOUNT}:root`, `arn:aws:iam::${ACCOUNT}:role/admin`) }),
        fc.record({
          Service: fc.constantFrom('cloudtrail.amazonaws.com', 'logs.amazonaws.com', 'config.amazonaws.com')
        })
      ),
      Action: fc.oneof(
        fc.constantFrom('kms:*', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'),
        fc.array(fc.constantFrom('kms:Decrypt', 'kms:Encrypt', 'kms:CreateGrant'), { minLength: 1, maxLength: 3 })
      ),
      Resource: fc.constant('*'),
      Condition: fc.constantFrom(
        { StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/another` } },
        { Null: { 'kms:EncryptionContext:aws:cloudtrail:arn': 'false' } },
        { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
        { StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` } }
      )
    },
    { requiredKeys: ['Sid', 'Effect', 'Principal', 'Action', 'Resource'] }
  )
  .map((s) => s as Statement)

const keyPolicy = fc.array(foreignStatement, { maxLength: 6 }).map((statements) => doc(...statements))
const isOwnSid = (s: Statement) => typeof s.Sid === 'string' && /^OrgTrailKms/.test(s.Sid)

describe('KMS key policy: merge', () => {
  it('adds the two statements to a default key policy and keeps the root statement exactly', () => {
    const merged = mergeKeyPolicy(doc(ROOT_STATEMENT), GRANT)
    expect(merged.policy.Statement[0]).toEqual(ROOT_STATEMENT)
    expect(merged.changedSids.sort()).toEqual(['OrgTrailKmsDescribe', 'OrgTrailKmsEncrypt'])
    expect(missingKmsActions(merged.policy, GRANT)).toEqual([])
  })

  it('a policy that already grants is returned as it is, with nothing changed', () => {
    const policy = doc(ROOT_STATEMENT, ...consoleKmsStatements())
    const merged = mergeKeyPolicy(policy, GRANT)
    expect(merged.changedSids).toEqual([])
    expect(merged.policy).toEqual(policy)
  })

  it('property: every statement org-trail does not own is kept, exactly and in order', () => {
    fc.assert(
      fc.property(keyPolicy, (policy) => {
        const merged = mergeKeyPolicy(structuredClone(policy), GRANT)
        const foreignBefore = policy.Statement.filter((s) => !isOwnSid(s))
        const foreignAfter = merged.policy.Statement.filter((s) => !isOwnSid(s))
        expect(foreignAfter).toEqual(foreignBefore)
      })
    )
  })

  it('property: the result always grants CloudTrail what it needs', () => {
    fc.assert(
      fc.property(keyPolicy, (policy) => {
        fc.pre(!hasApplicableDeny(policy))
        return missingKmsActions(mergeKeyPolicy(policy, GRANT).policy, GRANT).length === 0
      })
    )
  })

  it('property: idempotent: merging the result again changes nothing', () => {
    fc.assert(
      fc.property(keyPolicy, (policy) => {
        const once = mergeKeyPolicy(policy, GRANT).policy
        const twice = mergeKeyPolicy(structuredClone(once), GRANT)
        expect(twice.changedSids).toEqual([])
        expect(twice.policy).toEqual(once)
      })
    )
  })

  it("property: a key shared by two trails keeps the first trail's grant when the second is merged", () => {
    const second: KmsGrant = { ...GRANT, trailArn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/second` }
    fc.assert(
      fc.property(keyPolicy, (policy) => {
        fc.pre(!hasApplicableDeny(policy))
        const first = mergeKeyPolicy(policy, GRANT).policy
        const both = mergeKeyPolicy(first, second).policy
        return missingKmsActions(both, GRANT).length === 0 && missingKmsActions(both, second).length === 0
      })
    )
  })
})

/** A foreign Deny that applies to CloudTrail wins over any Allow, as in AWS: the merge cannot grant then. */
function hasApplicableDeny(policy: PolicyDocument | null): boolean {
  return (
    missingKmsActions(
      { Version: '2012-10-17', Statement: [...(policy?.Statement ?? []), ...kmsStatements(GRANT)] },
      GRANT
    ).length > 0
  )
}

describe('KMS key policy: a bucket with an S3 Bucket Key', () => {
  const withBucketKey: KmsGrant = { ...GRANT, bucketKey: true }

  it('CloudTrail also needs kms:Decrypt: a policy granting only encrypt and describe lacks it', () => {
    expect(missingKmsActions(doc(...kmsStatements(GRANT)), withBucketKey)).toEqual(['kms:Decrypt'])
  })

  it("org-trail's statements then include kms:Decrypt for CloudTrail, scoped to the trail", () => {
    const decrypt = kmsStatements(withBucketKey).find((s) => s.Sid === 'OrgTrailKmsDecrypt')
    expect(decrypt).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:Decrypt',
      Condition: { StringEquals: { 'aws:SourceArn': [TRAIL_ARN] } }
    })
    expect(missingKmsActions(doc(...kmsStatements(withBucketKey)), withBucketKey)).toEqual([])
    expect(kmsStatements(GRANT).map((s) => s.Sid)).not.toContain('OrgTrailKmsDecrypt')
  })

  it('the merge adds it to a key that grants the rest, keeping every statement', () => {
    const merged = mergeKeyPolicy(doc(ROOT_STATEMENT, ...kmsStatements(GRANT)), withBucketKey)
    expect(merged.changedSids).toEqual(['OrgTrailKmsDecrypt'])
    expect(merged.policy.Statement[0]).toEqual(ROOT_STATEMENT)
  })
})
