export const id = 304;
export const ids = [304];
export const modules = {

/***/ 5770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ CLOUDTRAIL_PRINCIPAL),
/* harmony export */   DK: () => (/* binding */ registerDelegatedAdministratorCommand),
/* harmony export */   SF: () => (/* binding */ SERVICE_LINKED_ROLES),
/* harmony export */   Ww: () => (/* binding */ MAX_TRAILS_PER_REGION),
/* harmony export */   eL: () => (/* binding */ trailArn),
/* harmony export */   lJ: () => (/* binding */ MAX_BUCKET_POLICY_BYTES)
/* harmony export */ });
// Names and limits fixed by AWS.
const CLOUDTRAIL_PRINCIPAL = 'cloudtrail.amazonaws.com';
const SERVICE_LINKED_ROLES = {
    organizations: { roleName: 'AWSServiceRoleForOrganizations', service: 'organizations.amazonaws.com' },
    cloudtrail: { roleName: 'AWSServiceRoleForCloudTrail', service: 'cloudtrail.amazonaws.com' }
};
/** Trails per region per account; cannot be raised. */
const MAX_TRAILS_PER_REGION = 5;
/** S3 bucket policies are limited to 20 KB. */
const MAX_BUCKET_POLICY_BYTES = 20 * 1024;
/** An organization trail's ARN always carries the management account id. */
function trailArn(partition, region, accountId, name) {
    return `arn:${partition}:cloudtrail:${region}:${accountId}:trail/${name}`;
}
/**
 * How an account becomes CloudTrail's delegated administrator (run in the management account). Registering
 * through Organizations (register-delegated-administrator) does not create the service-linked role
 * CloudTrail needs, so this is the one command to give.
 */
function registerDelegatedAdministratorCommand(memberAccountId) {
    return `aws cloudtrail register-organization-delegated-admin --member-account-id ${memberAccountId}`;
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/** An AWS call that failed, with the IAM action it needed: enough to say what to grant or fix. */
class AwsCallError extends Error {
    action;
    code;
    requestId;
    attempts;
    constructor(action, cause) {
        const code = errorCode(cause);
        super(`${action} failed: ${code}: ${errorMessage(cause)}`, { cause });
        this.name = 'AwsCallError';
        this.action = action;
        this.code = code;
        const metadata = cause?.$metadata;
        this.requestId = metadata?.requestId;
        this.attempts = metadata?.attempts;
    }
    /** The message AWS gave, without our prefix. */
    get awsMessage() {
        return errorMessage(this.cause);
    }
}
/** A failure the user must act on, already explained: a title and what to do. */
class ActionError extends Error {
    help;
    title;
    constructor(title, message, 
    /** For the failure summary: the exact fix to paste, and facts (name → value) the reader compares. */
    help = {}) {
        super(message);
        this.help = help;
        this.name = 'ActionError';
        this.title = title;
    }
}
function errorCode(error) {
    if (error instanceof AwsCallError)
        return error.code;
    const e = error;
    if (e && typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    if (e && typeof e.Code === 'string')
        return e.Code;
    if (e && typeof e.code === 'string')
        return e.code;
    return 'UnknownError';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'AccessDeniedForDependencyException'
]);
function isAccessDenied(code) {
    return ACCESS_DENIED.has(code);
}
/** Runs one AWS call; any failure comes back as an AwsCallError naming the IAM action. */
async function call(action, send) {
    try {
        return await send();
    }
    catch (error) {
        throw error instanceof AwsCallError ? error : new AwsCallError(action, error);
    }
}


/***/ }),

/***/ 3290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ checkBucketHardening),
/* harmony export */   DD: () => (/* binding */ HARDENING),
/* harmony export */   M3: () => (/* binding */ withTlsOnly),
/* harmony export */   TF: () => (/* binding */ planBucketCreation)
/* harmony export */ });
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7698);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1561);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7913);



const P = 'prerequisite';
const sameKey = (reported, declared) => reported === declared || declared.endsWith(`:key/${reported}`) || reported.endsWith(`:key/${declared}`);
/** Each setting, with how a person would set it by hand. The order is the order they are written in. */
const HARDENING = [
    {
        setting: 'public-access-block',
        label: 'Block Public Access',
        read: (_h, b) => b.publicAccessBlock,
        drift: (_h, b) => {
            if (!b.publicAccessBlock.ok)
                return null;
            const block = b.publicAccessBlock.value;
            if (block === null)
                return 'none';
            const off = Object.entries(block).filter(([, on]) => !on);
            return off.length === 0 ? null : `${off.map(([k]) => k).join(', ')} off`;
        },
        after: () => 'all four settings on',
        command: (bucket) => `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`
    },
    {
        setting: 'encryption',
        label: 'Default encryption',
        read: (h) => h.encryption,
        drift: (h, _b, key) => {
            if (!h.encryption.ok)
                return null;
            const e = h.encryption.value;
            if (e === null)
                return 'none';
            // Without a declared key any default encryption will do; with one, it must be that key.
            if (!key)
                return null;
            return e.algorithm === 'aws:kms' && sameKey(e.kmsKeyId, key)
                ? null
                : `${e.algorithm}${e.kmsKeyId ? ` ${e.kmsKeyId}` : ''}`;
        },
        after: (key) => (key ? `SSE-KMS with ${key}` : 'SSE-S3'),
        command: (bucket, key) => `aws s3api put-bucket-encryption --bucket ${bucket} --server-side-encryption-configuration '${JSON.stringify({
            Rules: [
                {
                    ApplyServerSideEncryptionByDefault: key
                        ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key }
                        : { SSEAlgorithm: 'AES256' },
                    BucketKeyEnabled: key !== ''
                }
            ]
        })}'`
    },
    {
        setting: 'versioning',
        label: 'Versioning',
        read: (h) => h.versioning,
        drift: (h) => !h.versioning.ok || h.versioning.value === 'Enabled' ? null : (h.versioning.value ?? 'never enabled'),
        after: () => 'Enabled',
        command: (bucket) => `aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled`
    },
    {
        setting: 'ownership',
        label: 'Object ownership',
        read: (h) => h.ownership,
        drift: (h) => !h.ownership.ok || h.ownership.value === 'BucketOwnerEnforced'
            ? null
            : (h.ownership.value ?? 'no ownership controls'),
        after: () => 'BucketOwnerEnforced (ACLs disabled)',
        command: (bucket) => `aws s3api put-bucket-ownership-controls --bucket ${bucket} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'`
    }
];
function declaredKey(ctx) {
    const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null;
    return key?.arn ?? '';
}
function hardenBucket(ctx, s, before) {
    const kmsKeyArn = declaredKey(ctx);
    return {
        kind: 'harden-bucket',
        bucket: ctx.observed.bucket.name,
        setting: s.setting,
        kmsKeyArn,
        before,
        after: s.after(kmsKeyArn)
    };
}
/** The hardening of an existing bucket, one finding per setting: each as declared, or the write that makes it so. */
function checkBucketHardening(ctx) {
    const bucket = ctx.observed.bucket;
    const state = bucket.hardening;
    if (!ctx.settings.createBucket || !state)
        return [];
    const key = declaredKey(ctx);
    return HARDENING.map((s) => {
        const id = `s3.bucket-hardening.${s.setting}`;
        const title = `${s.label} of bucket ${bucket.name}`;
        const failed = s.read(state, bucket);
        if (!failed.ok)
            return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(id, title, failed.failure);
        const drift = s.drift(state, bucket, key);
        if (drift === null)
            return { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'ok', title, `As create-bucket declares it: ${s.after(key)}.`) };
        return {
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'fixable', title, `create-bucket declares the bucket hardened; it has ${drift}, and apply sets ${s.after(key)}.`, s.command(bucket.name, key)),
            changes: [hardenBucket(ctx, s, drift)]
        };
    });
}
/**
 * The TLS-only statement of a declared-hardened bucket. Folded into the bucket-policy change when there is
 * one (one write merges both), else a change of its own. Left alone when another statement already
 * requires TLS.
 */
