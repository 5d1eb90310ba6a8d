import {
  CloudTrailAccessNotEnabledException,
  CloudTrailServiceException,
  InsufficientDependencyServiceAccessPermissionException,
  InsufficientS3BucketPolicyException,
  InvalidHomeRegionException,
  MaximumNumberOfTrailsExceededException,
  NoManagementAccountSLRExistsException,
  NotOrganizationMasterAccountException,
  OrganizationNotInAllFeaturesModeException,
  ThrottlingException
} from '@aws-sdk/client-cloudtrail'
import { AccessDeniedException as OrganizationsAccessDenied } from '@aws-sdk/client-organizations'
import { S3ServiceException } from '@aws-sdk/client-s3'
import type { IamAction } from '../../src/aws/actions.js'
import { ActionError, AwsCallError } from '../../src/aws/errors.js'
import { explain } from '../../src/aws/explain.js'

type Options = { message: string; $metadata: { requestId?: string; attempts?: number; httpStatusCode?: number } }
const metadata = { requestId: 'b1946ac9-example', attempts: 1, httpStatusCode: 400 }
const failed = (action: IamAction, error: Error) => explain(new AwsCallError(action, error))

describe('explain: permission denied', () => {
  it("names the IAM action in the title and says to add it to the role's policy", () => {
    const error = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: 'Access Denied',
      $metadata: { ...metadata, httpStatusCode: 403 }
    })
    const { title, message } = failed('s3:PutBucketPolicy', error)
    expect(title).toContain('s3:PutBucketPolicy')
    expect(message).toContain('Add "s3:PutBucketPolicy"')
    expect(message).toContain('b1946ac9-example')
  })

  it('the same for AccessDeniedException of a JSON service', () => {
    const error = new OrganizationsAccessDenied({
      message: "You don't have permissions to access this resource.",
      $metadata: metadata
    })
    const { title, message } = failed('organizations:EnableAWSServiceAccess', error)
    expect(title).toContain('organizations:EnableAWSServiceAccess')
    expect(message).toContain('Add "organizations:EnableAWSServiceAccess"')
  })
})

describe('explain: a permission CloudTrail checks on the caller', () => {
  it('names the action AWS names (iam:PassRole), not the call it refused', () => {
    const error = new CloudTrailServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      message:
        'User: arn:aws:sts::111111111111:assumed-role/org-trail-apply/run is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111111111111:role/CloudTrail-CloudWatchLogs because no identity-based policy allows the iam:PassRole action',
      $metadata: metadata
    })
    const { title, message } = failed('cloudtrail:CreateTrail', error)
    expect(title).toBe('Permission denied: iam:PassRole')
    expect(message).toContain('AWS refused cloudtrail:CreateTrail')
    expect(message).toContain('Add "iam:PassRole"')
    expect(message).not.toContain('Add "cloudtrail:CreateTrail"')
  })
})

describe('explain: a denial names the policy that refused it', () => {
  const scp = (message: string) =>
    new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message,
      $metadata: { ...metadata, httpStatusCode: 403 }
    })

  it('an SCP: titled as such, in the account refused, with who can change it and no advice to add the action', () => {
    const { title, message } = failed(
      's3:PutBucketPolicy',
      scp(
        'User: arn:aws:sts::222222222222:assumed-role/org-trail-log-archive/run-1 is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::logs" with an explicit deny in a service control policy'
      )
    )
    expect(title).toBe('Denied by a service control policy (SCP): s3:PutBucketPolicy')
    expect(message).toContain('account 222222222222')
    expect(message).toMatch(/management account's Organizations administrators/)
    expect(message).not.toContain('Add "s3:PutBucketPolicy"')
  })

  it("the role's own denial keeps its title and its advice, naming the role", () => {
    const { title, message } = failed(
      'cloudtrail:CreateTrail',
      new OrganizationsAccessDenied({
        message:
          'User: arn:aws:sts::111111111111:assumed-role/org-trail/run-1 is not authorized to perform: cloudtrail:CreateTrail on resource: * because no identity-based policy allows the cloudtrail:CreateTrail action',
        $metadata: metadata
      })
    )
    expect(title).toBe('Permission denied: cloudtrail:CreateTrail')
    expect(message).toContain(
      'Add "cloudtrail:CreateTrail" to the permission policy of the role arn:aws:iam::111111111111:role/org-trail'
    )
  })
})

