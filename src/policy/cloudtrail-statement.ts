// The one shape of statement every resource policy org-trail writes or shows has: an Allow for CloudTrail.
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import type { Statement } from './document.js'

/** Allows cloudtrail.amazonaws.com `action` on `resource`, under `condition` when given. */
export function allowCloudTrail(
  sid: string,
  action: string,
  resource: string | string[],
  condition?: Statement['Condition']
): Statement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: CLOUDTRAIL_PRINCIPAL },
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {})
  }
}
