export const id = 613;
export const ids = [613];
export const modules = {

/***/ 2894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ managementEventCoverage)
/* harmony export */ });
/** A trail without selectors logs all management events, read and write: CloudTrail's default. */
function managementEventCoverage(selectors, advanced) {
    if (selectors.length === 0 && advanced.length === 0)
        return { any: true, readAndWrite: true };
    const basic = selectors.filter((s) => s.IncludeManagementEvents !== false);
    const isManagement = (f) => f.Field === 'eventCategory' && Array.isArray(f.Equals) && f.Equals.includes('Management');
    const advancedManagement = advanced.filter((s) => s.FieldSelectors?.some(isManagement));
    const advancedAll = advancedManagement.some((s) => !s.FieldSelectors?.some((f) => f.Field === 'readOnly'));
    const basicAll = basic.some((s) => (s.ReadWriteType ?? 'All') === 'All');
    return { any: basic.length > 0 || advancedManagement.length > 0, readAndWrite: basicAll || advancedAll };
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contextOf: () => (/* binding */ contextOf),
  plan: () => (/* binding */ plan),
  stageOf: () => (/* binding */ stageOf)
});

// EXTERNAL MODULE: ./src/domain.ts
var domain = __webpack_require__(9375);
// EXTERNAL MODULE: ./src/plan/context.ts
var context = __webpack_require__(7588);
// EXTERNAL MODULE: ./src/event-coverage.ts
var event_coverage = __webpack_require__(2894);
// EXTERNAL MODULE: ./src/settings/selectors.ts
var selectors = __webpack_require__(1043);
;// CONCATENATED MODULE: ./src/plan/selectors.ts

/** What a trail logs when nobody set selectors: all management events, read and write. */
const DEFAULT_EVENT_SELECTORS = [
    { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }
];
/** The observed selectors in canonical form; none at all means CloudTrail's default. */
function observedCanonical(observed, kind) {
    if (observed === null || (observed.event.length === 0 && observed.advanced.length === 0)) {
        return kind === 'event' ? (0,selectors/* canonicalEventSelectors */.Jx)(DEFAULT_EVENT_SELECTORS) : [];
    }
    return kind === 'event'
        ? (0,selectors/* canonicalEventSelectors */.Jx)(observed.event)
        : (0,selectors/* canonicalAdvancedSelectors */.Jf)(observed.advanced);
}
/** True when the declared selectors differ from what the trail has (or, for a new trail, from the default). */
function selectorsDiffer(declared, observed) {
    const want = declared.kind === 'event'
        ? (0,selectors/* canonicalEventSelectors */.Jx)(declared.selectors)
        : (0,selectors/* canonicalAdvancedSelectors */.Jf)(declared.selectors);
    return !(0,selectors/* sameSet */.XV)(want, observedCanonical(observed, declared.kind));
}
function insightsDiffer(declared, observed) {
    return !(0,selectors/* sameSet */.XV)((0,selectors/* canonicalInsightSelectors */.x$)(declared), (0,selectors/* canonicalInsightSelectors */.x$)(observed ?? []));
}
/** The declared tags whose value differs or that are missing; tags nobody declared are never touched. */
function tagsToSet(declared, observed) {
    const current = observed ?? {};
    return Object.fromEntries(Object.entries(declared).filter(([key, value]) => current[key] !== value));
}

;// CONCATENATED MODULE: ./src/plan/trail-extras.ts
// What is set on the trail after it exists: selectors, insights and tags.



