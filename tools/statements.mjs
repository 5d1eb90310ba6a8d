// A statement a customer's log bucket already has and org-trail does not own: the tests, the demo and the
// benchmark seed it, and every run must keep it exactly.

/**
 * The usual TLS-only Deny someone else put on the bucket.
 * @param {string} bucket
 */
export function foreignTlsDeny(bucket) {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } }
  }
}
