// The AWS CLI commands org-trail gives people to run, each written once: the plan's findings and the
// explanations of AWS's errors (aws/explain.ts) both take them from here. They live in aws/, not plan/,
// because explain.ts is part of aws/, which plan/ builds on: aws/ importing plan/ would run backwards.
import { CLOUDTRAIL_PRINCIPAL } from './cloudtrail.js'

/** Run in the management account; every member account must then accept the handshake. */
export const ENABLE_ALL_FEATURES_COMMAND = 'aws organizations enable-all-features'

export const CREATE_ORGANIZATION_COMMAND = 'aws organizations create-organization --feature-set ALL'

/** Trusted access for CloudTrail; only the management account can enable it. */
export function enableTrustedAccessCommand(): string {
  return `aws organizations enable-aws-service-access --service-principal ${CLOUDTRAIL_PRINCIPAL}`
}

export function createServiceLinkedRoleCommand(service: string): string {
  return `aws iam create-service-linked-role --aws-service-name ${service}`
}

/**
 * How an account becomes CloudTrail's delegated administrator (run in the management account). Registering
 * through Organizations (register-delegated-administrator) does not create the service-linked role
 * CloudTrail needs, so this is the one command to give.
 */
export function registerDelegatedAdministratorCommand(memberAccountId: string): string {
  return `aws cloudtrail register-organization-delegated-admin --member-account-id ${memberAccountId}`
}

/** Without a key, the bare command: for a message that does not know which key AWS refused. */
export function enableKeyCommand(key?: { readonly arn: string; readonly region: string }): string {
  return `aws kms enable-key${key ? ` --key-id ${key.arn} --region ${key.region}` : ''}`
}

/** All four Block Public Access settings on. */
export function putPublicAccessBlockCommand(bucket: string): string {
  return `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`
}

export function deleteTrailCommand(arn: string, region: string): string {
  return `aws cloudtrail delete-trail --name ${arn} --region ${region}`
}

export function startLoggingCommand(arn: string, region: string): string {
  return `aws cloudtrail start-logging --name ${arn} --region ${region}`
}