const P = 'prerequisite';
function declaredSelectors(ctx) {
    if (ctx.settings.eventSelectors)
        return { kind: 'event', selectors: ctx.settings.eventSelectors };
    if (ctx.settings.advancedEventSelectors)
        return { kind: 'advanced', selectors: ctx.settings.advancedEventSelectors };
    return null;
}
/** What the declared selectors log of management events; null when selectors are not declared. */
function declaredEventCoverage(ctx) {
    const declared = declaredSelectors(ctx);
    if (!declared)
        return null;
    return declared.kind === 'event'
        ? (0,event_coverage/* managementEventCoverage */.o)(declared.selectors, [])
        : (0,event_coverage/* managementEventCoverage */.o)([], declared.selectors);
}
/** Why the declared selectors log less than the trail does now, or null. */
function selectorWeakening(declared, observed) {
    if (observed.any && !declared.any)
        return 'management events would stop being logged';
    if (observed.readAndWrite && !declared.readAndWrite)
        return 'read or write management events would stop being logged';
    return null;
}
function checkSelectors(ctx) {
    const declared = declaredSelectors(ctx);
    if (!declared)
        return [];
    const id = 'cloudtrail.event-selectors';
    const trail = ctx.observed.trail;
    const observed = trail?.selectors;
    if (observed && !observed.ok)
        return [(0,context/* unreadable */.O)(id, 'Event selectors', observed.failure)];
    if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [
            {
                finding: (0,context/* finding */.g)(id, P, 'ok', 'Event selectors', `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`)
            }
        ];
    }
    const change = {
        kind: 'put-event-selectors',
        arn: ctx.trailArn,
        region: ctx.homeRegion,
        ...(declared.kind === 'event'
            ? { eventSelectors: declared.selectors }
            : { advancedEventSelectors: declared.selectors })
    };
    const coverage = declaredEventCoverage(ctx);
    const current = trail?.managementEvents.ok ? trail.managementEvents.value : null;
    const why = coverage && current ? selectorWeakening(coverage, current) : null;
    if (why !== null && !ctx.settings.allowDestructiveChanges) {
        return [
            {
                finding: (0,context/* finding */.g)('trail.destructive.EventSelectors', P, 'blocker', 'Refusing to narrow the event selectors', `The declared selectors log less than the trail does now: ${why}.`, 'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.')
            }
        ];
    }
    return [
        {
            finding: (0,context/* finding */.g)(id, P, why === null ? 'fixable' : 'warning', why === null ? 'Event selectors differ' : 'Event selectors will be narrowed', why === null
                ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
                : `Allowed by allow-destructive-changes: ${why}.`),
            changes: [change]
        }
    ];
}
function checkInsights(ctx) {
    const declared = ctx.settings.insightSelectors;
    if (declared === null)
        return [];
    const id = 'cloudtrail.insight-selectors';
    const observed = ctx.observed.trail?.insights;
    if (observed && !observed.ok)
        return [(0,context/* unreadable */.O)(id, 'Insight selectors', observed.failure)];
    if (!insightsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [{ finding: (0,context/* finding */.g)(id, P, 'ok', 'Insight selectors', 'Match the declaration.') }];
    }
    return [
        {
            finding: (0,context/* finding */.g)(id, P, 'fixable', 'Insight selectors differ', declared.length === 0
                ? 'Insights are on but declared off.'
                : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`),
            changes: [
                { kind: 'put-insight-selectors', arn: ctx.trailArn, region: ctx.homeRegion, insightSelectors: declared }
            ]
        }
    ];
}
/**
 * Declared tags are converged like any setting. Provenance tags (which repository and workflow manage the
 * trail) ride along with another change only: several workflows managing one trail must not keep
 * rewriting them, nor make a merge gate report drift.
 */
function checkTags(ctx, otherChanges) {
    const { tags, provenanceTags } = ctx.settings;
    if (Object.keys(tags).length === 0 && Object.keys(provenanceTags).length === 0)
        return [];
    const id = 'cloudtrail.tags';
    const observed = ctx.observed.trail?.tags;
    if (observed && !observed.ok)
        return [(0,context/* unreadable */.O)(id, 'Tags', observed.failure)];
    const current = observed?.ok ? observed.value : null;
    const declared = tagsToSet(tags, current);
    const provenance = otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {};
    const set = { ...declared, ...provenance };
    if (Object.keys(declared).length === 0) {
        const step = {
            finding: (0,context/* finding */.g)(id, P, 'ok', 'Tags', Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.')
        };
        return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step];
    }
    return [
        {
            finding: (0,context/* finding */.g)(id, P, 'fixable', 'Tags differ', `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`),
            changes: [addTags(ctx, set, current)]
        }
    ];
}
function addTags(ctx, tags, current) {
    return {
        kind: 'add-tags',
        arn: ctx.trailArn,
        region: ctx.homeRegion,
        tags,
        before: Object.fromEntries(Object.keys(tags).map((k) => [k, current?.[k] ?? null]))
    };
}

;// CONCATENATED MODULE: ./src/plan/posture.ts


const C = 'posture';
/** The trail as it will be after apply: the declaration where org-trail manages a setting, else as observed. */
function target(ctx) {
    const observed = ctx.observed.trail?.config;
    const kmsKeyId = ctx.declared.kmsKeyId || observed?.kmsKeyId;
    const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || observed?.cloudWatchLogsLogGroupArn;
    return {
        isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
        logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {})
    };
}
function checkPosture(ctx) {
    const t = target(ctx);
    const arn = ctx.trailArn;
    const region = ctx.homeRegion;
    const bucket = ctx.observed.bucket;
    const steps = [];
    const declaredCoverage = declaredEventCoverage(ctx);
    const events = declaredCoverage
        ? { ok: true, value: declaredCoverage }
        : ctx.observed.trail?.managementEvents;
    const readWrite = !events || (events.ok && events.value.readAndWrite);
    steps.push({
        finding: events && !events.ok
            ? (0,context/* finding */.g)('CloudTrail.1', C, 'warning', 'Management events unknown', `${events.failure.action} failed (${events.failure.code}), so read and write management events could not be checked.`, `# Allow "${events.failure.action}" in the role's policy.`)
            : t.isMultiRegionTrail && readWrite
                ? (0,context/* finding */.g)('CloudTrail.1', C, 'ok', 'Multi-region, read and write management events', 'Every region is logged with all management events.')
                : (0,context/* finding */.g)('CloudTrail.1', C, 'warning', 'Not multi-region with read and write management events', t.isMultiRegionTrail
                    ? 'Management events are not logged with ReadWriteType All.'
                    : 'The trail logs only its home region.', t.isMultiRegionTrail
                    ? `# Or declare event-selectors. This replaces every selector of the trail, data events included.\naws cloudtrail put-event-selectors --trail-name ${arn} --region ${region} --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`
                    : 'Set the input is-multi-region-trail: true.')
    });
    steps.push({
        finding: t.kmsKeyId
            ? (0,context/* finding */.g)('CloudTrail.2', C, 'ok', 'Encrypted at rest with SSE-KMS', `Key ${t.kmsKeyId}.`)
            : (0,context/* finding */.g)('CloudTrail.2', C, 'warning', 'Not encrypted with SSE-KMS', 'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.', `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey):\naws cloudtrail update-trail --name ${arn} --region ${region} --kms-key-id KEY_ARN`)
    });
    steps.push({
        finding: t.logFileValidationEnabled
            ? (0,context/* finding */.g)('CloudTrail.4', C, 'ok', 'Log file validation enabled', 'Digest files let you prove log files were not changed.')
            : (0,context/* finding */.g)('CloudTrail.4', C, 'warning', 'Log file validation disabled', 'Changes to delivered log files cannot be detected.', 'Set enable-log-file-validation: true.')
    });
    steps.push({
        finding: t.cloudWatchLogsLogGroupArn
            ? (0,context/* finding */.g)('CloudTrail.5', C, 'ok', 'Integrated with CloudWatch Logs', `Log group ${t.cloudWatchLogsLogGroupArn}.`)
            : (0,context/* finding */.g)('CloudTrail.5', C, 'warning', 'Not integrated with CloudWatch Logs', 'Without CloudWatch Logs there are no metric filters or alarms on API activity.', `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\naws cloudtrail update-trail --name ${arn} --region ${region} --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`)
    });
    if (bucket.region.ok && bucket.region.value !== null) {
        steps.push(checkPublicBucket(ctx));
        const logging = bucket.accessLogging;
        steps.push({
            finding: logging.ok && logging.value
                ? (0,context/* finding */.g)('CloudTrail.7', C, 'ok', 'Access logging on the log bucket', `Server access logging is enabled on ${bucket.name}.`)
                : (0,context/* finding */.g)('CloudTrail.7', C, 'warning', logging.ok ? 'No access logging on the log bucket' : 'Access logging of the log bucket unknown', logging.ok
                    ? `Requests to ${bucket.name} are not logged.`
                    : `${logging.failure.action} failed (${logging.failure.code}).`, !logging.ok
                    ? `# Allow "${logging.failure.action}" in the role's policy.`
                    : `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\naws s3api put-bucket-logging --bucket ${bucket.name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"${bucket.name}/"}}'`)
        });
    }
    const status = ctx.observed.trail?.status;
    if (status?.ok) {
        const s = status.value;
        steps.push({
            finding: s.latestDeliveryError
                ? (0,context/* finding */.g)('delivery.log-files', C, 'warning', 'Log file delivery is failing', `CloudTrail reports: ${s.latestDeliveryError}.`, 'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.')
                : (0,context/* finding */.g)('delivery.log-files', C, 'ok', 'Log files delivered', s.latestDeliveryTime
                    ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
                    : 'No delivery error reported.')
        });
        steps.push({
            finding: s.latestDigestDeliveryError
                ? (0,context/* finding */.g)('delivery.digest-files', C, 'warning', 'Digest file delivery is failing', `CloudTrail reports: ${s.latestDigestDeliveryError}.`, 'Check the bucket policy and, with SSE-KMS, the key policy.')
                : (0,context/* finding */.g)('delivery.digest-files', C, 'ok', 'Digest files delivered', 'No digest delivery error reported.')
        });
    }
    return steps;
}
function checkPublicBucket(ctx) {
    const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket;
    const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [r.failure]));
    if (failed.length > 0) {
        return {
            finding: (0,context/* finding */.g)('CloudTrail.6', C, 'warning', 'Public access to the log bucket unknown', `${failed.map((f) => `${f.action} failed (${f.code})`).join('; ')}, so whether ${name} is public could not be checked.`, failed.map((f) => `# Allow "${f.action}" in the role's policy.`).join('\n'))
        };
    }
    const block = publicAccessBlock.ok ? publicAccessBlock.value : null;
    const fullyBlocked = block !== null &&
        block.blockPublicAcls &&
        block.ignorePublicAcls &&
        block.blockPublicPolicy &&
        block.restrictPublicBuckets;
    const isPublic = policyIsPublic.ok && policyIsPublic.value;
    const command = `aws s3api put-public-access-block --bucket ${name} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`;
    if (isPublic) {
        return {
            finding: (0,context/* finding */.g)('CloudTrail.6', C, 'warning', 'Log bucket is public', `The policy of ${name} grants public access to the audit log.`, `# Remove the statements that grant public access, then:\n${command}`)
        };
    }
    if (!fullyBlocked) {
        return {
            finding: (0,context/* finding */.g)('CloudTrail.6', C, 'warning', 'Public access to the log bucket is not blocked', `${name} has no complete Block Public Access configuration of its own.`, command)
        };
    }
    return {
        finding: (0,context/* finding */.g)('CloudTrail.6', C, 'ok', 'Log bucket is not public', `Block Public Access is on for ${name}.`)
    };
}