function withTlsOnly(ctx, policyStep, grant) {
    const { policy, name } = ctx.observed.bucket;
    if (!ctx.settings.createBucket || !policy.ok)
        return [policyStep];
    let current;
    try {
        current = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(policy.value);
    }
    catch (error) {
        if (error instanceof _policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyParseError */ .y2)
            return [policyStep];
        throw error;
    }
    const id = 's3.bucket-hardening.tls-only';
    const title = `TLS required by the policy of bucket ${name}`;
    if ((0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .requiresTls */ .YY)(current))
        return [policyStep, { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'ok', title, 'A statement denies every request without TLS.') }];
    const tls = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .denyInsecureTransport */ .OH)(name, ctx.observed.identity.partition);
    const tlsFinding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'fixable', title, `create-bucket declares the bucket hardened, and no statement of its policy denies requests without TLS; apply adds ${_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS_ONLY_SID */ .I4} and keeps every other statement.`, JSON.stringify(tls, null, 2));
    const existing = policyStep.changes?.find((c) => c.kind === 'put-bucket-policy');
    if (existing && existing.kind === 'put-bucket-policy') {
        const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureStatements */ .fd)(current, [tls]);
        const merged = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePolicy */ .VA)(ensured.policy, existing.grant);
        const folded = {
            ...existing,
            after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .policyText */ .MJ)(merged.policy),
            sids: [...ensured.changedSids, ...existing.sids],
            ensure: [tls]
        };
        return [
            { ...policyStep, changes: (policyStep.changes ?? []).map((c) => (c === existing ? folded : c)) },
            { finding: tlsFinding }
        ];
    }
    // A policy that could not be checked, or that blocks, gets no write: the finding still says what is missing.
    if (policyStep.finding.severity !== 'ok')
        return [policyStep, { finding: tlsFinding }];
    const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureStatements */ .fd)(current, [tls]);
    const after = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePolicy */ .VA)(ensured.policy, grant).policy;
    return [
        policyStep,
        {
            finding: tlsFinding,
            changes: [
                {
                    kind: 'put-bucket-policy',
                    bucket: name,
                    before: policy.value,
                    after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .policyText */ .MJ)(after),
                    sids: ensured.changedSids,
                    grant,
                    ensure: [tls]
                }
            ]
        }
    ];
}
/** A missing bucket declared by create-bucket: create it, harden every setting, write its policy. */
function planBucketCreation(ctx, grant) {
    const { name, hardening: state } = ctx.observed.bucket;
    // Every later run reads the hardening: a read that is denied now would block those, so it blocks this one.
    const denied = HARDENING.flatMap((s) => {
        const r = state && s.setting !== 'public-access-block' ? s.read(state, ctx.observed.bucket) : null;
        return r && !r.ok ? [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(`s3.bucket-hardening.${s.setting}`, `${s.label} of bucket ${name}`, r.failure)] : [];
    });
    const key = declaredKey(ctx);
    const tls = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .denyInsecureTransport */ .OH)(name, ctx.observed.identity.partition);
    const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureStatements */ .fd)(null, [tls]);
    const merged = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePolicy */ .VA)(ensured.policy, grant);
    return [
        {
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('s3.bucket-exists', P, 'fixable', `Bucket ${name} does not exist`, `create-bucket is true: it will be created in ${ctx.homeRegion} with Block Public Access, ${key ? 'SSE-KMS' : 'SSE-S3'} default encryption, versioning, object ownership enforced and TLS required.`),
            changes: [
                {
                    kind: 'create-bucket',
                    bucket: name,
                    region: ctx.homeRegion,
                    partition: ctx.observed.identity.partition,
                    kmsKeyArn: key
                },
                // CreateBucket itself sets object ownership (BucketOwnerEnforced); the rest is written after it.
                ...HARDENING.filter((s) => s.setting !== 'ownership').map((s) => hardenBucket(ctx, s, 'none')),
                {
                    kind: 'put-bucket-policy',
                    bucket: name,
                    before: null,
                    after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .policyText */ .MJ)(merged.policy),
                    sids: [...ensured.changedSids, ...merged.changedSids],
                    grant,
                    ensure: [tls]
                }
            ]
        },
        ...denied
    ];
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ unevaluatedDenies),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5770);
// How a check says what it found: the finding builder every check uses.


const P = 'prerequisite';
function finding(id, category, severity, title, detail, remediation = '') {
    return { id, category, severity, title, detail, remediation };
}
/** A read that failed: the check cannot be made, so it blocks, and says which permission is missing. */
function unreadable(id, title, failure, severity = 'blocker') {
    const denied = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(failure.code);
    return {
        finding: finding(id, 'prerequisite', severity, title, denied
            ? `${failure.action} was denied (${failure.code}), so this could not be checked.`
            : `${failure.action} failed (${failure.code}: ${failure.message}), so this could not be checked.`, denied
            ? `Allow "${failure.action}" in the permission policy of the role org-trail uses (see the README's IAM policy).`
            : 'Run again; if it persists, check the AWS Health Dashboard and the request id in the log.')
    };
}
/**
 * A Deny that may apply to CloudTrail's request, but depends on what the model of that request does not
 * carry: no blocker (it would mostly be a false alarm), but named, with why it could not be evaluated.
 */
function unevaluatedDenies(id, where, unknown) {
    if (unknown.length === 0)
        return [];
    return [
        {
            finding: finding(id, P, 'warning', `${unknown.length === 1 ? 'A Deny' : `${unknown.length} Deny statements`} in ${where} could not be evaluated`, `${unknown.map((u) => `${u.label}: ${u.reasons.join('; ')}`).join('. ')}. org-trail does not count ${unknown.length === 1 ? 'it' : 'them'} as denying CloudTrail; if CloudTrail is refused, this is why.`, `# Exempt CloudTrail explicitly, e.g. with this condition on each statement:
${JSON.stringify({ StringNotEquals: { 'aws:PrincipalServiceName': _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__/* .CLOUDTRAIL_PRINCIPAL */ .BX } })}`)
        }
    ];
}


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ weakening),
/* harmony export */   Gx: () => (/* binding */ cloudWatchLogsPair),
/* harmony export */   Kj: () => (/* binding */ diffTrail),
/* harmony export */   bk: () => (/* binding */ fieldLabel),
/* harmony export */   qH: () => (/* binding */ destructiveVerb)
/* harmony export */ });
/* unused harmony export FIELD_RULES */
const FIELD_RULES = [
    { field: 'S3BucketName', label: 'S3 bucket', observed: (t) => t.s3BucketName, declared: (d) => d.s3BucketName },
    {
        field: 'S3KeyPrefix',
        label: 'S3 key prefix',
        observed: (t) => t.s3KeyPrefix,
        declared: (d) => d.s3KeyPrefix,
        // An empty input keeps the trail's prefix: removing it would move delivery just as changing it does.
        optional: true,
        moving: 'log delivery would move to another path in the bucket, so Athena tables, SIEM ingestion and S3 event notifications keyed on the old path would stop receiving new logs'
    },
    {
        field: 'IsOrganizationTrail',
        label: 'Organization trail',
        observed: (t) => t.isOrganizationTrail,
        declared: (d) => d.isOrganizationTrail,
        weakening: 'the member accounts of the organization would stop being logged'
    },
    {
        field: 'IsMultiRegionTrail',
        label: 'Multi-region',
        observed: (t) => t.isMultiRegionTrail,
        declared: (d) => d.isMultiRegionTrail,
        weakening: 'every region but the home region would stop being logged'
    },
    {
        field: 'IncludeGlobalServiceEvents',
        label: 'Global service events',
        observed: (t) => t.includeGlobalServiceEvents,
        declared: (d) => d.includeGlobalServiceEvents,
        weakening: 'events of global services such as IAM and STS would stop being logged'
    },
    {
        field: 'EnableLogFileValidation',
        label: 'Log file validation',
        observed: (t) => t.logFileValidationEnabled,
        declared: (d) => d.enableLogFileValidation,
        weakening: 'digest files would stop, so tampering with log files could no longer be detected'
    },
    {
        field: 'KmsKeyId',
        label: 'KMS key',
        observed: (t) => t.kmsKeyId ?? '',
        declared: (d) => d.kmsKeyId,
        optional: true
    },
    {
        field: 'CloudWatchLogsLogGroupArn',
        label: 'CloudWatch Logs log group',
        observed: (t) => t.cloudWatchLogsLogGroupArn ?? '',
        declared: (d) => d.cloudWatchLogsLogGroupArn,
        optional: true
    },
    {
        field: 'CloudWatchLogsRoleArn',
        label: 'CloudWatch Logs role',
        observed: (t) => t.cloudWatchLogsRoleArn ?? '',
        declared: (d) => d.cloudWatchLogsRoleArn,
        optional: true
    },
    {
        field: 'SnsTopicName',
        label: 'SNS topic',
        observed: (t) => t.snsTopicArn ?? '',
        declared: (d) => d.snsTopicName,
        optional: true
    }
];
function fieldLabel(field) {
    return FIELD_RULES.find((r) => r.field === field)?.label ?? field;
}
/**
 * The settings where the trail differs from its declaration. References must be resolved first (the KMS
 * key and SNS topic as ARNs) since AWS reports ARNs.
 */
