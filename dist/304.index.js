export const id = 304;
export const ids = [304];
export const modules = {

/***/ 1191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ deleteTrailCommand),
/* harmony export */   DK: () => (/* binding */ registerDelegatedAdministratorCommand),
/* harmony export */   Ee: () => (/* binding */ enableKeyCommand),
/* harmony export */   _A: () => (/* binding */ enableTrustedAccessCommand),
/* harmony export */   gg: () => (/* binding */ createServiceLinkedRoleCommand),
/* harmony export */   ki: () => (/* binding */ ENABLE_ALL_FEATURES_COMMAND),
/* harmony export */   nQ: () => (/* binding */ CREATE_ORGANIZATION_COMMAND),
/* harmony export */   vE: () => (/* binding */ putPublicAccessBlockCommand),
/* harmony export */   xo: () => (/* binding */ startLoggingCommand)
/* harmony export */ });
/* harmony import */ var _cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
// The AWS CLI commands org-trail gives people to run, each written once: the plan's findings and the
// explanations of AWS's errors (aws/explain.ts) both take them from here. They live in aws/, not plan/,
// because explain.ts is part of aws/, which plan/ builds on: aws/ importing plan/ would run backwards.

/** Run in the management account; every member account must then accept the handshake. */
const ENABLE_ALL_FEATURES_COMMAND = 'aws organizations enable-all-features';
const CREATE_ORGANIZATION_COMMAND = 'aws organizations create-organization --feature-set ALL';
/** Trusted access for CloudTrail; only the management account can enable it. */
function enableTrustedAccessCommand() {
    return `aws organizations enable-aws-service-access --service-principal ${_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX}`;
}
function createServiceLinkedRoleCommand(service) {
    return `aws iam create-service-linked-role --aws-service-name ${service}`;
}
/**
 * How an account becomes CloudTrail's delegated administrator (run in the management account). Registering
 * through Organizations (register-delegated-administrator) does not create the service-linked role
 * CloudTrail needs, so this is the one command to give.
 */
function registerDelegatedAdministratorCommand(memberAccountId) {
    return `aws cloudtrail register-organization-delegated-admin --member-account-id ${memberAccountId}`;
}
/** Without a key, the bare command: for a message that does not know which key AWS refused. */
function enableKeyCommand(key) {
    return `aws kms enable-key${key ? ` --key-id ${key.arn} --region ${key.region}` : ''}`;
}
/** All four Block Public Access settings on. */
function putPublicAccessBlockCommand(bucket) {
    return `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`;
}
function deleteTrailCommand(arn, region) {
    return `aws cloudtrail delete-trail --name ${arn} --region ${region}`;
}
function startLoggingCommand(arn, region) {
    return `aws cloudtrail start-logging --name ${arn} --region ${region}`;
}


/***/ }),

/***/ 5770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ CLOUDTRAIL_PRINCIPAL),
/* harmony export */   SF: () => (/* binding */ SERVICE_LINKED_ROLES),
/* harmony export */   Ww: () => (/* binding */ MAX_TRAILS_PER_REGION),
/* harmony export */   eL: () => (/* binding */ trailArn),
/* harmony export */   lJ: () => (/* binding */ MAX_BUCKET_POLICY_BYTES),
/* harmony export */   uy: () => (/* binding */ managementAccountOf)
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
 * The account whose id the trail's ARN carries: the organization's management account for an
 * organization trail (whoever creates it, a delegated administrator too), the caller's own for an account
 * trail, and the caller's while the organization is unknown (not readable, or none). The one rule: the
 * plan decides with it, and observe uses it only to know where to read.
 */