// EXTERNAL MODULE: ./src/plan/bucket-policy.ts
var bucket_policy = __webpack_require__(9492);
// EXTERNAL MODULE: ./src/plan/bucket-hardening.ts
var bucket_hardening = __webpack_require__(3290);
;// CONCATENATED MODULE: ./src/plan/prerequisites.ts




const prerequisites_P = 'prerequisite';
function checkCaller(ctx) {
    const { identity } = ctx.observed;
    const id = 'caller.management-account';
    if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
        return { finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', 'Caller may manage the trail', `Running as ${identity.arn}.`) };
    }
    const delegated = ctx.observed.delegatedAdministrator;
    const mgmt = ctx.managementAccountId;
    if (delegated?.ok && delegated.value) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', 'Caller is a delegated administrator for CloudTrail', `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`)
        };
    }
    const register = `aws organizations register-delegated-administrator --account-id ${identity.accountId} --service-principal ${domain/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    if (delegated && !delegated.ok) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'warning', 'Caller is not the management account', `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read (${delegated.failure.code}). CloudTrail will refuse if it is not.`, `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`)
        };
    }
    return {
        finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', 'Caller cannot create an organization trail', `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`, `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`)
    };
}
function checkOrganization(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail)
        return [];
    const org = ctx.observed.organization;
    if (!org.ok)
        return [(0,context/* unreadable */.O)('organization.exists', 'Organization', org.failure)];
    if (org.value === null) {
        return [
            {
                finding: (0,context/* finding */.g)('organization.exists', prerequisites_P, 'blocker', 'Account is in no organization', `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`, '# Create the organization from this account, or set the input is-organization-trail: false.\naws organizations create-organization --feature-set ALL')
            }
        ];
    }
    const steps = [
        {
            finding: (0,context/* finding */.g)('organization.exists', prerequisites_P, 'ok', 'Organization', `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`)
        }
    ];
    if (org.value.featureSet !== 'ALL') {
        steps.push({
            finding: (0,context/* finding */.g)('organization.all-features', prerequisites_P, 'blocker', 'Organization is not in ALL features mode', `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`, '# From the management account; then every member account must accept the handshake\n# (aws organizations list-handshakes-for-account, aws organizations accept-handshake).\naws organizations enable-all-features')
        });
    }
    else {
        steps.push({
            finding: (0,context/* finding */.g)('organization.all-features', prerequisites_P, 'ok', 'All features enabled', `Organization ${org.value.id} is in ALL features mode.`)
        });
    }
    return steps;
}
/** In no organization for sure; when the organization could not be read, the other checks still run. */
function knownWithoutOrganization(ctx) {
    return ctx.observed.organization.ok && ctx.observed.organization.value === null;
}
function checkTrustedAccess(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx))
        return [];
    const id = 'organization.trusted-access';
    const title = `Trusted access for ${domain/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    const access = ctx.observed.trustedAccess;
    if (!access.ok)
        return [(0,context/* unreadable */.O)(id, title, access.failure)];
    if (access.value)
        return [{ finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', title, 'CloudTrail is a trusted service of the organization.') }];
    const command = `aws organizations enable-aws-service-access --service-principal ${domain/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    if (!ctx.callerIsManagement) {
        return [
            {
                finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', title, 'CloudTrail is not a trusted service, and only the management account can enable it.', `# Run in the management account:\n${command}`)
            }
        ];
    }
    if (!ctx.settings.enableTrustedAccess) {
        return [
            {
                finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', title, 'CloudTrail is not a trusted service and enable-trusted-access is false.', `# Or set the input enable-trusted-access: true.\n${command}`)
            }
        ];
    }
    return [
        {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'fixable', title, 'CloudTrail is not a trusted service of the organization.', command),
            changes: [{ kind: 'enable-trusted-access' }]
        }
    ];
}
function checkServiceLinkedRoles(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx))
        return [];
    return Object.keys(domain/* SERVICE_LINKED_ROLES */.SF).map((role) => checkServiceLinkedRole(ctx, role));
}
function checkServiceLinkedRole(ctx, role) {
    const { roleName, service } = domain/* SERVICE_LINKED_ROLES */.SF[role];
    const id = `iam.service-linked-role.${role}`;
    const title = `Service-linked role ${roleName}`;
    const command = `aws iam create-service-linked-role --aws-service-name ${service}`;
    if (!ctx.callerIsManagement) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'warning', title, 'The management account must have it; a delegated administrator cannot check its roles.', `# In the management account, if the role is missing:\n${command}`)
        };
    }
    const exists = ctx.observed.serviceLinkedRoles[role];
    if (!exists.ok)
        return (0,context/* unreadable */.O)(id, title, exists.failure);
    if (exists.value)
        return { finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', title, 'Exists in the management account.') };
    return {
        finding: (0,context/* finding */.g)(id, prerequisites_P, 'fixable', title, `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`, command),
        changes: [{ kind: 'create-service-linked-role', role }]
    };
}
/** Where CloudTrail writes, for this trail. */
function grantFor(ctx) {
    return {
        partition: ctx.observed.identity.partition,
        bucket: ctx.settings.trail.s3BucketName,
        prefix: ctx.declared.s3KeyPrefix,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {})
    };
}
function checkBucket(ctx) {
    const bucket = ctx.observed.bucket;
    const name = bucket.name;
    if (!bucket.region.ok) {
        // Whether it exists is unknown; its other reads may still say what else is missing.
        return [
            (0,context/* unreadable */.O)('s3.bucket-exists', `Bucket ${name}`, bucket.region.failure),
            checkRequesterPays(ctx),
            checkBucketPolicy(ctx)
        ];
    }
    if (bucket.region.value === null && ctx.settings.createBucket)
        return (0,bucket_hardening/* planBucketCreation */.TF)(ctx, grantFor(ctx));
    if (bucket.region.value === null) {
        return [
            {
                finding: (0,context/* finding */.g)('s3.bucket-exists', prerequisites_P, 'blocker', `Bucket ${name} does not exist`, 'CloudTrail needs an existing bucket to deliver log files to.', `# Or set the input create-bucket: true to have org-trail create it, hardened.\naws s3api create-bucket --bucket ${name} --region ${ctx.homeRegion}${ctx.homeRegion === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${ctx.homeRegion}`}`)
            }
        ];
    }
    const steps = [
        { finding: (0,context/* finding */.g)('s3.bucket-exists', prerequisites_P, 'ok', `Bucket ${name}`, `Exists in ${bucket.region.value}.`) }
    ];
    steps.push(checkRequesterPays(ctx));
    steps.push(...(0,bucket_hardening/* withTlsOnly */.M3)(ctx, checkBucketPolicy(ctx), grantFor(ctx)), ...(0,bucket_hardening/* checkBucketHardening */.Bq)(ctx));
    return steps;
}
function checkRequesterPays(ctx) {
    const { requesterPays, name } = ctx.observed.bucket;
    const id = 's3.requester-pays';
    const title = 'Requester Pays is off';
    if (!requesterPays.ok)
        return (0,context/* unreadable */.O)(id, title, requesterPays.failure, 'warning');
    if (!requesterPays.value)
        return { finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', title, 'CloudTrail can deliver without paying for requests.') };
    return {
        finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', 'Requester Pays is on', `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`, `aws s3api put-bucket-request-payment --bucket ${name} --request-payment-configuration Payer=BucketOwner`)
    };
}
function checkBucketPolicy(ctx) {
    const { policy, name } = ctx.observed.bucket;
    const id = 's3.bucket-policy';
    const title = 'Bucket policy lets CloudTrail write';
    if (!policy.ok)
        return (0,context/* unreadable */.O)(id, title, policy.failure);
    if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'warning', title, 'Not checked: the organization id, part of the log path, is unknown.')
        };
    }
    const grant = grantFor(ctx);
    let current;
    try {
        current = (0,bucket_policy/* parsePolicy */.ON)(policy.value);
    }
    catch (error) {
        if (!(error instanceof bucket_policy/* PolicyParseError */.y2))
            throw error;
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', title, `The policy of bucket ${name}: ${error.message}.`, 'Fix the policy by hand; org-trail never overwrites a policy it cannot read.')
        };
    }
    const missing = (0,bucket_policy/* missingPermissions */.HR)(current, grant);
    if (missing.length === 0)
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'ok', title, `Grants ${domain/* CLOUDTRAIL_PRINCIPAL */.BX} everything it needs for ${ctx.trailArn}.`)
        };
    const denying = (0,bucket_policy/* denyingStatements */.NB)(current, grant);
    if (denying.length > 0) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', 'Bucket policy denies CloudTrail', `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`, JSON.stringify(denying, null, 2))
        };
    }
    const what = missing.map((m) => `${m.action} on ${m.resource}`).join('; ');
    const statements = JSON.stringify((0,bucket_policy/* ownStatements */.zP)(grant), null, 2);
    if (!ctx.settings.manageBucketPolicy) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', title, `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`, statements)
        };
    }
    const merged = (0,bucket_policy/* mergePolicy */.VA)(current, grant);
    const bytes = (0,bucket_policy/* policyBytes */.we)(merged.policy);
    if (bytes > domain/* MAX_BUCKET_POLICY_BYTES */.lJ) {
        return {
            finding: (0,context/* finding */.g)(id, prerequisites_P, 'blocker', 'Bucket policy would exceed 20 KB', `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${domain/* MAX_BUCKET_POLICY_BYTES */.lJ}. Nothing was written.`, `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`)
        };
    }
    return {
        finding: (0,context/* finding */.g)(id, prerequisites_P, 'fixable', title, `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`, statements),
        changes: [
            {
                kind: 'put-bucket-policy',
                bucket: name,
                before: policy.value,
                after: (0,bucket_policy/* policyText */.MJ)(merged.policy),
                sids: merged.changedSids,
                grant
            }
        ]
    };
}

// EXTERNAL MODULE: ./src/plan/policy-document.ts
var policy_document = __webpack_require__(5815);
// EXTERNAL MODULE: ./src/plan/service-policies.ts
var service_policies = __webpack_require__(9879);
;// CONCATENATED MODULE: ./src/plan/resources.ts
// Prerequisites of the resources a trail can name: the KMS key, the CloudWatch Logs group and role,
// the SNS topic. Each gap is a finding with the exact statement to add.




const resources_P = 'prerequisite';
const json = (value) => JSON.stringify(value, null, 2);
function checkKmsKey(ctx) {
    const declared = ctx.settings.trail.kmsKeyId;
    const key = ctx.observed.kmsKey;
    if (!declared || !key)
        return [];
    const id = 'kms.key';
    if (!key.ok)
        return [(0,context/* unreadable */.O)(id, `KMS key ${declared}`, key.failure)];
    if (key.value === null) {
        return [
            {
                finding: (0,context/* finding */.g)(id, resources_P, 'blocker', `KMS key ${declared} not found`, `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`, `aws kms describe-key --key-id ${declared} --region ${ctx.homeRegion}`)
            }
        ];
    }
    const k = key.value;
    const steps = [];
    // A bucket org-trail is about to create will be in the home region.
    const observedRegion = ctx.observed.bucket.region.ok ? ctx.observed.bucket.region.value : null;
    const bucketRegion = observedRegion ?? (ctx.settings.createBucket && ctx.observed.bucket.region.ok ? ctx.homeRegion : null);
    const problems = [
        k.keyState !== 'Enabled' ? `it is ${k.keyState}, not Enabled` : '',
        !k.symmetric ? 'it is not a symmetric encryption key' : '',
        bucketRegion && bucketRegion !== k.region ? `it is in ${k.region} but the bucket is in ${bucketRegion}` : ''
    ].filter((p) => p !== '');
    steps.push({
        finding: problems.length === 0
            ? (0,context/* finding */.g)(id, resources_P, 'ok', 'KMS key usable', `${k.arn}: enabled, symmetric, in the bucket's region.`)
            : (0,context/* finding */.g)(id, resources_P, 'blocker', 'KMS key cannot encrypt the logs', `${k.arn}: ${problems.join('; ')}.`, k.keyState === 'Disabled'
                ? `aws kms enable-key --key-id ${k.arn} --region ${k.region}`
                : `# Use a symmetric, enabled customer managed key in the bucket's region (${bucketRegion ?? ctx.homeRegion}).`)
    });
    steps.push(checkKeyPolicy(ctx, k.arn, k.region, k.policy));
    return steps;
}
function checkKeyPolicy(ctx, keyArn, region, text) {
    const id = 'kms.key-policy';
    const title = 'Key policy lets CloudTrail encrypt';
    const grant = {
        partition: ctx.observed.identity.partition,
        keyArn,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId
    };
    let policy;
    try {
        policy = (0,service_policies/* parseKeyPolicy */.LB)(text);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return {
            finding: (0,context/* finding */.g)(id, resources_P, 'blocker', title, `The policy of ${keyArn}: ${error.message}.`, '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.')
        };
    }
    const missing = (0,service_policies/* missingKmsActions */.ZP)(policy, grant);
    if (missing.length === 0)
        return {
            finding: (0,context/* finding */.g)(id, resources_P, 'ok', title, `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn} and kms:DescribeKey.`)
        };
    const denying = (0,service_policies/* denyingKmsStatements */.E5)(policy, grant);
    if (denying.length > 0) {
        return {
            finding: (0,context/* finding */.g)(id, resources_P, 'blocker', 'Key policy denies CloudTrail', `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`, json(denying))
        };
    }
    const statements = json((0,service_policies/* kmsStatements */.SA)(grant));
    if (!ctx.settings.manageKmsKeyPolicy) {
        return {
            finding: (0,context/* finding */.g)(id, resources_P, 'blocker', title, `The policy of ${keyArn} does not allow ${missing.join(', ')}; add the statements below (or set manage-kms-key-policy: true).`, statements)
        };
    }
    const merged = (0,service_policies/* mergeKeyPolicy */.g$)(policy, grant);
    const bytes = (0,bucket_policy/* policyBytes */.we)(merged.policy);
    if (bytes > service_policies/* MAX_KEY_POLICY_BYTES */.uU) {
        return {
            finding: (0,context/* finding */.g)(id, resources_P, 'blocker', 'Key policy would exceed 32 KB', `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`, statements)
        };
    }
    return {
        finding: (0,context/* finding */.g)(id, resources_P, 'fixable', title, `The policy of ${keyArn} does not allow ${missing.join(', ')}; apply merges the statements below and keeps every other statement.`, statements),
        changes: [
            {
                kind: 'put-key-policy',
                keyArn,
                region,
                before: text,
                after: (0,bucket_policy/* policyText */.MJ)(merged.policy),
                sids: merged.changedSids,
                grant
            }
        ]
    };
}
function checkCloudWatchLogs(ctx) {
    const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail;
    const group = ctx.observed.logGroup;
    const role = ctx.observed.cloudWatchRole;
    if (!groupArn || !roleArn || !group || !role)
        return [];
    const steps = [];
    const groupName = groupArn.split(':').slice(6).join(':').replace(/:\*$/, '');
    const groupRegion = groupArn.split(':')[3] ?? ctx.homeRegion;
    if (!group.ok)
        steps.push((0,context/* unreadable */.O)('logs.log-group', `Log group ${groupName}`, group.failure));
    else if (!group.value)
        steps.push({
            finding: (0,context/* finding */.g)('logs.log-group', resources_P, 'blocker', `Log group ${groupName} does not exist`, 'CloudTrail delivers to an existing log group.', `aws logs create-log-group --log-group-name ${groupName} --region ${groupRegion}`)
        });
    else
        steps.push({ finding: (0,context/* finding */.g)('logs.log-group', resources_P, 'ok', `Log group ${groupName}`, 'Exists.') });
    const id = 'logs.role';
    if (!role.ok)
        return [...steps, (0,context/* unreadable */.O)(id, `Role ${roleArn}`, role.failure)];
    if (role.value === null) {
        return [
            ...steps,
            {
                finding: (0,context/* finding */.g)(id, resources_P, 'blocker', 'CloudWatch Logs role does not exist', `${roleArn} was not found.`, `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${json({ Version: '2012-10-17', Statement: [service_policies/* CLOUDWATCH_TRUST_STATEMENT */.gO] })}`)
            }
        ];
    }
    const grant = {
        logGroupArn: groupArn,
        region: ctx.homeRegion,
        accountId: ctx.managementAccountId,
        trailArn: ctx.trailArn,
        ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {})
    };
    let gaps;
    try {
        gaps = (0,service_policies/* cloudWatchRoleGaps */.Yr)(role.value.trustPolicy, role.value.policies, grant);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return [
            ...steps,
            { finding: (0,context/* finding */.g)(id, resources_P, 'blocker', 'CloudWatch Logs role unreadable', `${roleArn}: ${error.message}.`) }
        ];
    }
    if (!gaps.trusts) {
        steps.push({
            finding: (0,context/* finding */.g)('logs.role-trust', resources_P, 'blocker', 'Role does not trust CloudTrail', `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`, json(service_policies/* CLOUDWATCH_TRUST_STATEMENT */.gO))
        });
    }
    else {
        steps.push({
            finding: (0,context/* finding */.g)('logs.role-trust', resources_P, 'ok', 'Role trusts CloudTrail', `${roleArn} can be assumed by cloudtrail.amazonaws.com.`)
        });
    }
    steps.push({
        finding: gaps.missing.length === 0
            ? (0,context/* finding */.g)(id, resources_P, 'ok', 'Role may write the log streams', 'Covers the management account and the organization log streams.')
            : (0,context/* finding */.g)(id, resources_P, 'blocker', 'Role may not write every log stream', `${roleArn} lacks ${gaps.missing.join('; ')}. Add these statements to its permission policy:`, json({ Version: '2012-10-17', Statement: (0,service_policies/* cloudWatchRoleStatements */.LE)(grant) }))
    });
    return steps;
}
function checkSnsTopic(ctx) {
    const topic = ctx.observed.snsTopic;
    if (!ctx.settings.trail.snsTopicName || !topic)
        return [];
    const id = 'sns.topic';
    if (!topic.ok)
        return [(0,context/* unreadable */.O)(id, `SNS topic ${ctx.settings.trail.snsTopicName}`, topic.failure)];
    if (topic.value === null) {
        return [
            {
                finding: (0,context/* finding */.g)(id, resources_P, 'blocker', `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`, 'CloudTrail publishes to an existing topic.', `aws sns create-topic --name ${ctx.settings.trail.snsTopicName.split(':').pop() ?? ''} --region ${ctx.homeRegion}`)
            }
        ];
    }
    const { arn, policy } = topic.value;
    let allowed;
    try {
        allowed = (0,service_policies/* snsTopicAllowsCloudTrail */.P5)(policy, arn, ctx.trailArn, ctx.managementAccountId);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        allowed = false;
    }
    return [
        {
            finding: allowed
                ? (0,context/* finding */.g)(id, resources_P, 'ok', 'Topic lets CloudTrail publish', `${arn}.`)
                : (0,context/* finding */.g)(id, resources_P, 'blocker', 'Topic policy does not let CloudTrail publish', `Add this statement to the policy of ${arn}:`, json((0,service_policies/* snsStatement */.GZ)(arn, ctx.trailArn)))
        }
    ];
}