function diffTrail(observed, declared) {
    return FIELD_RULES.filter((r) => !(r.optional && r.declared(declared) === '') && r.observed(observed) !== r.declared(declared)).map((r) => ({
        field: r.field,
        before: r.observed(observed),
        after: r.declared(declared)
    }));
}
/**
 * Why a change is destructive, or null when it is not: it weakens the trail (a protection turned off) or
 * moves something that depends on its current value (an existing S3 key prefix replaced).
 */
function weakening(change) {
    const rule = FIELD_RULES.find((r) => r.field === change.field);
    if (rule?.weakening !== undefined && change.before === true && change.after === false)
        return rule.weakening;
    if (rule?.moving !== undefined && typeof change.before === 'string' && change.before !== '')
        return change.before !== change.after ? rule.moving : null;
    return null;
}
/** How a destructive change is named to people: a protection is turned off, a value is changed. */
function destructiveVerb(field) {
    return FIELD_RULES.find((r) => r.field === field)?.moving !== undefined ? 'change' : 'turn off';
}
/** CloudTrail takes the CloudWatch Logs role only together with its log group: both go when either changes. */
function cloudWatchLogsPair(fields, declared) {
    return fields.some((f) => f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')
        ? { logGroupArn: declared.cloudWatchLogsLogGroupArn, roleArn: declared.cloudWatchLogsRoleArn }
        : undefined;
}


/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ checkTrail),
/* harmony export */   WU: () => (/* binding */ show)
/* harmony export */ });
/* unused harmony export updateTrailCommand */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7913);
/* harmony import */ var _trail_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7463);



const P = 'prerequisite';
function checkTrail(ctx) {
    const { trails, trail, trailList } = ctx.observed;
    if (!trails.ok)
        return [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)('cloudtrail.trail', `Trail ${ctx.settings.trail.name}`, trails.failure)];
    // Creating needs to know that no trail of this name lives in another region: never a second one.
    if (trail === null && !trailList.ok)
        return [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)('cloudtrail.trail', `Trail ${ctx.settings.trail.name}`, trailList.failure)];
    if (trail === null)
        return planCreate(ctx, trails.value);
    // Found without it; what it would add is a trail of this name elsewhere, which only matters to a create.
    const unlisted = trailList.ok
        ? []
        : [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)('cloudtrail.trail-list', 'Trails of every region', trailList.failure, 'warning')];
    return [...planUpdate(ctx, trails.value), ...unlisted];
}
/**
 * A single-region trail of this name homed in another region than aws-region: turning it into the
 * declared trail (multi-region, or another kind) would take over a trail of that region, and creating
 * one here would make a second trail of the same name. Neither is done; the finding says where it is.
 */