function managementAccountOf(isOrganizationTrail, organization, callerAccountId) {
    return (isOrganizationTrail && organization?.managementAccountId) || callerAccountId;
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

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ reportedValue),
/* harmony export */   GW: () => (/* binding */ declaredValue),
/* harmony export */   KQ: () => (/* binding */ fieldSpec),
/* harmony export */   QL: () => (/* binding */ cliOption),
/* harmony export */   Sz: () => (/* binding */ deliveryLocation),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   bk: () => (/* binding */ fieldLabel),
/* harmony export */   dK: () => (/* binding */ isOptional),
/* harmony export */   ki: () => (/* binding */ observedValue),
/* harmony export */   vf: () => (/* binding */ TRAIL_FIELDS)
/* harmony export */ });
/** The trail settings org-trail converges, each written once: everything about a field is derived from here. */
const TRAIL_FIELDS = [
    {
        field: 'S3BucketName',
        kind: 'text',
        declared: 's3BucketName',
        observed: 's3BucketName',
        reported: 'S3BucketName',
        label: 'S3 bucket',
        row: null
    },
    {
        field: 'S3KeyPrefix',
        kind: 'text',
        declared: 's3KeyPrefix',
        observed: 's3KeyPrefix',
        reported: 'S3KeyPrefix',
        label: 'S3 key prefix',
        row: null,
        // An empty input keeps the trail's prefix: removing it would move delivery just as changing it does.
        optional: true,
        moving: 'log delivery would move to another path in the bucket, so Athena tables, SIEM ingestion and S3 event notifications keyed on the old path would stop receiving new logs'
    },
    {
        field: 'IsOrganizationTrail',
        kind: 'flag',
        declared: 'isOrganizationTrail',
        observed: 'isOrganizationTrail',
        reported: 'IsOrganizationTrail',
        label: 'Organization trail',
        says: ['yes', 'no'],
        createDefault: false,
        weakening: 'the member accounts of the organization would stop being logged'
    },
    {
        field: 'IsMultiRegionTrail',
        kind: 'flag',
        declared: 'isMultiRegionTrail',
        observed: 'isMultiRegionTrail',
        reported: 'IsMultiRegionTrail',
        label: 'Multi-region',
        says: ['yes', 'no'],
        createDefault: false,
        weakening: 'every region but the home region would stop being logged'
    },
    {
        field: 'IncludeGlobalServiceEvents',
        kind: 'flag',
        declared: 'includeGlobalServiceEvents',
        observed: 'includeGlobalServiceEvents',
        reported: 'IncludeGlobalServiceEvents',
        label: 'Global service events',
        says: ['included', 'excluded'],
        createDefault: true,
        weakening: 'events of global services such as IAM and STS would stop being logged'
    },
    {
        field: 'EnableLogFileValidation',
        kind: 'flag',
        declared: 'enableLogFileValidation',
        observed: 'logFileValidationEnabled',
        reported: 'LogFileValidationEnabled',
        label: 'Log file validation',
        says: ['on', 'off'],
        createDefault: false,
        weakening: 'digest files would stop, so tampering with log files could no longer be detected'
    },
    {
        field: 'KmsKeyId',
        kind: 'reference',
        declared: 'kmsKeyId',
        observed: 'kmsKeyId',
        reported: 'KmsKeyId',
        label: 'KMS key'
    },
    {
        field: 'CloudWatchLogsLogGroupArn',
        kind: 'reference',
        declared: 'cloudWatchLogsLogGroupArn',
        observed: 'cloudWatchLogsLogGroupArn',
        reported: 'CloudWatchLogsLogGroupArn',
        label: 'CloudWatch Logs log group',
        row: 'CloudWatch Logs'
    },
    // Shown with its log group: CloudTrail takes the two only together.
    {
        field: 'CloudWatchLogsRoleArn',
        kind: 'reference',
        declared: 'cloudWatchLogsRoleArn',
        observed: 'cloudWatchLogsRoleArn',
        reported: 'CloudWatchLogsRoleArn',
        label: 'CloudWatch Logs role',
        row: null
    },
    // Declared by name or ARN, reported as an ARN: the plan resolves the name first.
    {
        field: 'SnsTopicName',
        kind: 'reference',
        declared: 'snsTopicName',
        observed: 'snsTopicArn',
        reported: 'SnsTopicARN',
        label: 'SNS topic'
    }
];
function fieldSpec(field) {
    const spec = TRAIL_FIELDS.find((f) => f.field === field);
    if (spec === undefined)
        throw new Error(`Unknown trail field ${field}`);
    return spec;
}
function fieldLabel(field) {
    return fieldSpec(field).label;
}
/** Managed only when declared: an empty declaration keeps whatever the trail has. */
function isOptional(spec) {
    return spec.kind === 'reference' || (spec.kind === 'text' && spec.optional === true);
}
/** The field's value in the declaration. */
function declaredValue(spec, declared) {
    return declared[spec.declared];
}
/** The field's value in the trail as observed, '' for a reference it does not use. */
function observedValue(spec, trail) {
    const value = trail[spec.observed];
    return spec.kind === 'flag' ? value === true : typeof value === 'string' ? value : '';
}
/** The field as DescribeTrails or GetTrail report it, in the observed trail's terms; undefined: absent. */
function reportedValue(spec, trail) {
    const value = trail[spec.reported];
    if (spec.kind === 'flag')
        return value === true;
    if (typeof value === 'string' && (value !== '' || spec.kind === 'text'))
        return value;
    return spec.kind === 'text' ? '' : undefined;
}
/** A value as people read it: the empty one as "(none)". */
function show(value) {
    if (value === '')
        return '(none)';
    return String(value);
}
/** Where the trail delivers, as people read it: the bucket and prefix are shown together. */
function deliveryLocation(s3BucketName, s3KeyPrefix) {
    return `s3://${s3BucketName}/${s3KeyPrefix ? `${s3KeyPrefix}/` : ''}`;
}
/** The AWS CLI option of a parameter, as the CLI derives it: S3KeyPrefix → --s3-key-prefix. */
function cliOption(field) {
    return `--${field.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
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
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1191);
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7698);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1561);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7913);
// `create-bucket: true` declares a hardened log bucket, not a one-time creation: every run observes each
// hardening setting and plans the write for each one that is missing, so a run interrupted half-way through
// the hardening is finished by the next, and drift of any of them is a change in check mode.




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
        command: (bucket) => (0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .putPublicAccessBlockCommand */ .vE)(bucket)
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
            return (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)({ id, title, failure: failed.failure });
        const drift = s.drift(state, bucket, key);
        if (drift === null)
            return (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .prerequisite */ .l1)({ id, severity: 'ok', title, detail: `As create-bucket declares it: ${s.after(key)}.` });
        return (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .prerequisite */ .l1)({
            id,
            severity: 'fixable',
            title,
            detail: `create-bucket declares the bucket hardened; it has ${drift}, and apply sets ${s.after(key)}.`,
            remediation: s.command(bucket.name, key),
            changes: [hardenBucket(ctx, s, drift)]
        });
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
        current = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(policy.value);
    }
    catch (error) {
        if (error instanceof _policy_document_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyParseError */ .y2)
            return [policyStep];
        throw error;
    }
    const id = 's3.bucket-hardening.tls-only';
    const title = `TLS required by the policy of bucket ${name}`;
    if ((0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .requiresTls */ .YY)(current))
        return [
            policyStep,
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .prerequisite */ .l1)({ id, severity: 'ok', title, detail: 'A statement denies every request without TLS.' })
        ];
    const tls = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .denyInsecureTransport */ .OH)(name, ctx.observed.identity.partition);
    const tlsFinding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({
        id,
        category: 'prerequisite',
        severity: 'fixable',
        title,
        detail: `create-bucket declares the bucket hardened, and no statement of its policy denies requests without TLS; apply adds ${_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_ONLY_SID */ .I4} and keeps every other statement.`,
        remediation: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .pasteable */ .yK)(tls)
    });
    const existing = policyStep.changes?.find((c) => c.kind === 'put-bucket-policy');
    if (existing && existing.kind === 'put-bucket-policy') {
        const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureStatements */ .fd)(current, [tls]);
        const merged = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .mergePolicy */ .VA)(ensured.policy, existing.grant);
        const folded = {
            ...existing,
            after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_3__/* .policyText */ .MJ)(merged.policy),
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
    const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureStatements */ .fd)(current, [tls]);
    const after = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .mergePolicy */ .VA)(ensured.policy, grant).policy;
    return [
        policyStep,
        {
            finding: tlsFinding,
            changes: [
                {
                    kind: 'put-bucket-policy',
                    bucket: name,
                    before: policy.value,
                    after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_3__/* .policyText */ .MJ)(after),
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
        return r && !r.ok
            ? [
                (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)({
                    id: `s3.bucket-hardening.${s.setting}`,
                    title: `${s.label} of bucket ${name}`,
                    failure: r.failure
                })
            ]
            : [];
    });
    const key = declaredKey(ctx);
    const tls = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .denyInsecureTransport */ .OH)(name, ctx.observed.identity.partition);
    const ensured = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureStatements */ .fd)(null, [tls]);
    const merged = (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .mergePolicy */ .VA)(ensured.policy, grant);
    return [
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .prerequisite */ .l1)({
            id: 's3.bucket-exists',
            severity: 'fixable',
            title: `Bucket ${name} does not exist`,
            detail: `create-bucket is true: it will be created in ${ctx.homeRegion} with Block Public Access, ${key ? 'SSE-KMS' : 'SSE-S3'} default encryption, versioning, object ownership enforced and TLS required.`,
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
                    after: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_3__/* .policyText */ .MJ)(merged.policy),
                    sids: [...ensured.changedSids, ...merged.changedSids],
                    grant,
                    ensure: [tls]
                }
            ]
        }),
        ...denied
    ];
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ unevaluatedDenies),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   l1: () => (/* binding */ prerequisite),
/* harmony export */   yK: () => (/* binding */ pasteable)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5770);
// How a check says what it found: the finding builder every check uses.


function finding({ id, category, severity, title, detail, remediation = '' }) {
    return { id, category, severity, title, detail, remediation };
}
/** Statements or a policy as a remediation shows them: indented JSON, ready to paste. */
function pasteable(value) {
    return JSON.stringify(value, null, 2);
}
/** A prerequisite check's step: its finding and, when apply can fix what it found, the changes. */
function prerequisite({ changes, ...found }) {
    return { finding: finding({ ...found, category: 'prerequisite' }), ...(changes ? { changes } : {}) };
}
/** A read that failed: the check cannot be made, so it blocks, and says which permission is missing. */
function unreadable({ id, title, failure, severity = 'blocker' }) {
    const denied = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(failure.code);
    return prerequisite({
        id,
        severity,
        title,
        detail: denied
            ? `${failure.action} was denied (${failure.code}), so this could not be checked.`
            : `${failure.action} failed (${failure.code}: ${failure.message}), so this could not be checked.`,
        remediation: denied
            ? `Allow "${failure.action}" in the permission policy of the role org-trail uses (see the README's IAM policy).`
            : 'Run again; if it persists, check the AWS Health Dashboard and the request id in the log.'
    });
}
/**
 * A Deny that may apply to CloudTrail's request, but depends on what the model of that request does not
 * carry: no blocker (it would mostly be a false alarm), but named, with why it could not be evaluated.
 */