// EXTERNAL MODULE: ./src/plan/trail.ts
var trail = __webpack_require__(8943);
;// CONCATENATED MODULE: ./src/plan/index.ts






/** Writes in dependency order: prerequisites, then the trail, then what needs the trail. */
const ORDER = {
    'create-bucket': 0,
    'harden-bucket': 1,
    'enable-trusted-access': 1,
    'create-service-linked-role': 1,
    'put-bucket-policy': 1,
    'put-key-policy': 1,
    'create-trail': 2,
    'update-trail': 2,
    'put-event-selectors': 3,
    'put-insight-selectors': 3,
    'add-tags': 3,
    'start-logging': 3
};
function stageOf(change) {
    return ORDER[change.kind];
}
function contextOf(settings, observed) {
    const organization = observed.organization.ok ? observed.organization.value : null;
    // An organization trail carries the management account id; an account trail, its owner's (the caller).
    const managementAccountId = settings.trail.isOrganizationTrail
        ? organization?.managementAccountId || observed.identity.accountId
        : observed.identity.accountId;
    const existing = observed.trail?.config;
    const key = observed.kmsKey?.ok ? observed.kmsKey.value : null;
    const topic = observed.snsTopic?.ok ? observed.snsTopic.value : null;
    const declared = {
        ...settings.trail,
        // An empty s3-key-prefix keeps the prefix the trail has, and the log paths the bucket policy grants.
        s3KeyPrefix: settings.trail.s3KeyPrefix || (existing?.s3KeyPrefix ?? ''),
        kmsKeyId: key?.arn ?? settings.trail.kmsKeyId,
        snsTopicName: topic?.arn ?? settings.trail.snsTopicName
    };
    return {
        settings,
        declared,
        observed,
        organization,
        managementAccountId,
        callerIsManagement: managementAccountId === observed.identity.accountId,
        trailArn: existing?.arn ?? (0,domain/* trailArn */.eL)(observed.identity.partition, settings.region, managementAccountId, settings.trail.name),
        homeRegion: existing?.homeRegion ?? settings.region
    };
}
/**
 * The whole decision, as a pure function of what was declared and what was observed. Every check runs,
 * so every finding is reported at once; a blocker anywhere means nothing is written.
 */