describe('explain: CloudTrail errors with a known remedy', () => {
  // Each error of FACTS.md's table, as CloudTrail raises it, and what the message must tell the person.
  const cases: [string, (o: Options) => Error, IamAction, RegExp[]][] = [
    [
      'OrganizationNotInAllFeaturesModeException',
      (o) => new OrganizationNotInAllFeaturesModeException(o),
      'cloudtrail:CreateTrail',
      [/aws organizations enable-all-features/, /handshake/]
    ],
    [
      'CloudTrailAccessNotEnabledException',
      (o) => new CloudTrailAccessNotEnabledException(o),
      'cloudtrail:CreateTrail',
      [/aws organizations enable-aws-service-access --service-principal cloudtrail\.amazonaws\.com/]
    ],
    [
      'InsufficientS3BucketPolicyException',
      (o) => new InsufficientS3BucketPolicyException(o),
      'cloudtrail:CreateTrail',
      [/manage-bucket-policy/, /statements/]
    ],
    [
      'NoManagementAccountSLRExistsException',
      (o) => new NoManagementAccountSLRExistsException(o),
      'cloudtrail:CreateTrail',
      [/aws iam create-service-linked-role --aws-service-name cloudtrail\.amazonaws\.com/]
    ],
    [
      'MaximumNumberOfTrailsExceededException',
      (o) => new MaximumNumberOfTrailsExceededException(o),
      'cloudtrail:CreateTrail',
      [/5 trails/, /delete/]
    ],
    [
      'InsufficientDependencyServiceAccessPermissionException',
      (o) => new InsufficientDependencyServiceAccessPermissionException(o),
      'cloudtrail:CreateTrail',
      [
        /iam:GetRole/,
        /iam:CreateServiceLinkedRole/,
        /organizations:EnableAWSServiceAccess/,
        /organizations:ListAWSServiceAccessForOrganization/,
        /organizations:DescribeOrganization/,
        /organizations:ListAccounts/
      ]
    ],
    [
      'NotOrganizationMasterAccountException',
      (o) => new NotOrganizationMasterAccountException(o),
      'cloudtrail:CreateTrail',
      [
        /management account/,
        /delegated administrator/,
        /aws cloudtrail register-organization-delegated-admin --member-account-id/
      ]
    ],
    ['InvalidHomeRegionException', (o) => new InvalidHomeRegionException(o), 'cloudtrail:UpdateTrail', [/home region/]]
  ]

  it.each(cases)("%s: the remedy, with what failed and AWS's own words", (code, make, action, remedy) => {
    const { title, message } = failed(action, make({ message: `AWS says: ${code}`, $metadata: metadata }))
    expect(title).not.toBe(`${action} failed`)
    expect(message).toContain(action)
    expect(message).toContain(code)
    expect(message).toContain(`AWS says: ${code}`)
    for (const pattern of remedy) expect(message).toMatch(pattern)
  })

  it('an unknown error is reported plainly, with its code and request id', () => {
    const error = new CloudTrailServiceException({
      name: 'SomethingNewException',
      $fault: 'client',
      message: 'new',
      $metadata: metadata
    })
    const { title, message } = failed('cloudtrail:StartLogging', error)
    expect(title).toBe('cloudtrail:StartLogging failed')
    expect(message).toContain('SomethingNewException')
    expect(message).toContain('b1946ac9-example')
  })
})

describe('explain: the SDK gave up retrying', () => {
  it('says how many attempts were made and that the next run continues', () => {
    const error = new ThrottlingException({
      message: 'Rate exceeded',
      $metadata: { requestId: 'req-9', attempts: 6, httpStatusCode: 400 }
    })
    const { message } = failed('cloudtrail:UpdateTrail', error)
    expect(message).toContain('after 6 attempts')
    expect(message).toMatch(/next run/)
  })

  it('a server error after retries: the same', () => {
    const error = new CloudTrailServiceException({
      name: 'InternalFailure',
      $fault: 'server',
      message: 'internal',
      $metadata: { requestId: 'req-9', attempts: 3, httpStatusCode: 500 }
    })
    expect(failed('cloudtrail:StartLogging', error).message).toMatch(/next run/)
  })

  it('a failure on the first attempt is not called a retry', () => {
    const error = new CloudTrailServiceException({
      name: 'InternalFailure',
      $fault: 'server',
      message: 'internal',
      $metadata: { requestId: 'req-9', attempts: 1, httpStatusCode: 500 }
    })
    const { message } = failed('cloudtrail:StartLogging', error)
    expect(message).not.toMatch(/attempts/)
    expect(message).not.toMatch(/next run/)
  })
})

describe('explain: errors already explained, and others', () => {
  it('an ActionError keeps its own title and message', () => {
    expect(explain(new ActionError('GitHub OIDC token unavailable', 'add "permissions: id-token: write"'))).toEqual({
      title: 'GitHub OIDC token unavailable',
      message: 'add "permissions: id-token: write"'
    })
  })

  it('a plain error keeps its message', () => {
    expect(explain(new TypeError('x is undefined')).message).toBe('x is undefined')
  })
})