function foreignRegionalTrail(ctx, config, fields) {
    if (config.homeRegion === ctx.settings.region || config.isMultiRegionTrail)
        return null;
    const converts = fields.filter((f) => f.field === 'IsMultiRegionTrail' || f.field === 'IsOrganizationTrail');
    if (converts.length === 0)
        return null;
    return {
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.home-region', P, 'blocker', `A single-region trail ${config.name} exists in ${config.homeRegion}`, `${config.arn} is homed in ${config.homeRegion}, not ${ctx.settings.region}, and logs only that region. The declaration would change its ${converts.map((f) => (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field).toLowerCase()).join(' and ')} setting, taking over a trail of another region; creating a trail in ${ctx.settings.region} would make a second trail named ${config.name}. org-trail does neither and writes nothing.`, `# Choose one:
# - manage it where it is: set aws-region: ${config.homeRegion} (and declare it as it is, or convert it there);
# - give the declared trail another name: set trail-name;
# - convert it yourself, then run again:
${updateTrailCommand(config.arn, config.homeRegion, converts)}`)
    };
}
/**
 * Only the management account may convert a trail between organization trail and account trail: a caller
 * whose account the trail's ARN does not carry (a delegated administrator) may not.
 */
function delegatedConversion(ctx, config, fields) {
    const conversion = fields.find((f) => f.field === 'IsOrganizationTrail');
    const owner = config.arn.split(':')[4];
    if (conversion === undefined || owner === ctx.observed.identity.accountId)
        return null;
    const to = conversion.after === true ? 'an organization trail' : 'an account trail';
    return {
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('trail.organization-conversion', P, 'blocker', 'Only the management account can convert the trail', `The declaration turns ${ctx.trailArn} into ${to}, and CloudTrail lets only the management account ${ctx.managementAccountId} do that (UpdateTrail); account ${ctx.observed.identity.accountId} is a delegated administrator. Nothing was written.`, `# Run in the management account ${ctx.managementAccountId}:
${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [conversion])}`)
    };
}
function planCreate(ctx, trails) {
    const homed = trails.filter((t) => t.homeRegion === ctx.homeRegion);
    const steps = [];
    if (homed.length >= _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww) {
        steps.push({
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.trail-limit', P, 'blocker', `${ctx.homeRegion} already has ${homed.length} trails`, `CloudTrail allows ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails per region and the limit cannot be raised: ${homed.map((t) => t.name).join(', ')}.`, `# Delete a trail you no longer need, or adopt one by setting trail-name to its name:\n${homed.map((t) => `# aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`)
        });
        return steps;
    }
    steps.push({
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.trail-limit', P, 'ok', 'Room for the trail', `${homed.length} of ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in ${ctx.homeRegion}.`)
    });
    const changes = [
        {
            kind: 'create-trail',
            region: ctx.homeRegion,
            trail: { ...ctx.declared, snsTopicName: ctx.settings.trail.snsTopicName }
        }
    ];
    if (ctx.settings.startLogging)
        changes.push({ kind: 'start-logging', arn: ctx.trailArn, region: ctx.homeRegion });
    steps.push({
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.trail', P, 'fixable', `Trail ${ctx.settings.trail.name} does not exist`, `It will be created in ${ctx.homeRegion}.`, createTrailCommand(ctx)),
        changes
    });
    steps.push(checkDuplicates(ctx, trails));
    return steps;
}
function planUpdate(ctx, trails) {
    const observed = ctx.observed.trail;
    if (observed === null)
        return [];
    const config = observed.config;
    const steps = [];
    const fields = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffTrail */ .Kj)(config, ctx.declared);
    const elsewhere = foreignRegionalTrail(ctx, config, fields);
    if (elsewhere)
        return [elsewhere, checkDuplicates(ctx, trails)];
    const conversion = delegatedConversion(ctx, config, fields);
    if (conversion)
        steps.push(conversion);
    if (config.homeRegion !== ctx.settings.region) {
        steps.push({
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.home-region', P, 'warning', 'Trail is homed in another region', `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`, `Set aws-region: ${config.homeRegion} to make the declaration match.`)
        });
    }
    const refused = fields.filter((f) => ((0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .weakening */ .C$)(f) !== null && !ctx.settings.allowDestructiveChanges) ||
        (conversion !== null && f.field === 'IsOrganizationTrail'));
    for (const f of fields) {
        const why = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .weakening */ .C$)(f);
        if (why === null)
            continue;
        const label = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field);
        const turnOff = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .destructiveVerb */ .qH)(f.field) === 'turn off';
        steps.push({
            finding: ctx.settings.allowDestructiveChanges
                ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(`trail.destructive.${f.field}`, P, 'warning', turnOff ? `${label} will be turned off` : `${label} will change: ${show(f.before)} → ${show(f.after)}`, `Allowed by allow-destructive-changes: ${why}.`)
                : (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(`trail.destructive.${f.field}`, P, 'blocker', `Refusing to ${(0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .destructiveVerb */ .qH)(f.field)} ${turnOff ? label.toLowerCase() : `the ${label}`}`, turnOff
                    ? `The declaration turns it off, and ${why}.`
                    : `The declaration changes it from ${show(f.before)} to ${show(f.after)}, and ${why}.`, turnOff
                    ? `Declare it true again, or set allow-destructive-changes: true if this is intended.`
                    : `Declare ${show(f.before)} again (or leave the input empty to keep it), or set allow-destructive-changes: true if this is intended.`)
        });
    }
    // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
    const allowed = fields.filter((f) => !refused.includes(f));
    if (allowed.length > 0) {
        const pair = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .cloudWatchLogsPair */ .Gx)(allowed, ctx.declared);
        steps.push({
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.trail', P, 'fixable', `Trail ${config.name} differs from its declaration`, allowed.map((f) => `${(0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field)}: ${show(f.before)} → ${show(f.after)}`).join('; '), updateTrailCommand(config.arn, config.homeRegion, allowed, pair)),
            changes: [
                {
                    kind: 'update-trail',
                    arn: config.arn,
                    region: config.homeRegion,
                    fields: allowed,
                    ...(pair ? { cloudWatchLogs: pair } : {})
                }
            ]
        });
    }
    else if (fields.length === 0) {
        steps.push({ finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('cloudtrail.trail', P, 'ok', `Trail ${config.name}`, 'Configured as declared.') });
    }
    steps.push(checkLogging(ctx, config));
    steps.push(checkDuplicates(ctx, trails));
    return steps;
}
function checkLogging(ctx, config) {
    const status = ctx.observed.trail?.status;
    const id = 'cloudtrail.logging';
    if (!status)
        return { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'ok', 'Logging', '') };
    if (!status.ok)
        return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(id, 'Logging', status.failure);
    if (status.value.isLogging)
        return { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'ok', 'Logging', `${config.name} is logging.`) };
    const command = `aws cloudtrail start-logging --name ${config.arn} --region ${config.homeRegion}`;
    if (!ctx.settings.startLogging) {
        return {
            finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'warning', 'Trail is not logging', 'start-logging is false, so org-trail leaves it stopped: no event is recorded.', command)
        };
    }
    return {
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'fixable', 'Trail is not logging', 'Logging was stopped: no event is being recorded.', command),
        changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
    };
}
function checkDuplicates(ctx, trails) {
    const id = 'cloudtrail.duplicate-organization-trail';
    const others = trails.filter((t) => t.arn !== ctx.trailArn && t.isOrganizationTrail);
    if (others.length === 0)
        return { finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'ok', 'No other organization trail', 'Management events are recorded once.') };
    return {
        finding: (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)(id, P, 'warning', 'Another organization trail exists', `${others.map((t) => t.arn).join(', ')} also ${others.length > 1 ? 'log' : 'logs'} the organization; only the first copy of management events is free, so each further copy is charged.`, `# If it duplicates this trail, delete it from its home region:\n${others.map((t) => `aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`)
    };
}
function show(value) {
    if (value === '')
        return '(none)';
    return String(value);
}
const FLAGS = {
    IsOrganizationTrail: ['--is-organization-trail', '--no-is-organization-trail'],
    IsMultiRegionTrail: ['--is-multi-region-trail', '--no-is-multi-region-trail'],
    IncludeGlobalServiceEvents: ['--include-global-service-events', '--no-include-global-service-events'],
    EnableLogFileValidation: ['--enable-log-file-validation', '--no-enable-log-file-validation']
};
const VALUE_FLAGS = {
    S3BucketName: '--s3-bucket-name',
    S3KeyPrefix: '--s3-key-prefix',
    KmsKeyId: '--kms-key-id',
    CloudWatchLogsLogGroupArn: '--cloud-watch-logs-log-group-arn',
    CloudWatchLogsRoleArn: '--cloud-watch-logs-role-arn',
    SnsTopicName: '--sns-topic-name'
};
const quote = (value) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`);
/** The AWS CLI equivalent of the update, for check mode and for people who converge by hand. */
function updateTrailCommand(arn, region, fields, pair) {
    const args = fields
        .filter((f) => !(pair && (f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')))
        .map((f) => {
        const flags = FLAGS[f.field];
        if (flags)
            return f.after === true ? flags[0] : flags[1];
        return `${VALUE_FLAGS[f.field] ?? ''} ${quote(String(f.after))}`;
    });
    if (pair)
        args.push(`--cloud-watch-logs-log-group-arn ${quote(pair.logGroupArn)} --cloud-watch-logs-role-arn ${quote(pair.roleArn)}`);
    return `aws cloudtrail update-trail --name ${arn} --region ${region} ${args.join(' ')}`;
}
function createTrailCommand(ctx) {
    const d = ctx.settings.trail;
    const args = [
        `--name ${quote(d.name)}`,
        `--s3-bucket-name ${quote(d.s3BucketName)}`,
        d.s3KeyPrefix ? `--s3-key-prefix ${quote(d.s3KeyPrefix)}` : '',
        d.isOrganizationTrail ? '--is-organization-trail' : '',
        d.isMultiRegionTrail ? '--is-multi-region-trail' : '',
        d.includeGlobalServiceEvents ? '' : '--no-include-global-service-events',
        d.enableLogFileValidation ? '--enable-log-file-validation' : '',
        d.kmsKeyId ? `--kms-key-id ${quote(d.kmsKeyId)}` : '',
        d.cloudWatchLogsLogGroupArn
            ? `--cloud-watch-logs-log-group-arn ${quote(d.cloudWatchLogsLogGroupArn)} --cloud-watch-logs-role-arn ${quote(d.cloudWatchLogsRoleArn)}`
            : '',
        d.snsTopicName ? `--sns-topic-name ${quote(d.snsTopicName)}` : ''
    ].filter((a) => a !== '');
    const start = ctx.settings.startLogging
        ? `\naws cloudtrail start-logging --name ${ctx.trailArn} --region ${ctx.homeRegion}`
        : '';
    return `aws cloudtrail create-trail --region ${ctx.homeRegion} ${args.join(' ')}${start}`;
}


/***/ }),

/***/ 7698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ missingPermissions),
/* harmony export */   I4: () => (/* binding */ TLS_ONLY_SID),
/* harmony export */   OH: () => (/* binding */ denyInsecureTransport),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   VA: () => (/* binding */ mergePolicy),
/* harmony export */   YY: () => (/* binding */ requiresTls),
/* harmony export */   fd: () => (/* binding */ ensureStatements),
/* harmony export */   xR: () => (/* binding */ bucketPolicyDenies),
/* harmony export */   zP: () => (/* binding */ ownStatements)
/* harmony export */ });
/* unused harmony exports ACL_CHECK_SID, WRITE_SID, bucketArn, logPaths, requiredPermissions, denyingStatements, trailSid */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8735);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3842);
// The S3 bucket policy CloudTrail needs for an organization trail, the analysis of whether a policy
// already grants it, and a merge that never loses a statement. Pure: policy text in, policy text out.