function unevaluatedDenies(id, where, unknown) {
    if (unknown.length === 0)
        return [];
    return [
        prerequisite({
            id,
            severity: 'warning',
            title: `${unknown.length === 1 ? 'A Deny' : `${unknown.length} Deny statements`} in ${where} could not be evaluated`,
            detail: `${unknown.map((u) => `${u.label}: ${u.reasons.join('; ')}`).join('. ')}. org-trail does not count ${unknown.length === 1 ? 'it' : 'them'} as denying CloudTrail; if CloudTrail is refused, this is why.`,
            remediation: `# Exempt CloudTrail explicitly, e.g. with this condition on each statement:
${JSON.stringify({ StringNotEquals: { 'aws:PrincipalServiceName': _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__/* .CLOUDTRAIL_PRINCIPAL */ .BX } })}`
        })
    ];
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
/* harmony import */ var _cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
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
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .allowCloudTrail */ .F)(ACL_CHECK_SID, 's3:GetBucketAcl', bucketArn(g), {
            StringEquals: { 'aws:SourceArn': [g.trailArn] }
        }),
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .allowCloudTrail */ .F)(WRITE_SID, 's3:PutObject', logPaths(g), {
            StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [g.trailArn] }
        })
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

/***/ 1851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ allowCloudTrail)
/* harmony export */ });
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
// The one shape of statement every resource policy org-trail writes or shows has: an Allow for CloudTrail.