function plan(settings, observed) {
    const ctx = contextOf(settings, observed);
    const steps = [
        checkCaller(ctx),
        ...checkOrganization(ctx),
        ...checkTrustedAccess(ctx),
        ...checkServiceLinkedRoles(ctx),
        ...checkBucket(ctx),
        ...checkKmsKey(ctx),
        ...checkCloudWatchLogs(ctx),
        ...checkSnsTopic(ctx),
        ...(0,trail/* checkTrail */.HL)(ctx),
        ...checkSelectors(ctx),
        ...checkInsights(ctx)
    ];
    steps.push(...checkTags(ctx, steps.flatMap((s) => s.changes ?? [])), ...checkPosture(ctx));
    const findings = steps.map((s) => s.finding);
    const changes = steps
        .flatMap((s) => s.changes ?? [])
        .map((change, index) => ({ change, index }))
        .sort((a, b) => stageOf(a.change) - stageOf(b.change) || a.index - b.index)
        .map(({ change }) => change);
    return {
        findings,
        changes,
        trailArn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        managementAccountId: ctx.managementAccountId,
        blocked: findings.some((f) => f.severity === 'blocker')
    };
}


/***/ }),

/***/ 9879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ denyingKmsStatements),
/* harmony export */   GZ: () => (/* binding */ snsStatement),
/* harmony export */   LB: () => (/* binding */ parseKeyPolicy),
/* harmony export */   LE: () => (/* binding */ cloudWatchRoleStatements),
/* harmony export */   P5: () => (/* binding */ snsTopicAllowsCloudTrail),
/* harmony export */   SA: () => (/* binding */ kmsStatements),
/* harmony export */   Yr: () => (/* binding */ cloudWatchRoleGaps),
/* harmony export */   ZP: () => (/* binding */ missingKmsActions),
/* harmony export */   g$: () => (/* binding */ mergeKeyPolicy),
/* harmony export */   gO: () => (/* binding */ CLOUDWATCH_TRUST_STATEMENT),
/* harmony export */   uU: () => (/* binding */ MAX_KEY_POLICY_BYTES)
/* harmony export */ });
/* unused harmony export logStreamPatterns */
/* harmony import */ var _domain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9375);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5815);
/* harmony import */ var _policy_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5280);
// What CloudTrail needs from the other resources a trail can name: the KMS key policy, the CloudWatch
// Logs role (trust and permissions) and the SNS topic policy. Pure analysis, with the exact statements
// to add when something is missing.