const ACL_CHECK_SID = 'OrgTrailAclCheck';
const WRITE_SID = 'OrgTrailWrite';
function bucketArn(g) {
    return `arn:${g.partition}:s3:::${g.bucket}`;
}
function logPaths(g) {
    const base = `${bucketArn(g)}/${g.prefix ? `${g.prefix}/` : ''}AWSLogs`;
    const paths = [`${base}/${g.accountId}/*`];
    if (g.organizationId)
        paths.push(`${base}/${g.organizationId}/*`);
    return paths;
}
function requiredPermissions(g) {
    return [
        { action: 's3:GetBucketAcl', resource: bucketArn(g) },
        ...logPaths(g).map((resource) => ({ action: 's3:PutObject', resource }))
    ];
}
/** The statements org-trail owns, as they would be written for this trail alone. */
function ownStatements(g) {
    return [
        {
            Sid: ACL_CHECK_SID,
            Effect: 'Allow',
            Principal: { Service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 's3:GetBucketAcl',
            Resource: bucketArn(g),
            Condition: { StringEquals: { 'aws:SourceArn': [g.trailArn] } }
        },
        {
            Sid: WRITE_SID,
            Effect: 'Allow',
            Principal: { Service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 's3:PutObject',
            Resource: logPaths(g),
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [g.trailArn] } }
        }
    ];
}
function parsePolicy(text) {
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicyDocument */ .X)(text, 'bucket policy');
}
/** CloudTrail's delivery request for one permission, which the policy's conditions are evaluated against. */
function requestOf(p, g) {
    const delivery = {
        trailArn: g.trailArn,
        accountId: g.accountId,
        ...(g.organizationId ? { organizationId: g.organizationId } : {})
    };
    return (0,_cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_1__/* .s3DeliveryRequest */ .MP)(delivery, p.action, p.resource, g.kmsKeyArn);
}
/** The permissions CloudTrail needs that no statement of the policy grants. */
function missingPermissions(policy, g) {
    return requiredPermissions(g).filter((p) => !(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .allows */ .NB)(policy, requestOf(p, g)));
}
/**
 * The Deny statements that surely take something CloudTrail needs away (no Allow can override them), and
 * those that may: a condition on what the model of the request does not carry.
 */
function bucketPolicyDenies(policy, g) {
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeDenies */ .BM)(policy, requiredPermissions(g).map((p) => requestOf(p, g)));
}
/** The statements that explicitly deny CloudTrail something it needs: no Allow can override them. */
function denyingStatements(policy, g) {
    return [...bucketPolicyDenies(policy, g).denying];
}
/** Our Sid for one trail alone, used when a statement under our plain Sid cannot be extended to fit. */
function trailSid(sid, trailArn) {
    return perTrailSid(sid, trailArn);
}
/**
 * Makes the policy grant what CloudTrail needs. Statements org-trail does not own are kept exactly and in
 * place; its own (by Sid) are extended, never narrowed, so a bucket shared by several trails keeps every
 * trail ARN. A policy that already grants everything is returned unchanged.
 */
function mergePolicy(policy, g) {
    return (0,_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeOwnStatements */ .n)(policy, ownStatements(g), (p) => missingPermissions(p, g).length === 0, g.trailArn);
}
const TLS_ONLY_SID = 'OrgTrailDenyInsecureTransport';
/** Refuses every request that does not use TLS: part of the hardening of a bucket org-trail creates. */
function denyInsecureTransport(bucket, partition) {
    return {
        Sid: TLS_ONLY_SID,
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:${partition}:s3:::${bucket}`, `arn:${partition}:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    };
}
const list = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** Every principal: `*` or `{ "AWS": "*" }`. */
const everyone = (principal) => principal === '*' ||
    (typeof principal === 'object' &&
        principal !== null &&
        !Array.isArray(principal) &&
        list(principal['AWS']).includes('*'));
/** Some statement, ours or another writer's, already denies every request without TLS. */
function requiresTls(policy) {
    return (policy?.Statement ?? []).some((s) => {
        const secure = Object.entries(s.Condition?.['Bool'] ?? {}).find(([k]) => k.toLowerCase() === 'aws:securetransport');
        return (s.Effect === 'Deny' &&
            everyone(s.Principal) &&
            list(s.Action).includes('s3:*') &&
            secure !== undefined &&
            list(secure[1]).some((v) => String(v).toLowerCase() === 'false'));
    });
}
/**
 * Adds each of org-trail's own statements the policy lacks (by Sid; one with that Sid is replaced) and
 * keeps every other statement exactly.
 */
function ensureStatements(policy, statements) {
    const changedSids = [];
    let result = policy;
    for (const statement of statements) {
        if (statement.Sid === TLS_ONLY_SID && requiresTls(result))
            continue;
        const same = result?.Statement.find((s) => s.Sid === statement.Sid);
        if (same && JSON.stringify(same) === JSON.stringify(statement))
            continue;
        const base = result ?? { Version: '2012-10-17', Statement: [] };
        const others = base.Statement.filter((s) => s.Sid !== statement.Sid);
        result = { ...base, Statement: [...others, statement] };
        changedSids.push(String(statement.Sid));
    }
    return { policy: result, changedSids };
}


/***/ }),

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ s3DeliveryRequest),
/* harmony export */   N1: () => (/* binding */ cloudTrailRequest),
/* harmony export */   _e: () => (/* binding */ kmsRequests)
/* harmony export */ });
/* unused harmony export SERVICE_PRINCIPAL_ABSENT */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
// CloudTrail's own requests, as the policies of the bucket, the key, the topic and the role see them:
// what the request context carries, what it surely does not carry, and (by omission) what the model
// does not know. AWS's data-perimeter statements rely on exactly this: CloudTrail is an AWS service
// principal, so aws:PrincipalIsAWSService is true and the keys that describe an IAM principal are absent.

/**
 * Keys a service principal's request does not carry: they describe an IAM principal (its account,
 * organization, ARN, tags) or a network path (a VPC endpoint) that CloudTrail's delivery does not have.
 */
const SERVICE_PRINCIPAL_ABSENT = [
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:principalaccount',
    'aws:principalarn',
    'aws:principaltag/*',
    'aws:userid',
    'aws:username',
    'aws:sourcevpc',
    'aws:sourcevpce',
    'aws:vpcsourceip'
];
/** The keys every request of CloudTrail's carries. */
function serviceContext(d) {
    return {
        'aws:principalisawsservice': 'true',
        'aws:principalservicename': _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX,
        'aws:sourcearn': d.trailArn,
        'aws:sourceaccount': d.accountId,
        // CloudTrail calls over TLS.
        'aws:securetransport': 'true',
        ...(d.organizationId ? { 'aws:sourceorgid': d.organizationId } : {})
    };
}
/** A request of CloudTrail's to another service, with keys of that service's own. */
function cloudTrailRequest(d, action, resource, own = {}, absent = []) {
    return {
        service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX,
        action,
        ...(resource !== undefined ? { resource } : {}),
        context: { ...serviceContext(d), ...own },
        absent: [...SERVICE_PRINCIPAL_ABSENT, ...absent]
    };
}
/**
 * The S3 requests of log delivery. PutObject carries the bucket-owner-full-control ACL and, for a trail
 * with a KMS key, SSE-KMS; GetBucketAcl carries neither header. Without a key, whether CloudTrail sends
 * an x-amz-server-side-encryption header is not documented: a condition on it stays unknown.
 */
function s3DeliveryRequest(d, action, resource, kmsKeyArn) {
    if (action === 's3:GetBucketAcl')
        return cloudTrailRequest(d, action, resource, {}, ['s3:x-amz-acl', 's3:x-amz-server-side-encryption*']);
    return cloudTrailRequest(d, action, resource, {
        's3:x-amz-acl': 'bucket-owner-full-control',
        ...(kmsKeyArn ? { 's3:x-amz-server-side-encryption': 'aws:kms' } : {})
    });
}
/** CloudTrail's KMS requests: a data key for each log file, bound to the trail by the encryption context. */
function kmsRequests(d, keyArn) {
    return [
        cloudTrailRequest(d, 'kms:GenerateDataKey', keyArn, { 'kms:encryptioncontext:aws:cloudtrail:arn': d.trailArn }),
        cloudTrailRequest(d, 'kms:DescribeKey', keyArn)
    ];
}


/***/ }),