/** Allows cloudtrail.amazonaws.com `action` on `resource`, under `condition` when given. */
function allowCloudTrail(sid, action, resource, condition) {
    return {
        Sid: sid,
        Effect: 'Allow',
        Principal: { Service: _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
        Action: action,
        Resource: resource,
        ...(condition ? { Condition: condition } : {})
    };
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
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5770);
/* harmony import */ var _plan_bucket_hardening_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3290);
/* harmony import */ var _policy_bucket_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7698);
/* harmony import */ var _settings_selectors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1043);





function statementCount(text) {
    try {
        return (0,_policy_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .ON)(text)?.Statement.length ?? 0;
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
        (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .deliveryLocation */ .Sz)(t.s3BucketName, t.s3KeyPrefix)
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
            key: (0,_settings_selectors_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalEventSelectors */ .Jx)([s])[0] ?? '',
            label: eventSelectorLabel(s)
        })),
        ...selectors.advanced.map((s) => ({
            key: `advanced:${(0,_settings_selectors_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalAdvancedSelectors */ .Jf)([s])[0] ?? ''}`,
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
                    what: `Service-linked role ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_LINKED_ROLES */ .SF[change.role].roleName}`,
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
                what: `Trail ${trailName}: ${(0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldLabel */ .bk)(f.field)}`,
                before: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(f.before),
                after: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(f.after)
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
                    what: `Bucket ${change.bucket}: ${_plan_bucket_hardening_js__WEBPACK_IMPORTED_MODULE_2__/* .HARDENING */ .DD.find((h) => h.setting === change.setting)?.label ?? change.setting}`,
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
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7991);
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
    // A policy document, or several, each after a `// which one` line.
    const language = /^\s*([[{]|\/\/)/.test(text) ? 'json' : /^(aws |# )/.test(text) ? 'sh' : 'yaml';
    return `\`\`\`${language}\n${text}\n\`\`\``;
}
function renderFailure(r) {
    // The annotation is plain text and carries the fix in its message; the page shows the fix once, in its block.
    const prose = r.fix && r.message.includes(r.fix) ? r.message.replace(r.fix, '').trimEnd() : r.message;
    const parts = [heading(r.trailName), `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(r.title)}.** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(prose)}`];
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