/** KMS key policies are limited to 32 KB. */
const MAX_KEY_POLICY_BYTES = 32 * 1024;
function kmsRequests(g) {
    const context = {
        'aws:sourcearn': g.trailArn,
        'aws:sourceaccount': g.accountId,
        'kms:encryptioncontext:aws:cloudtrail:arn': g.trailArn,
        'aws:securetransport': 'true'
    };
    return [
        { service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX, action: 'kms:GenerateDataKey', resource: g.keyArn, context },
        {
            service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX,
            action: 'kms:DescribeKey',
            resource: g.keyArn,
            context: { 'aws:sourcearn': g.trailArn, 'aws:sourceaccount': g.accountId }
        }
    ];
}
function kmsStatements(g) {
    return [
        {
            Sid: 'OrgTrailKmsEncrypt',
            Effect: 'Allow',
            Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 'kms:GenerateDataKey*',
            Resource: '*',
            Condition: {
                StringEquals: { 'aws:SourceArn': [g.trailArn] },
                StringLike: {
                    'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${g.partition}:cloudtrail:*:${g.accountId}:trail/*`
                }
            }
        },
        {
            Sid: 'OrgTrailKmsDescribe',
            Effect: 'Allow',
            Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 'kms:DescribeKey',
            Resource: '*'
        }
    ];
}
function missingKmsActions(policy, g) {
    return kmsRequests(g)
        .filter((r) => !(0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .allows */ .NB)(policy, r))
        .map((r) => r.action);
}
/** The statements of a key policy that explicitly deny CloudTrail what it needs. */
function denyingKmsStatements(policy, g) {
    const requests = kmsRequests(g);
    return (policy?.Statement ?? []).filter((s) => requests.some((r) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementDenies */ .M$)(s, r)));
}
function mergeKeyPolicy(policy, g) {
    return (0,_policy_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeOwnStatements */ .n)(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn);
}
function parseKeyPolicy(text) {
    return (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyDocument */ .X)(text, 'key policy');
}
/** The log streams CloudTrail writes: the management account's, and for an organization trail the members'. */
function logStreamPatterns(g) {
    const group = g.logGroupArn.replace(/:\*$/, '');
    const streams = [`${group}:log-stream:${g.accountId}_CloudTrail_${g.region}*`];
    if (g.organizationId)
        streams.push(`${group}:log-stream:${g.organizationId}_*`);
    return streams;
}
function cloudWatchRoleGaps(trustPolicy, policies, g) {
    const trust = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyDocument */ .X)(trustPolicy, 'trust policy');
    const trusts = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .allows */ .NB)(trust, {
        service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX,
        action: 'sts:AssumeRole',
        context: { 'aws:sourcearn': g.trailArn, 'aws:sourceaccount': g.accountId }
    });
    const documents = policies.map((p) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyDocument */ .X)(p, 'role policy'));
    const missing = [];
    for (const resource of logStreamPatterns(g)) {
        for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents']) {
            if (!documents.some((d) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .allows */ .NB)(d, { action, resource, context: {} })))
                missing.push(`${action} on ${resource}`);
        }
    }
    return { trusts, missing };
}
/** The role policy AWS's guide asks for, for this group and organization. */
function cloudWatchRoleStatements(g) {
    const resources = logStreamPatterns(g);
    return [
        { Sid: 'AWSCloudTrailCreateLogStream', Effect: 'Allow', Action: ['logs:CreateLogStream'], Resource: resources },
        { Sid: 'AWSCloudTrailPutLogEvents', Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: resources }
    ];
}
const CLOUDWATCH_TRUST_STATEMENT = {
    Effect: 'Allow',
    Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
    Action: 'sts:AssumeRole'
};
function snsTopicAllowsCloudTrail(policy, topicArn, trailArn, accountId) {
    return (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .allows */ .NB)((0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyDocument */ .X)(policy, 'topic policy'), {
        service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX,
        action: 'SNS:Publish',
        resource: topicArn,
        context: { 'aws:sourcearn': trailArn, 'aws:sourceaccount': accountId }
    });
}
function snsStatement(topicArn, trailArn) {
    return {
        Sid: 'AWSCloudTrailSNSPolicy',
        Effect: 'Allow',
        Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
        Action: 'SNS:Publish',
        Resource: topicArn,
        Condition: { StringEquals: { 'aws:SourceArn': trailArn } }
    };
}


/***/ })

};

//# sourceMappingURL=613.index.js.map