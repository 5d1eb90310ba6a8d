// The AWS layer: behaviours of real AWS that moto lacks, applied by the proxy to every request.
//
// A behaviour may answer a request itself (moto never sees it), rewrite moto's answer, or only watch.
// The proxy calls them in list order: the first `request` hook that returns an answer wins; every
// `response` hook may replace the answer; `done` runs when the answer has been sent.

import { accessDenialsBehaviour } from './access-denials.mjs'
import { accountJoinedBehaviour } from './account-joined.mjs'
import { accountRegionsBehaviour } from './account-regions.mjs'
import { accountsBehaviour } from './accounts.mjs'
import { assumeRoleBehaviour } from './assume-role.mjs'
import { bucketConfigWritesBehaviour } from './bucket-config-writes.mjs'
import { crossAccountKmsBehaviour } from './cross-account-kms.mjs'
import { crossAccountS3Behaviour } from './cross-account-s3.mjs'
import { delegatedAdminBehaviour } from './delegated-admin.mjs'
import { deliveryPolicyBehaviour } from './delivery-policy.mjs'
import { firstDeliveryBehaviour } from './first-delivery.mjs'
import { homeRegionBehaviour } from './home-region.mjs'
import { identityConditionsBehaviour } from './identity-conditions.mjs'
import { listTrailsBehaviour } from './list-trails.mjs'
import { newBucketBehaviour } from './new-bucket.mjs'
import { organizationAccessBehaviour } from './organization-access.mjs'
import { policyPropagationBehaviour } from './policy-propagation.mjs'
import { publicKeysBehaviour } from './public-keys.mjs'
import { roleChainingBehaviour } from './role-chaining.mjs'
import { serviceControlPoliciesBehaviour } from './service-control-policies.mjs'
import { sseKmsReadsBehaviour } from './sse-kms-reads.mjs'
import { staleBucketPolicyBehaviour } from './stale-bucket-policy.mjs'
import { tagLimitBehaviour } from './tag-limit.mjs'
import { trailAlreadyExistsBehaviour } from './trail-already-exists.mjs'
import { trailLimitBehaviour } from './trail-limit.mjs'
import { trailWritesBehaviour } from './trail-writes.mjs'
import { webIdentityBehaviour } from './web-identity.mjs'
import { propagationWindowMs } from './windows.mjs'

/**
 * @typedef {import('./context.mjs').RequestContext} RequestContext
 * @typedef {import('./context.mjs').Answer} Answer
 * @typedef {object} Behaviour
 * @property {string} name
 * @property {(ctx: RequestContext) => Answer | undefined | Promise<Answer | undefined>} [request]
 * @property {(ctx: RequestContext, answer: Answer) => Answer | undefined | Promise<Answer | undefined>} [response]
 * @property {(ctx: RequestContext, status: number | null) => void} [done]
 * @property {() => void} [forget]   moto was reset: forget what the behaviour learnt of its resources
 */

/**
 * @typedef {object} LayerOptions   timings of the behaviours, in milliseconds (0 turns a hold or window off)
 * @property {{ holdMs?: number }} [bucketConfigWrites]   how long each S3 configuration write is held open
 * @property {{ holdMs?: number, settleMs?: number }} [trailWrites]   each trail write held open; how long
 *   a new trail refuses writes after CreateTrail
 * @property {number} [propagationMs]   the window of every eventually consistent behaviour below, unless
 *   its own option says otherwise; default: the environment's AWS_LAYER_PROPAGATION_MS, else 300 (windows.mjs)
 * @property {{ windowMs?: number }} [policyPropagation]   how long after PutBucketPolicy / PutKeyPolicy
 *   CloudTrail does not see the new policy
 * @property {{ logFilesMs?: number, digestFilesMs?: number }} [firstDelivery]   how long after StartLogging
 *   GetTrailStatus reports no log-file (digest-file) delivery yet
 * @property {{ windowMs?: number }} [staleBucketPolicy]   how long after PutBucketPolicy / DeleteBucketPolicy
 *   GetBucketPolicy answers what it answered before
 * @property {{ windowMs?: number }} [newBucket]   how long after CreateBucket the bucket answers NoSuchBucket
 * @property {{ windowMs?: number }} [organizationAccess]   how long after trusted access for CloudTrail or its
 *   service-linked role CloudTrail answers InsufficientDependencyServiceAccessPermissionException
 * @property {string} [target]   moto's URL, for behaviours that ask moto themselves (the proxy passes it)
 * @property {number} [listTrailsPageSize]   trails per ListTrails page
 * @property {boolean} [listTrailsAcrossRegions]   false: leave ListTrails to moto (complete when every
 *   trail is homed in the requests' region); the cross-region listing asks moto about every region
 * @property {import('../cloudtrail-keys.mjs').KeyRing} [publicKeys]   the digest signing keys ListPublicKeys
 *   answers with (default: the process's `testKeys`, which the log generator signs with)
 */