/***/ 1561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ principalServices),
/* harmony export */   MJ: () => (/* binding */ policyText),
/* harmony export */   OQ: () => (/* binding */ statementLabel),
/* harmony export */   UF: () => (/* binding */ wildcardMatch),
/* harmony export */   X: () => (/* binding */ parsePolicyDocument),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qL: () => (/* binding */ sidSuffix),
/* harmony export */   we: () => (/* binding */ policyBytes),
/* harmony export */   xC: () => (/* binding */ unionKeep),
/* harmony export */   y2: () => (/* binding */ PolicyParseError)
/* harmony export */ });
// IAM policy documents as data: their shape, parsing, and the small helpers every policy needs.
class PolicyParseError extends Error {
}
function parsePolicyDocument(text, what = 'policy') {
    if (text === null || text.trim() === '')
        return null;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new PolicyParseError(`the ${what} is not valid JSON: ${error.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new PolicyParseError(`the ${what} is not a JSON object`);
    }
    const doc = parsed;
    // IAM accepts a single statement object; a one-element list means the same.
    const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return { ...parsed, Statement: statements };
}
const list = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];
/** IAM's wildcard match: `*` any run of characters, `?` one character. */
function wildcardMatch(pattern, value, ignoreCase = false) {
    // "?" is one character of a key, never the "*" of a required pattern such as ".../AWSLogs/111111111111/*".
    const escaped = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '[^*]');
    return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value);
}
function principalServices(principal) {
    if (typeof principal !== 'object' || principal === null || Array.isArray(principal))
        return [];
    const service = principal.Service;
    return typeof service === 'string'
        ? [service]
        : Array.isArray(service)
            ? service.filter((s) => typeof s === 'string')
            : [];
}
/** How a statement is named in a finding: its Sid, else its position in the policy. */
function statementLabel(statement, index) {
    return statement.Sid ? `"${statement.Sid}"` : `statement ${index + 1} (no Sid)`;
}
/** Adds values to a string-or-list, keeping the original shape when nothing is added. */
function unionKeep(existing, added) {
    const current = list(existing);
    const extra = added.filter((v) => !current.includes(v));
    if (extra.length === 0 && existing !== undefined)
        return existing;
    return [...current, ...extra];
}
/** A short, stable suffix for per-trail Sids (Sids allow only letters and digits). */
function sidSuffix(text) {
    let hash = 2166136261;
    for (const ch of text)
        hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
    return hash.toString(36);
}
function policyText(policy) {
    return JSON.stringify(policy);
}
function policyBytes(policy) {
    return Buffer.byteLength(policyText(policy), 'utf8');
}


/***/ }),

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ analyzeDenies),
/* harmony export */   NB: () => (/* binding */ allows)
/* harmony export */ });
/* unused harmony exports conditionVerdict, evaluateConditions, allowVerdict, denyVerdict, statementAllows, statementDenies */
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
// Whether a policy allows or denies one request, evaluated as AWS evaluates it, with a third answer:
// "unknown", when a statement depends on something the model of the request does not carry. A grant
// counts only when it surely holds; a Deny blocks only when it surely applies, and an unknown one is
// reported with the reason it could not be evaluated.

const TRUE = { verdict: true, reasons: [] };
const FALSE = { verdict: false, reasons: [] };
const unknown = (reason) => ({ verdict: 'unknown', reasons: [reason] });
/** Operators that hold when their key is absent (AWS: "requires that the key is not matched"). */
const NEGATED = new Set([
    'StringNotEquals',
    'StringNotEqualsIgnoreCase',
    'StringNotLike',
    'ArnNotEquals',
    'ArnNotLike',
    'NumericNotEquals',
    'DateNotEquals',
    'NotIpAddress'
]);
const OPERATORS = new Set([
    ...NEGATED,
    'StringEquals',
    'StringEqualsIgnoreCase',
    'StringLike',
    'ArnEquals',
    'ArnLike',
    'NumericEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
    'DateEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'Null'
]);
function isAbsent(key, absent) {
    return (absent ?? []).some((a) => (a.endsWith('*') ? key.startsWith(a.slice(0, -1)) : a === key));
}
/** One value compared by a base operator (no IfExists, no set qualifier); undefined: not evaluated. */
function compare(base, expected, actual) {
    const lower = (v) => v.toLowerCase();
    switch (base) {
        case 'StringEquals':
        case 'ArnEquals':
            return expected.includes(actual);
        case 'StringNotEquals':
        case 'ArnNotEquals':
            return !expected.includes(actual);
        case 'StringEqualsIgnoreCase':
            return expected.map(lower).includes(lower(actual));
        case 'StringNotEqualsIgnoreCase':
            return !expected.map(lower).includes(lower(actual));
        case 'StringLike':
        case 'ArnLike':
            return expected.some((v) => (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(v, actual));
        case 'StringNotLike':
        case 'ArnNotLike':
            return !expected.some((v) => (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(v, actual));
        case 'Bool':
            return expected.map(lower).includes(lower(actual));
        default:
            return undefined;
    }
}
/** One key of one condition operator, under AWS's rules for a key the request does not carry. */
function conditionVerdict(operator, key, values, request) {
    const expected = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(values).map(String);
    const colon = operator.indexOf(':');
    const qualifier = colon === -1 ? undefined : operator.slice(0, colon);
    const op = colon === -1 ? operator : operator.slice(colon + 1);
    const ifExists = op.endsWith('IfExists');
    const base = ifExists ? op.slice(0, -'IfExists'.length) : op;
    const name = key.toLowerCase();
    const actual = request.context[name];
    const absent = actual === undefined && isAbsent(name, request.absent);
    const where = `${operator} on ${key}`;
    if (!OPERATORS.has(base) || (qualifier !== undefined && qualifier !== 'ForAnyValue' && qualifier !== 'ForAllValues'))
        return unknown(`${where}: the operator is not one IAM knows`);
    if (actual === undefined && !absent)
        return unknown(`${where}: the request model does not say what ${key} is`);
    if (base === 'Null')
        return expected.some((v) => (v.toLowerCase() === 'true') === absent) ? TRUE : FALSE;
    if (absent) {
        // A set of no values: "any" has none that matches, "all" holds vacuously.
        if (qualifier === 'ForAnyValue')
            return FALSE;
        if (qualifier === 'ForAllValues')
            return TRUE;
        return ifExists || NEGATED.has(base) ? TRUE : FALSE;
    }
    if (expected.some((v) => v.includes('${')))
        return unknown(`${where}: the value uses a policy variable`);
    if (qualifier !== undefined)
        return unknown(`${where}: set operators are not evaluated on a single-valued key`);
    const holds = compare(base, expected, actual);
    if (holds === undefined)
        return unknown(`${where}: ${base} is not evaluated`);
    return holds ? TRUE : FALSE;
}
/** Every condition of a statement must hold: false wins over unknown, unknown over true. */
function evaluateConditions(condition, request) {
    if (condition === undefined)
        return TRUE;
    const reasons = [];
    for (const [operator, entries] of Object.entries(condition)) {
        for (const [key, values] of Object.entries(entries ?? {})) {
            const one = conditionVerdict(operator, key, values, request);
            if (one.verdict === false)
                return FALSE;
            reasons.push(...one.reasons);
        }
    }
    return reasons.length > 0 ? { verdict: 'unknown', reasons } : TRUE;
}
/** Whether a Deny's principal covers the request's: `*`, `{"AWS": "*"}` and the service itself do. */
function principalCovers(principal, service) {
    if (principal === '*')
        return true;
    if (typeof principal !== 'object' || principal === null || Array.isArray(principal))
        return service === undefined;
    const aws = principal.AWS;
    if (aws === '*' || (Array.isArray(aws) && aws.includes('*')))
        return true;
    return service === undefined || (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(principal).includes(service);
}
const matchesAny = (patterns, value, ignoreCase = false) => (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(patterns).some((p) => (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(p, value, ignoreCase));
/** Whether a Deny names the request's principal, action and resource (Not* elements as AWS reads them). */
function denyTargets(statement, request) {
    const principal = statement.NotPrincipal !== undefined
        ? !(request.service !== undefined && principalCovers(statement.NotPrincipal, request.service))
        : request.service === undefined || principalCovers(statement.Principal, request.service);
    const notAction = statement.NotAction;
    const action = notAction !== undefined
        ? !matchesAny(notAction, request.action, true)
        : matchesAny(statement.Action, request.action, true);
    const resource = request.resource;
    const notResource = statement.NotResource;
    const onResource = resource === undefined ||
        (notResource !== undefined ? !matchesAny(notResource, resource) : matchesAny(statement.Resource, resource));
    return principal && action && onResource;
}
/**
 * Whether an Allow grants the request. Conservative: only an Allow that names the service itself, and no
 * inverted element, counts; a required resource may itself be a pattern (a log path, a log stream prefix).
 */
function allowVerdict(statement, request) {
    if (statement.Effect !== 'Allow')
        return FALSE;
    if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
        return FALSE;
    if (request.service !== undefined && !(0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(statement.Principal).includes(request.service))
        return FALSE;
    if (!matchesAny(statement.Action, request.action, true))
        return FALSE;
    if (request.resource !== undefined && !matchesAny(statement.Resource, request.resource))
        return FALSE;
    return evaluateConditions(statement.Condition, request);
}
/** Whether an explicit Deny applies to the request: AWS evaluates these before any Allow. */
function denyVerdict(statement, request) {
    if (statement.Effect !== 'Deny' || !denyTargets(statement, request))
        return FALSE;
    return evaluateConditions(statement.Condition, request);
}
function statementAllows(statement, request) {
    return allowVerdict(statement, request).verdict === true;
}
function statementDenies(statement, request) {
    return denyVerdict(statement, request).verdict === true;
}
/** Allowed: some Allow surely grants and no Deny surely applies (an unknown Deny is reported, not counted). */
function allows(policy, request) {
    const statements = policy?.Statement ?? [];
    return statements.some((s) => statementAllows(s, request)) && !statements.some((s) => statementDenies(s, request));
}
/** Sorts a policy's Deny statements by what they do to a set of requests. */
function analyzeDenies(policy, requests) {
    const denying = [];
    const unknownDenies = [];
    (policy?.Statement ?? []).forEach((statement, index) => {
        const verdicts = requests.map((r) => denyVerdict(statement, r));
        if (verdicts.some((v) => v.verdict === true))
            denying.push(statement);
        else if (verdicts.some((v) => v.verdict === 'unknown'))
            unknownDenies.push({
                label: (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .statementLabel */ .OQ)(statement, index),
                statement,
                reasons: [...new Set(verdicts.flatMap((v) => v.reasons))]
            });
    });
    return { denying, unknown: unknownDenies };
}


/***/ }),

/***/ 3842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeOwnStatements)
/* harmony export */ });
/* unused harmony export perTrailSid */
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
// Merging org-trail's own statements into a policy someone else may also write: only ever adding.

/** A statement carrying one of our Sids that we may extend: an Allow for the same service, nothing inverted. */
function isOwnShaped(statement, fresh) {
    const services = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(fresh.Principal);
    return (statement.Sid === fresh.Sid &&
        statement.Effect === fresh.Effect &&
        services.every((s) => (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(statement.Principal).includes(s)) &&
        statement.NotAction === undefined &&
        statement.NotResource === undefined &&
        statement.NotPrincipal === undefined);
}
/**
 * Extends an own statement so that it also grants what `fresh` grants. Only adds: actions, resources and,
 * where the statement is scoped by aws:SourceArn, the new ARN. Its principal and other conditions stay.
 */
function extend(existing, fresh) {
    const freshArns = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Condition?.StringEquals?.['aws:SourceArn']);
    const existingArns = existing.Condition?.StringEquals?.['aws:SourceArn'];
    const extended = {
        ...existing,
        Action: (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existing.Action, (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Action)),
        Resource: (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existing.Resource, (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Resource))
    };
    if (existing.Condition?.StringEquals && existingArns !== undefined) {
        extended.Condition = {
            ...existing.Condition,
            StringEquals: { ...existing.Condition.StringEquals, 'aws:SourceArn': (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existingArns, freshArns) }
        };
    }
    return extended;
}
/** Our Sid for one trail alone, used when a statement under our plain Sid cannot be extended to fit. */
function perTrailSid(sid, trailArn) {
    return `${sid}${(0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .sidSuffix */ .qL)(trailArn)}`;
}
/**
 * Makes `policy` satisfy `satisfied` by merging our `fresh` statements. Statements we do not own are kept
 * exactly and in place; ours (found by Sid) are extended, never narrowed, so a resource shared by several
 * trails keeps every trail's grant. A policy that already satisfies is returned unchanged.
 */
function mergeOwnStatements(policy, fresh, satisfied, trailArn) {
    if (policy !== null && satisfied(policy))
        return { policy, changedSids: [] };
    const base = policy ?? { Version: '2012-10-17', Statement: [] };
    const statements = [...base.Statement];
    const changedSids = new Set();
    for (const statement of fresh) {
        const sid = statement.Sid;
        const index = statements.findIndex((s) => isOwnShaped(s, statement));
        if (index === -1) {
            // Sids are unique in a bucket policy: if someone else's statement has ours, ours gets a trail suffix.
            const free = statements.some((s) => s.Sid === sid) ? perTrailSid(sid, trailArn) : sid;
            if (!statements.some((s) => s.Sid === free)) {
                statements.push({ ...statement, Sid: free });
                changedSids.add(free);
            }
            continue;
        }
        const current = statements[index];
        const extended = extend(current, statement);
        if (JSON.stringify(extended) !== JSON.stringify(current)) {
            statements[index] = extended;
            changedSids.add(sid);
        }
    }
    // A statement of ours narrowed by hand (another condition, say) may still not grant this trail: add
    // statements for this trail alone rather than widen what someone chose to restrict.
    if (!satisfied({ ...base, Statement: statements })) {
        for (const statement of fresh) {
            const sid = perTrailSid(statement.Sid, trailArn);
            if (!statements.some((s) => s.Sid === sid)) {
                statements.push({ ...statement, Sid: sid });
                changedSids.add(sid);
            }
        }
    }
    return {
        policy: { ...base, Version: base.Version ?? '2012-10-17', Statement: statements },
        changedSids: [...changedSids]
    };
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ describeChanges)
/* harmony export */ });
/* unused harmony exports selectorsDiff, describeChange */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _plan_bucket_hardening_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3290);
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7698);
/* harmony import */ var _plan_trail_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7463);
/* harmony import */ var _plan_trail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8943);
/* harmony import */ var _settings_selectors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1043);






function statementCount(text) {
    try {
        return (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(text)?.Statement.length ?? 0;
    }
    catch {
        return 0;
    }
}
function describeTrail(t) {
    return [
        t.isOrganizationTrail ? 'organization' : 'account',
        t.isMultiRegionTrail ? 'multi-region' : 'single-region',
        `log file validation ${t.enableLogFileValidation ? 'on' : 'off'}`,
        `s3://${t.s3BucketName}/${t.s3KeyPrefix ? `${t.s3KeyPrefix}/` : ''}`
    ].join(', ');
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function eventSelectorLabel(s) {
    const rw = s.ReadWriteType ?? 'All';
    const parts = [
        s.IncludeManagementEvents === false ? '' : `management ${rw}`,
        ...(s.DataResources ?? []).map((d) => {
            const values = d.Values ?? [];
            return `${d.Type ?? '?'} ${values.length === 1 ? values[0] : plural(values.length, 'value')} ${rw}`;
        }),
        (s.ExcludeManagementEventSources ?? []).length > 0
            ? `excluding ${(s.ExcludeManagementEventSources ?? []).join(', ')}`
            : ''
    ];
    return parts.filter((p) => p !== '').join(', ') || 'nothing';
}
function advancedSelectorLabel(s) {
    if (s.Name)
        return s.Name;
    return (s.FieldSelectors ?? [])
        .map((f) => {
        const op = Object.keys(f).find((k) => k !== 'Field');
        const values = op ? f[op] : undefined;
        return `${String(f.Field)} ${op ?? ''} ${Array.isArray(values) ? values.join('|') : ''}`.trim();
    })
        .join(', ');
}
/** Each selector with a key that ignores the order of its values, as CloudTrail does. */
function labelled(selectors) {
    return [
        ...selectors.event.map((s) => ({
            key: (0,_settings_selectors_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalEventSelectors */ .Jx)([s])[0] ?? '',
            label: eventSelectorLabel(s)
        })),
        ...selectors.advanced.map((s) => ({
            key: `advanced:${(0,_settings_selectors_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalAdvancedSelectors */ .Jf)([s])[0] ?? ''}`,
            label: advancedSelectorLabel(s)
        }))
    ];
}
/** Before and after of the trail's selectors as what differs: counts, then the selectors removed and added. */
function selectorsDiff(before, after) {
    const was = before ? labelled(before) : [];
    const now = labelled(after);
    const removed = was.filter((w) => !now.some((n) => n.key === w.key));
    const added = now.filter((n) => !was.some((w) => w.key === n.key));
    const kept = now.length - added.length;
    const side = (list, changed, sign) => [
        list.length === 0 ? "none (CloudTrail's default: all management events)" : plural(list.length, 'selector'),
        kept > 0 && changed.length > 0 ? `${kept} unchanged` : '',
        ...changed.map((c) => `${sign} ${c.label}`)
    ]
        .filter((p) => p !== '')
        .join('\n');
    return { before: before ? side(was, removed, '−') : 'new trail: the default selector', after: side(now, added, '+') };
}
function describeChange(change, trailName) {
    switch (change.kind) {
        case 'enable-trusted-access':
            return [{ what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }];
        case 'create-service-linked-role':
            return [
                {
                    what: `Service-linked role ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_LINKED_ROLES */ .SF[change.role].roleName}`,
                    before: 'missing',
                    after: 'created'
                }
            ];
        case 'put-bucket-policy': {
            const before = statementCount(change.before);
            const after = statementCount(change.after);
            return [
                {
                    what: `Policy of bucket ${change.bucket}`,
                    before: change.before === null ? 'no policy' : `${before} statement${before === 1 ? '' : 's'}`,
                    after: `${after} statement${after === 1 ? '' : 's'} (${change.sids.join(', ')} merged; all others kept)`
                }
            ];
        }
        case 'create-trail':
            return [
                {
                    what: `Trail ${change.trail.name} in ${change.region}`,
                    before: 'absent',
                    after: `created: ${describeTrail(change.trail)}`
                }
            ];
        case 'update-trail':
            return change.fields.map((f) => ({
                what: `Trail ${trailName}: ${(0,_plan_trail_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .fieldLabel */ .bk)(f.field)}`,
                before: (0,_plan_trail_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(f.before),
                after: (0,_plan_trail_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(f.after)
            }));
        case 'start-logging':
            return [{ what: `Logging of trail ${trailName}`, before: 'stopped', after: 'logging' }];
        case 'create-bucket':
            return [
                {
                    what: `Bucket ${change.bucket} in ${change.region}`,
                    before: 'absent',
                    after: 'created, object ownership enforced'
                }
            ];
        case 'harden-bucket':
            return [
                {
                    what: `Bucket ${change.bucket}: ${_plan_bucket_hardening_js__WEBPACK_IMPORTED_MODULE_1__/* .HARDENING */ .DD.find((h) => h.setting === change.setting)?.label ?? change.setting}`,
                    before: change.before,
                    after: change.after
                }
            ];
        case 'put-key-policy': {
            const before = statementCount(change.before);
            const after = statementCount(change.after);
            return [
                {
                    what: `Policy of KMS key ${change.keyArn}`,
                    before: `${before} statement${before === 1 ? '' : 's'}`,
                    after: `${after} statements (${change.sids.join(', ')} merged; all others kept)`
                }
            ];
        }
        case 'put-event-selectors': {
            const diff = selectorsDiff(change.before, {
                event: change.eventSelectors ?? [],
                advanced: change.advancedEventSelectors ?? []
            });
            return [
                {
                    what: `Trail ${trailName}: ${change.eventSelectors ? 'event selectors' : 'advanced event selectors'}`,
                    ...diff
                }
            ];
        }
        case 'put-insight-selectors': {
            const types = (list) => list.length === 0 ? 'off' : list.map((s) => s.InsightType ?? '?').join(', ');
            return [
                {
                    what: `Trail ${trailName}: insight selectors`,
                    before: change.before ? types(change.before) : 'off',
                    after: types(change.insightSelectors)
                }
            ];
        }
        case 'add-tags':
            return Object.entries(change.tags).map(([key, value]) => ({
                what: `Trail ${trailName}: tag ${key}`,
                before: change.before[key] ?? '(none)',
                after: value
            }));
    }
}
function describeChanges(changes, trailName) {
    return changes.flatMap((c) => describeChange(c, trailName).map((r) => 'logArchive' in c && c.logArchive ? { ...r, logArchive: true } : r));
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInvalidInputs: () => (/* binding */ renderInvalidInputs),
/* harmony export */   z: () => (/* binding */ renderFailure)
/* harmony export */ });
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6030);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9059);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