/**
 * The behaviours the end-to-end tests, the demo and the benchmark run with by default.
 * @param {LayerOptions} [options]
 * @returns {{ behaviours: Behaviour[], accountOf: (accessKeyId: string | undefined) => string,
 *   forget: () => void }}   forget: call it with every moto reset
 */
export function awsLayer(options = {}) {
  const { target } = options
  const windowMs = propagationWindowMs(options.propagationMs)
  const accounts = accountsBehaviour(target ? { target } : {})
  const behaviours = /** @type {Behaviour[]} */ ([
    accounts,
    roleChainingBehaviour({ sessionOf: accounts.sessionOf }),
    // Denials a test asks for, then the organization's SCPs: authorization comes before any other answer.
    accessDenialsBehaviour({ sessionOf: accounts.sessionOf }),
    ...(target ? [serviceControlPoliciesBehaviour({ target, sessionOf: accounts.sessionOf })] : []),
    accountRegionsBehaviour()
  ])
  const delegated = target ? delegatedAdminBehaviour({ target, keyFor: accounts.keyFor }) : null
  // Refusals AWS makes as a request arrives come before the holds that make overlapping writes visible.
  // A bucket just created is not there yet for anyone, its owner or another account.
  behaviours.push(newBucketBehaviour({ windowMs, ...options.newBucket }))
  if (target) {
    behaviours.push(
      assumeRoleBehaviour({ target }),
      // IAM authorizes a request before the service looks at it.
      identityConditionsBehaviour({ target, sessionOf: accounts.sessionOf }),
      webIdentityBehaviour({ target }),
      homeRegionBehaviour({ target }),
      crossAccountS3Behaviour({ target, sessionOf: accounts.sessionOf }),
      crossAccountKmsBehaviour({ target, sessionOf: accounts.sessionOf }),
      sseKmsReadsBehaviour({ target, sessionOf: accounts.sessionOf })
    )
  }
  behaviours.push(staleBucketPolicyBehaviour({ windowMs, ...options.staleBucketPolicy }))
  // CloudTrail's own checks of a CreateTrail, in an order AWS does not document: the name, the
  // organization, the limit, the tags, then the policies (policies answer before the trail-writes hold,
  // as CloudTrail checks them when the call arrives).
  if (target) {
    behaviours.push(
      trailAlreadyExistsBehaviour({ target }),
      organizationAccessBehaviour({ target, windowMs, ...options.organizationAccess }),
      trailLimitBehaviour({ target })
    )
  }
  behaviours.push(
    tagLimitBehaviour(),
    policyPropagationBehaviour({ windowMs, ...options.policyPropagation }),
    ...(target ? [deliveryPolicyBehaviour({ target })] : []),
    bucketConfigWritesBehaviour(options.bucketConfigWrites),
    trailWritesBehaviour(options.trailWrites),
    firstDeliveryBehaviour(options.firstDelivery)
  )
  behaviours.push(publicKeysBehaviour(options.publicKeys ? { keys: options.publicKeys } : {}), accountJoinedBehaviour())
  if (target && delegated) behaviours.push(delegated)
  if (target && delegated && options.listTrailsAcrossRegions !== false) {
    behaviours.push(
      listTrailsBehaviour({
        target,
        organizationTrailsFor: delegated.organizationTrailsFor,
        ...(options.listTrailsPageSize ? { pageSize: options.listTrailsPageSize } : {})
      })
    )
  }
  return {
    behaviours,
    accountOf: accounts.accountOf,
    forget: () => {
      for (const b of behaviours) b.forget?.()
    }
  }
}