function heading(trailName) {
    return `## org-trail · ${trailName === '' || trailName === 'org-trail' ? '' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(trailName)} · `}🔴 failed`;
}
/** Every invalid input, named, with what is wrong with it; no AWS request was made. */
function renderInvalidInputs(problems, trailName = '') {
    const rows = problems.map((p) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(p.input), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(p.message)]);
    const inputs = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInputCount */ .d9)(problems);
    const count = problems.length > inputs ? ` (${problems.length} problems)` : '';
    return (`${heading(trailName)}\n\n` +
        `**${inputs === 1 ? 'An input is' : `${inputs} inputs are`} invalid**${count}; no AWS request was made. ` +
        "Fix them in the step's `with:` and run again.\n\n" +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Input', 'Problem'], rows)}\n`);
}
function fence(text) {
    const language = /^\s*[[{]/.test(text) ? 'json' : /^(aws |# )/.test(text) ? 'sh' : 'yaml';
    return `\`\`\`${language}\n${text}\n\`\`\``;
}
function renderFailure(r) {
    const parts = [heading(r.trailName), `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(r.title)}.** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(r.message)}`];
    if (r.fix)
        parts.push(`**Fix:**\n\n${fence(r.fix)}`);
    const facts = Object.entries(r.facts ?? {});
    if (facts.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Token claim', 'Value'], facts.map(([k, v]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(k), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(v)])));
    }
    if (r.partWay) {
        const { planned, done } = r.partWay;
        const notDone = planned.filter((c) => !done.includes(c));
        const rows = (changes) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['What', 'Before', 'After'], (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChanges */ .DT)(changes, r.trailName).map((c) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.what), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.before), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.after)]));
        const doneRecords = (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChanges */ .DT)(done, r.trailName).length;
        const notDoneRecords = (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChanges */ .DT)(notDone, r.trailName).length;
        parts.push(`### Done before the failure (${doneRecords})\n\n${done.length > 0 ? rows(done) : 'Nothing was written.'}`);
        parts.push(`### Not done (${notDoneRecords})\n\n${notDone.length > 0 ? rows(notDone) : 'Nothing.'}`);
        parts.push(`**The next run** reads the account again and plans from what it finds: what was done is found in place and not written again${notDone.length > 0 ? `; the ${notDoneRecords === 1 ? 'change' : `${notDoneRecords} changes`} not done ${notDoneRecords === 1 ? 'is' : 'are'} planned again` : ''}.`);
    }
    return `${parts.join('\n\n')}\n`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Text shown as it is: ARNs full of "*" and "_" must not turn into emphasis, nor "<" into HTML. */
function plain(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/[*_`[\]]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** Text safe inside a Markdown table cell: no pipe or line break can end the cell early. */
function cell(text) {
    return plain(text)
        .replace(/\|/g, '\\|')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** Inline code that survives backticks in the value. */
function code(text) {
    // CommonMark: the fence is longer than any backtick run inside; a space pads text that touches a backtick.
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ })

};

//# sourceMappingURL=304.index.js.map