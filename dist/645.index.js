export const id = 645;
export const ids = [645];
export const modules = {

/***/ 2294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ApplyError)
/* harmony export */ });
/** A failure part-way: what had been written already, so the report can say so. */
class ApplyError extends Error {
    cause;
    applied;
    constructor(cause, applied) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.applied = applied;
        this.name = 'ApplyError';
    }
}


/***/ }),

/***/ 1966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kr: () => (/* binding */ IAM_ACTIONS),
/* harmony export */   Tz: () => (/* binding */ inventoryActionsFor)
/* harmony export */ });
/* unused harmony exports actionsFor, logArchiveActionsFor, logArchiveAdditionActions */
// Every IAM action org-trail can need, and why. The README's policies are generated from this table and a
// test checks that the code calls nothing outside it; keep it the single source of truth.
const IAM_ACTIONS = {
    'sts:AssumeRoleWithWebIdentity': {
        access: 'read',
        purpose: 'exchange the GitHub OIDC token for credentials (granted by the trust policy)',
        outsidePermissionPolicy: true
    },
    'sts:GetCallerIdentity': {
        access: 'read',
        purpose: 'who the default credential chain is (needs no permission)',
        outsidePermissionPolicy: true
    },
    'organizations:DescribeOrganization': {
        access: 'read',
        purpose: 'organization id, feature set and management account'
    },
    'organizations:ListAWSServiceAccessForOrganization': {
        access: 'read',
        purpose: 'whether CloudTrail has trusted access'
    },
    'organizations:ListDelegatedAdministrators': {
        access: 'read',
        purpose: 'whether a non-management caller is a delegated administrator'
    },
    'organizations:EnableAWSServiceAccess': {
        access: 'write',
        purpose: 'enable trusted access for cloudtrail.amazonaws.com'
    },
    'organizations:ListAccounts': {
        access: 'read',
        purpose: 'CloudTrail lists member accounts when it creates an organization trail; the member inventory and log verification (verify-logs) list the accounts',
        requiredByCloudTrail: true,
        inventory: ['management'],
        logIntegrity: true
    },
    'account:ListRegions': {
        access: 'read',
        purpose: 'log verification (verify-logs): the regions enabled in the account, whose logs a multi-region trail delivers',
        logIntegrity: true
    },
    'cloudtrail:ListPublicKeys': {
        access: 'read',
        purpose: "log verification (verify-logs): CloudTrail's public keys of each region, that verify the digests' signatures",
        logIntegrity: true
    },
    's3:ListBucket': {
        access: 'read',
        purpose: 'log verification (verify-logs): list the digest files of each account and region',
        logArchive: true,
        logIntegrity: true
    },
    's3:GetObject': {
        access: 'read',
        purpose: 'log verification (verify-logs): read the digest files and the log files they list',
        logArchive: true,
        logIntegrity: true
    },
    'kms:Decrypt': {
        access: 'read',
        purpose: 'log verification (verify-logs): read digest and log files encrypted with SSE-KMS',
        logArchive: true,
        logIntegrity: true
    },
    'sts:AssumeRole': {
        access: 'read',
        purpose: 'member inventory: assume member-role-name in each member account; log-archive-role-arn: assume the Log Archive role; both from the management session',
        inventory: ['management'],
        inventoryOnly: true,
        onMemberRole: true,
        onLogArchiveRole: true
    },
    'iam:ListRoles': { access: 'read', purpose: 'whether the service-linked roles exist' },
    'iam:GetRole': {
        access: 'read',
        purpose: 'the CloudWatch Logs role and its trust policy; CloudTrail also reads its service-linked role when it creates an organization trail',
        requiredByCloudTrail: true
    },
    'iam:ListRolePolicies': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
    'iam:GetRolePolicy': { access: 'read', purpose: 'inline policies of the CloudWatch Logs role' },
    'iam:ListAttachedRolePolicies': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:GetPolicy': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:GetPolicyVersion': { access: 'read', purpose: 'managed policies of the CloudWatch Logs role' },
    'iam:PassRole': {
        access: 'write',
        purpose: 'CloudTrail passes the CloudWatch Logs role when the trail is given one',
        requiredByCloudTrail: true
    },
    'kms:DescribeKey': {
        access: 'read',
        purpose: 'the KMS key exists, is enabled, symmetric and in the bucket region',
        logArchive: true
    },
    'kms:GetKeyPolicy': { access: 'read', purpose: 'the key policy lets CloudTrail encrypt', logArchive: true },
    'kms:GetKeyRotationStatus': {
        access: 'read',
        purpose: 'posture: rotation of the trail key (KMS.4, CIS 3.6)',
        logArchive: true
    },
    'kms:PutKeyPolicy': {
        access: 'write',
        purpose: 'merge the CloudTrail statements into the key policy (manage-kms-key-policy)',
        logArchive: true
    },
    'logs:DescribeLogGroups': { access: 'read', purpose: 'the CloudWatch Logs log group exists' },
    'sns:GetTopicAttributes': { access: 'read', purpose: 'the SNS topic exists and lets CloudTrail publish' },
    'iam:CreateServiceLinkedRole': { access: 'write', purpose: 'create a missing service-linked role' },
    's3:GetBucketLocation': { access: 'read', purpose: 'whether the bucket exists and where', logArchive: true },
    's3:GetBucketPolicy': {
        access: 'read',
        purpose: 'whether the bucket policy lets CloudTrail write',
        logArchive: true
    },
    's3:GetBucketRequestPayment': { access: 'read', purpose: 'Requester Pays must be off', logArchive: true },
    's3:GetBucketPublicAccessBlock': {
        access: 'read',
        purpose: 'posture: the log bucket is not public (CloudTrail.6)',
        logArchive: true
    },
    's3:GetBucketPolicyStatus': {
        access: 'read',
        purpose: 'posture: the log bucket is not public (CloudTrail.6)',
        logArchive: true
    },
    's3:GetBucketLogging': {
        access: 'read',
        purpose: 'posture: access logging on the log bucket (CloudTrail.7)',
        logArchive: true
    },
    's3:GetEncryptionConfiguration': {
        access: 'read',
        purpose: 'create-bucket: the bucket is still encrypted by default',
        logArchive: true
    },
    's3:GetBucketVersioning': {
        access: 'read',
        purpose: 'create-bucket: the bucket is still versioned',
        logArchive: true
    },
    's3:GetBucketOwnershipControls': {
        access: 'read',
        purpose: 'create-bucket: object ownership is still enforced on the bucket',
        logArchive: true
    },
    's3:PutBucketPolicy': {
        access: 'write',
        purpose: 'merge the CloudTrail statements into the bucket policy',
        logArchive: true
    },
    's3:CreateBucket': { access: 'write', purpose: 'create the bucket (create-bucket)', logArchive: true },
    's3:PutBucketPublicAccessBlock': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): Block Public Access',
        logArchive: true
    },
    's3:PutEncryptionConfiguration': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): default encryption',
        logArchive: true
    },
    's3:PutBucketVersioning': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): versioning',
        logArchive: true
    },
    's3:PutBucketOwnershipControls': {
        access: 'write',
        purpose: 'harden the bucket (create-bucket): object ownership enforced',
        logArchive: true
    },
    'cloudtrail:DescribeTrails': {
        access: 'read',
        purpose: 'the trail and the other trails in its home region; member inventory: whether each is multi-region',
        inventory: ['member']
    },
    'cloudtrail:ListTrails': {
        access: 'read',
        purpose: "find the trail in whichever region it is homed, so that no second trail of its name is created; member inventory: every trail of an account, with each one's home region",
        // The management role has it already (check and apply): only the member role adds it.
        inventory: ['member']
    },
    'cloudtrail:GetTrail': {
        access: 'read',
        purpose: 'read a trail found elsewhere (another home region, or the organization trail of a delegated administrator) by its ARN; re-read it after a change'
    },
    'cloudtrail:GetTrailStatus': { access: 'read', purpose: 'whether the trail is logging, and delivery errors' },
    'cloudtrail:GetEventSelectors': {
        access: 'read',
        purpose: 'event selectors, and posture: management events read and write (CloudTrail.1), S3 data events (S3.22, S3.23); member inventory: whether each trail records management events',
        inventory: ['member']
    },
    'cloudtrail:GetInsightSelectors': { access: 'read', purpose: 'insight selectors' },
    'cloudtrail:ListTags': { access: 'read', purpose: 'the trail tags' },
    'cloudtrail:CreateTrail': { access: 'write', purpose: 'create the trail' },
    'cloudtrail:UpdateTrail': { access: 'write', purpose: 'converge the trail settings' },
    'cloudtrail:StartLogging': { access: 'write', purpose: 'start logging' },
    'cloudtrail:PutEventSelectors': { access: 'write', purpose: 'converge event or advanced event selectors' },
    'cloudtrail:PutInsightSelectors': { access: 'write', purpose: 'converge insight selectors' },
    'cloudtrail:AddTags': { access: 'write', purpose: 'add or update declared tags' }
};
/** The actions a mode needs in the role's permission policy: check mode reads only. */
function actionsFor(mode) {
    return Object.keys(IAM_ACTIONS)
        .filter((action) => {
        const info = IAM_ACTIONS[action];
        return (!info.outsidePermissionPolicy &&
            !info.inventoryOnly &&
            (mode === 'apply' || (info.access === 'read' && !info.applyOnly)));
    })
        .sort();
}
/**
 * The Log Archive role's permission policy (log-archive-role-arn): the bucket's and its key's actions of
 * the mode, in the Log Archive account.
 */
function logArchiveActionsFor(mode) {
    const inMode = new Set(actionsFor(mode));
    return Object.keys(IAM_ACTIONS)
        .filter((action) => IAM_ACTIONS[action].logArchive === true && inMode.has(action))
        .sort();
}
/** What log-archive-role-arn adds to the management role's policy, granted on the Log Archive role's ARN. */
function logArchiveAdditionActions() {
    return Object.keys(IAM_ACTIONS)
        .filter((action) => IAM_ACTIONS[action].onLogArchiveRole === true)
        .sort();
}
/**
 * What the member-account inventory needs: 'management', the actions to add to the policy of the role
 * org-trail runs as (beyond what check mode already grants); 'member', the whole policy of the member role.
 */
function inventoryActionsFor(role) {
    const check = new Set(actionsFor('check'));
    return Object.keys(IAM_ACTIONS)
        .filter((action) => {
        const info = IAM_ACTIONS[action];
        if (!info.inventory?.includes(role))
            return false;
        return role === 'member' || !check.has(action);
    })
        .sort();
}


/***/ }),

/***/ 5290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Sent in the user agent of every AWS request, so CloudTrail itself shows which tool made a change. */
const VERSION = '0.1.0';


/***/ }),

/***/ 7458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ MAX_LISTED),
/* harmony export */   m: () => (/* binding */ PROBLEM_KINDS)
/* harmony export */ });
/**
 * The kinds of problem, each a different thing to do for the reader:
 * - digest-missing: a digest the chain names is not in the bucket, or an hour the chain continues across
 *   has no digest (its key is the one that hour's digest would have);
 * - digest-invalid: a digest that is not CloudTrail's: its signature does not verify, its key is not one
 *   CloudTrail published, or it is not a digest at all (format);
 * - digest-moved: a CloudTrail digest found at another place than the one it names as its own;
 * - digest-chain-gap: the chain does not close: a link to another digest than the one before it, or one
 *   that carries another signature than that digest's, or hours off CloudTrail's hourly grid with no
 *   digest while the chain says the trail was logging;
 * - log-file-missing, log-file-invalid: a log file a valid digest lists is gone, or its SHA-256 differs;
 * - stale: the newest digest of an account and region is older than two hours (logs stopped arriving).
 */
const PROBLEM_KINDS = [
    'digest-missing',
    'digest-invalid',
    'digest-moved',
    'digest-chain-gap',
    'log-file-missing',
    'log-file-invalid',
    'stale'
];
/** Entries kept in each list of the report: a tampered bucket must not make the report unbounded. */
const MAX_LISTED = 1000;


/***/ }),

/***/ 6602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ combineShards),
/* harmony export */   sq: () => (/* binding */ integrityFailure),
/* harmony export */   tG: () => (/* binding */ kindsOf)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7458);
// What a verification's result means for the step, and several shards' results as one. Pure.

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "2 log-file-invalid, 1 digest-missing": the kinds found, most frequent first. */
function kindsOf(r) {
    const counts = new Map();
    for (const p of r.problems)
        counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
}
/** Why the step fails over the logs (fail-on-log-integrity), or null when they were verified valid. */
function integrityFailure(r) {
    const problems = r.problems.length + r.omitted.problems;
    switch (r.verdict) {
        case 'valid':
            return null;
        case 'invalid':
            return `Log integrity is invalid: ${plural(problems, 'problem')} in the ${r.window.duration} verified (${kindsOf(r)}) (fail-on-log-integrity is true)`;
        case 'stale':
            return `Logs are stale: ${plural(problems, 'account and region')} delivered no digest for over two hours (fail-on-log-integrity is true)`;
        case 'unverified':
            return r.skipped
                ? `The logs could not be verified: ${r.skipped.replace(/\.$/, '')} (fail-on-log-integrity is true)`
                : `The logs could not all be verified: ${plural(r.unreadable.length + r.omitted.unreadable, 'read')} refused or failed (${[...new Set(r.unreadable.map((u) => u.action))].join(', ')}) (fail-on-log-integrity is true)`;
    }
}
const ORDER = ['invalid', 'stale', 'unverified', 'valid'];
/** The jobs of a matrix (accounts-shard), each a part of the accounts, as one result. */
function combineShards(parts) {
    const first = parts[0];
    if (!first)
        throw new Error('no part to combine');
    const sum = (f) => parts.reduce((n, r) => n + f(r), 0);
    const capped = (lists, omitted) => {
        const all = parts.flatMap(lists);
        return { items: all.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LISTED */ .B), omitted: all.length - Math.min(all.length, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LISTED */ .B) + sum(omitted) };
    };
    const problems = capped((r) => r.problems, (r) => r.omitted.problems);
    const unreadable = capped((r) => r.unreadable, (r) => r.omitted.unreadable);
    const loggingOff = capped((r) => r.loggingOff, (r) => r.omitted.loggingOff);
    const count = first.shard?.count ?? 1;
    const present = new Set(parts.map((r) => r.shard?.index ?? 1));
    const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
    const verdict = ORDER.find((v) => parts.some((r) => r.verdict === v)) ?? 'valid';
    return {
        // A missing job's accounts were not verified at all.
        verdict: missingShards.length > 0 && verdict === 'valid' ? 'unverified' : verdict,
        window: {
            from: parts.map((r) => r.window.from).sort()[0],
            to: parts
                .map((r) => r.window.to)
                .sort()
                .at(-1),
            duration: first.window.duration
        },
        logFiles: parts.every((r) => r.logFiles === 'all') ? 'all' : 'none',
        shard: null,
        counts: {
            accounts: sum((r) => r.counts.accounts),
            regions: Math.max(...parts.map((r) => r.counts.regions)),
            accountRegions: sum((r) => r.counts.accountRegions),
            digests: {
                valid: sum((r) => r.counts.digests.valid),
                invalid: sum((r) => r.counts.digests.invalid),
                unverified: sum((r) => r.counts.digests.unverified)
            },
            logFiles: {
                valid: sum((r) => r.counts.logFiles.valid),
                invalid: sum((r) => r.counts.logFiles.invalid),
                unverified: sum((r) => r.counts.logFiles.unverified)
            },
            bytesHashed: sum((r) => r.counts.bytesHashed)
        },
        problems: problems.items,
        unreadable: unreadable.items,
        loggingOff: loggingOff.items,
        omitted: { problems: problems.omitted, unreadable: unreadable.omitted, loggingOff: loggingOff.omitted },
        skipped: parts.find((r) => r.skipped)?.skipped ?? null,
        missingShards
    };
}


/***/ }),

/***/ 1645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/aws/user-agent.ts
var user_agent = __webpack_require__(5290);
// EXTERNAL MODULE: ./src/apply/error.ts
var apply_error = __webpack_require__(2294);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/aws/actions.ts
var actions = __webpack_require__(1966);
// EXTERNAL MODULE: ./src/aws/cli.ts
var cli = __webpack_require__(1191);
;// CONCATENATED MODULE: ./src/aws/explain.ts




/**
 * AWS's message names "S3 bucket X or KMS key Y": either policy may be the one, and either may have been
 * written by org-trail (manage-bucket-policy, manage-kms-key-policy) or be left to the user, so the fix
 * points to the findings that say which, rather than to an input.
 */
function encryptionPolicyFix(awsMessage) {
    const named = awsMessage.match(/S3 bucket (\S+) or KMS key (\S+?)\.?$/);
    const both = named
        ? `the policy of bucket ${named[1]} and the policy of KMS key ${named[2]}`
        : 'the bucket policy and the KMS key policy';
    return `CloudTrail must be allowed by both ${both}. Run with mode: check: the s3.bucket-policy and kms.key-policy findings show what each lacks, with the statements to add where org-trail may not write them. If this run wrote them and waited for them to propagate, look for a Deny or condition in either policy that applies to cloudtrail.amazonaws.com.`;
}
/** CloudTrail's delegated administrators are registered with CloudTrail's own command, not Organizations'. */
const NOT_MANAGEMENT = {
    title: 'Not the management account',
    fix: `Assume a role in the management account, or register this account as CloudTrail's delegated administrator by running in the management account "${(0,cli/* registerDelegatedAdministratorCommand */.DK)('<this account id>')}" (registering through Organizations does not create the service-linked role CloudTrail needs). Converting between an organization trail and an account trail is for the management account only.`
};
/** What each permanent CloudTrail error means for this action, and what to do about it. */
const KNOWN = {
    OrganizationNotInAllFeaturesModeException: {
        title: 'Organization is not in ALL features mode',
        fix: `From the management account run "${cli/* ENABLE_ALL_FEATURES_COMMAND */.ki}" and have every member account accept the handshake.`
    },
    CloudTrailAccessNotEnabledException: {
        title: 'CloudTrail has no trusted access',
        fix: `Run "${(0,cli/* enableTrustedAccessCommand */._A)()}" from the management account, or set enable-trusted-access: true.`
    },
    NoManagementAccountSLRExistsException: {
        title: 'Service-linked role missing',
        fix: `Run "${(0,cli/* createServiceLinkedRoleCommand */.gg)(cloudtrail/* SERVICE_LINKED_ROLES */.SF.cloudtrail.service)}" in the management account.`
    },
    NotOrganizationMasterAccountException: NOT_MANAGEMENT,
    NotOrganizationManagementAccountException: NOT_MANAGEMENT,
    OrganizationsNotInUseException: {
        title: 'No organization',
        fix: 'The account is in no organization: create one, or set is-organization-trail: false.'
    },
    InsufficientDependencyServiceAccessPermissionException: {
        title: 'Missing Organizations or IAM permissions',
        fix: "CloudTrail needs the caller to have iam:GetRole, iam:CreateServiceLinkedRole, organizations:EnableAWSServiceAccess, organizations:ListAWSServiceAccessForOrganization, organizations:DescribeOrganization and organizations:ListAccounts: add them to the role's policy."
    },
    InsufficientS3BucketPolicyException: {
        title: 'Bucket policy does not let CloudTrail write',
        fix: 'Set manage-bucket-policy: true, or add the statements shown in the s3.bucket-policy finding (run with mode: check to see them).'
    },
    MaximumNumberOfTrailsExceededException: {
        title: 'Too many trails',
        fix: 'The home region already has 5 trails: delete one you no longer need.'
    },
    S3BucketDoesNotExistException: {
        title: 'Bucket does not exist',
        fix: 'Create the bucket first, or fix s3-bucket-name.'
    },
    InvalidHomeRegionException: {
        title: 'Wrong region for this trail',
        fix: "Set aws-region to the trail's home region."
    },
    TrailNotFoundException: { title: 'Trail not found', fix: 'The trail was deleted meanwhile: run again to create it.' },
    InsufficientEncryptionPolicyException: {
        title: 'Bucket or KMS key policy does not let CloudTrail encrypt',
        fix: encryptionPolicyFix
    },
    KmsKeyNotFoundException: {
        title: 'KMS key not found',
        fix: 'Check kms-key-id: the key must exist in the same region as the bucket.'
    },
    KmsException: {
        title: 'KMS key unusable',
        fix: "The key must be an enabled, symmetric customer managed key in the bucket's region."
    },
    KmsKeyDisabledException: {
        title: 'KMS key disabled',
        fix: `Enable the key (${(0,cli/* enableKeyCommand */.Ee)()}) or choose another.`
    },
    InvalidKmsKeyIdException: {
        title: 'Invalid KMS key',
        fix: "Check kms-key-id: a key id, key ARN, alias name or alias ARN of a key in the bucket's region."
    },
    InvalidCloudWatchLogsLogGroupArnException: {
        title: 'CloudWatch Logs log group rejected',
        fix: 'Check cloud-watch-logs-log-group-arn (it must exist, in this account) and that the role may write to it.'
    },
    InvalidCloudWatchLogsRoleArnException: {
        title: 'CloudWatch Logs role rejected',
        fix: "The role must exist in this account, trust cloudtrail.amazonaws.com, allow logs:CreateLogStream and logs:PutLogEvents on the trail's log streams, and the caller needs iam:PassRole on it."
    },
    InsufficientSnsTopicPolicyException: {
        title: 'SNS topic policy does not let CloudTrail publish',
        fix: 'Add the statement shown in the sns.topic finding to the topic policy (run with mode: check to see it).'
    },
    InvalidEventSelectorsException: {
        title: 'Event selectors rejected',
        fix: 'Check event-selectors or advanced-event-selectors: at most 5 event selectors, 250 data resources, 500 advanced values, and valid field names.'
    },
    InvalidInsightSelectorsException: {
        title: 'Insight selectors rejected',
        fix: 'Check insight-selectors: ApiCallRateInsight and ApiErrorRateInsight, each once.'
    },
    InsightNotEnabledException: {
        title: 'Insights not enabled',
        fix: 'Insights could not be enabled on this trail; check insight-selectors.'
    }
};
/** One annotation's worth for any error: what failed, why, and what to do. */
function explain(error) {
    if (error instanceof errors/* ActionError */.lZ)
        return { title: error.title, message: error.message };
    if (error instanceof errors/* AwsCallError */.iQ) {
        const details = [
            error.requestId ? `request id ${error.requestId}` : '',
            error.attempts !== undefined && error.attempts > 1 ? `after ${error.attempts} attempts` : ''
        ].filter((d) => d !== '');
        const where = details.length > 0 ? ` (${details.join(', ')})` : '';
        // AWS's messages usually end with a full stop; ours adds one.
        const said = error.awsMessage.replace(/[.\s]+$/, '');
        if ((0,errors/* isAccessDenied */.w7)(error.code)) {
            return {
                title: `Permission denied: ${error.action}`,
                message: `AWS refused ${error.action}${where}: ${said}. Add "${error.action}" to the permission policy of the role org-trail uses (${actions/* IAM_ACTIONS */.Kr[error.action].purpose}).`
            };
        }
        const known = KNOWN[error.code];
        if (known) {
            const fix = typeof known.fix === 'string' ? known.fix : known.fix(said);
            return { title: known.title, message: `${error.action} failed with ${error.code}${where}: ${said}. ${fix}` };
        }
        const transient = error.attempts !== undefined && error.attempts > 1;
        return {
            title: `${error.action} failed`,
            message: `${error.action} failed with ${error.code}${where}: ${said}.${transient ? ' The SDK retried it and gave up: AWS or the network is failing; run again later — the next run picks up where this one stopped.' : ''}`
        };
    }
    return { title: (0,errors/* errorCode */.CA)(error), message: (0,errors/* errorMessage */.gJ)(error) };
}

// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(4671);
// EXTERNAL MODULE: ./src/settings/read.ts + 6 modules
var read = __webpack_require__(7991);
// EXTERNAL MODULE: ./src/report/changes.ts
var changes = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __webpack_require__(3304);
// EXTERNAL MODULE: ./src/report/record.ts
var record = __webpack_require__(3498);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/step.ts
var step = __webpack_require__(4614);
;// CONCATENATED MODULE: ./src/report/publish-failure.ts
// Publishing a run that ended without an Outcome: invalid inputs, or an error at any later stage (the
// session, a read, apply part-way). Each says what failed, the fix, and what was and was not done.











/** One titled annotation per problem, the summary listing them, and the step's failure: no AWS request. */
async function publishInvalidInputs(problems) {
    const report = (0,read/* invalidInputsReport */.XO)(problems);
    for (const a of report.annotations)
        core/* error */.z3(a.message, { title: a.title });
    await (0,step/* writeSummary */.Sy)((0,failure.renderInvalidInputs)(problems)).catch(() => undefined);
    (0,step/* fail */.fJ)(report.failure);
}
/**
 * The error a run stopped on, explained: one titled annotation, the JSON report (once the inputs were
 * valid), the failure summary, and exit code 1. `progress` is null while the inputs are not yet known.
 */
async function publishFailure(error, progress, secrets, run) {
    const cause = error instanceof apply_error/* ApplyError */.d ? error.cause : error;
    const { title, message } = explain(cause);
    const trailName = progress?.settings.trail.name ?? '';
    const planned = progress?.planned?.plan.changes ?? null;
    const doneInOrder = (0,outcome.writtenBefore)(error, progress?.planned?.plan ?? null);
    const done = doneInOrder.length > 0
        ? ` Done before the failure: ${(0,changes/* describeChanges */.DT)(doneInOrder, trailName)
            .map((c) => c.what)
            .join('; ')}. The next run continues from there.`
        : '';
    core/* error */.z3((0,redact/* redact */.E)(`${message}${done}`, secrets), { title });
    if (progress !== null) {
        const failed = (0,outcome.failedRunOf)(progress, { title, message: `${message}${done}` }, doneInOrder);
        await (0,step/* writeReport */.u5)(progress.settings.reportPath, (0,record/* failureReport */.LK)(failed, run, new Date()), secrets);
    }
    const help = cause instanceof errors/* ActionError */.lZ ? cause.help : {};
    const summary = (0,failure/* renderFailure */.z)({
        trailName,
        title,
        message,
        ...(help.fix ? { fix: help.fix } : {}),
        ...(help.facts ? { facts: help.facts } : {}),
        ...(error instanceof apply_error/* ApplyError */.d && planned ? { partWay: { planned, done: doneInOrder } } : {})
    });
    await (0,step/* writeSummary */.Sy)((0,redact/* redact */.E)(summary, secrets)).catch(() => undefined);
    // The titled annotation above is the message; setFailed would print it a second time. 1 is
    // core.ExitCode.Failure, which @github/local-action's stand-in of @actions/core does not export.
    process.exitCode = 1;
}

// EXTERNAL MODULE: ./src/report/report-files.ts
var report_files = __webpack_require__(604);
// EXTERNAL MODULE: ./src/report/log-integrity.ts
var log_integrity = __webpack_require__(7434);
;// CONCATENATED MODULE: ./src/report/rollup.ts

const STATUS_ICON = {
    created: '🟢',
    updated: '🟢',
    unchanged: '🟢',
    'in-sync': '🟢',
    drift: '🟠',
    blocked: '🔴',
    failed: '🔴'
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => (s === '' ? '—' : `\`${s.replace(/`/g, "'")}\``);
function organizationOf(r) {
    return r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown';
}
/** The gathered reports of a matrix over organizations, as one job summary. Pure. */
function renderRollup(entries) {
    const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []));
    const problems = entries.flatMap((e) => ('problem' in e ? [e] : []));
    const failedRuns = reports.filter((r) => r.conclusion === 'failure');
    const logs = (0,log_integrity/* renderIntegrityRollup */.ES)(reports);
    const failures = [
        ...failedRuns.map((r) => `${organizationOf(r)} (${r.trail.homeRegion}): ${r.status}`),
        ...problems.map((p) => `${p.source}: ${p.problem}`),
        ...logs.failures
    ];
    const lines = [];
    const headline = failures.length === 0 ? '🟢 every run passed' : `🔴 ${failures.length} need attention`;
    lines.push(`## org-trail · ${reports.length} organization${reports.length === 1 ? '' : 's'} · ${headline}`, '');
    if (reports.length > 0) {
        lines.push('| Organization | Region | Trail | Status | Logging | Blockers | Changes |');
        lines.push('|---|---|---|---|---|---|---|');
        for (const r of reports) {
            const blockers = r.findings.filter((f) => f.severity === 'blocker').length;
            const logging = r.trail.isLogging === null ? '—' : r.trail.isLogging ? 'yes' : '**no**';
            lines.push(`| ${code(organizationOf(r))} | ${cell(r.trail.homeRegion)} | ${code(r.trail.name)} | ${STATUS_ICON[r.status]} ${r.status} | ${logging} | ${blockers} | ${r.changes.length} |`);
        }
        lines.push('');
    }
    if (logs.markdown)
        lines.push(logs.markdown, '');
    if (problems.length > 0) {
        lines.push('### Reports that could not be read', '');
        for (const p of problems)
            lines.push(`- ${code(p.source)}: ${cell(p.problem)}`);
        lines.push('');
    }
    for (const r of failedRuns) {
        lines.push(`### ${organizationOf(r)} · ${r.trail.homeRegion} · ${r.status}`, '');
        for (const f of r.failures)
            lines.push(`- ${cell(f)}`);
        const withFix = r.findings.filter((f) => f.severity === 'blocker' && f.fix !== '');
        for (const f of withFix)
            lines.push('', `**${cell(f.title)}**`, '', '```sh', f.fix, '```');
        const link = r.run.repository && r.run.runId ? `${r.run.repository} run ${r.run.runId}` : '';
        if (link)
            lines.push('', `From ${cell(link)} (attempt ${r.run.runAttempt || '1'}), ${r.run.finishedAt}.`);
        lines.push('');
    }
    return { markdown: lines.join('\n'), failed: failures.length > 0, failures };
}

;// CONCATENATED MODULE: ./src/report/publish-rollup.ts
// summarize mode: the reports of other runs, gathered into one job summary; no AWS request.




/** The roll-up of the reports the paths name; the step fails when any run failed or any report is unusable. */
async function publishRollup(reports) {
    const entries = await (0,report_files/* readReportFiles */.A)(reports);
    const rollup = renderRollup(entries);
    await (0,step/* writeSummary */.Sy)(rollup.markdown);
    core/* setOutput */.uH('status', rollup.failed ? 'failed' : 'passed');
    core/* info */.pq(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`);
    if (rollup.failed)
        (0,step/* fail */.fJ)(rollup.failures.join('; '));
}

;// CONCATENATED MODULE: ./src/main.ts






/**
 * The stages that need the AWS SDK. They are loaded only once the inputs are valid, and while the OIDC
 * token request is in flight (started by start.ts: while STS answers): an invalid input costs no SDK
 * load, and a valid run overlaps the two.
 */
function loadStages() {
    return Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(503), __webpack_require__.e(764), __webpack_require__.e(695), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 11)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(503), __webpack_require__.e(764), __webpack_require__.e(695), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 201)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(503), __webpack_require__.e(764), __webpack_require__.e(695), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 5917)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1600)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(503), __webpack_require__.e(764), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 1686)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 2931)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4671)),
        __webpack_require__.e(/* import() */ 345).then(__webpack_require__.bind(__webpack_require__, 8345))
    ]);
}
/** Starts the token request now when it can be made; openSession reports any failure of it. */
function requestTokenEarly(auth) {
    if (auth.kind !== 'oidc' || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return undefined;
    const token = core/* getIDToken */.V9(auth.audience);
    token.catch(() => undefined);
    return token;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The pipeline, in order: settings, session, observe, plan, apply, re-read, outcome, publish. It decides
 * nothing itself; its one catch publishes whatever error ends the run.
 */
async function run(started) {
    // When the process started (start.ts may have validated and asked for the token before this module loaded).
    const startedAt = new Date(performance.timeOrigin);
    const secrets = [];
    // Account ids are registered as secrets as soon as they are known, before any line could print them.
    const mask = (accountId) => {
        if (accountId === '' || secrets.includes(accountId))
            return;
        secrets.push(accountId);
        core/* setSecret */.Pq(accountId);
    };
    let progress = null;
    try {
        const parsed = started ? { ok: true, settings: started.settings } : await (0,read/* readSettings */.sb)(core/* getInput */.V4);
        if (!parsed.ok)
            return await publishInvalidInputs(parsed.problems);
        if (parsed.settings.mode === 'summarize')
            return await publishRollup(parsed.settings.reports);
        const settings = parsed.settings;
        progress = { settings, identity: null, planned: null };
        // The role's account is known before any call: mask it before an assume-role failure could print it.
        if (settings.maskAccountId && settings.auth.kind === 'oidc')
            mask(settings.auth.roleArn.split(':')[4] ?? '');
        if (settings.maskAccountId && settings.logArchive)
            mask(settings.logArchive.roleArn.split(':')[4] ?? '');
        const token = started?.token ?? requestTokenEarly(settings.auth);
        const [{ openSession, openLogArchiveSession, logArchiveDuration }, { Clients }, { observe }, { plan }, { apply }, { reread }, { organizationIdOf, outcomeOf, withLogIntegrity }, { publish }] = await loadStages();
        const session = await (started?.session ??
            openSession(settings.auth, settings.region, {
                getIDToken: (audience) => token ?? core/* getIDToken */.V9(audience),
                setSecret: core/* setSecret */.Pq,
                env: process.env
            }));
        if (settings.maskAccountId)
            mask(session.identity.accountId);
        progress = { ...progress, identity: session.identity };
        const clients = new Clients({
            region: settings.region,
            ...(session.credentials ? { credentials: session.credentials } : {})
        });
        core/* info */.pq(`Running as ${session.identity.arn} in ${settings.region} (mode: ${settings.mode})`);
        // The bucket (and a key of that account) are reached through the Log Archive role, chained from this session.
        const logArchive = settings.logArchive
            ? await openLogArchiveSession(clients, session.identity, { ...settings.logArchive, durationSeconds: logArchiveDuration(settings.auth) }, core/* setSecret */.Pq)
            : undefined;
        if (logArchive)
            core/* info */.pq(`The bucket is reached as ${logArchive.identity.arn}`);
        const observed = await observe(clients, settings, session.identity, core/* info */.pq, logArchive);
        const thePlan = plan(settings, observed);
        if (settings.maskAccountId)
            mask(thePlan.managementAccountId);
        progress = { ...progress, planned: { plan: thePlan, organizationId: organizationIdOf(observed) } };
        if (settings.maskAccountId)
            for (const account of thePlan.members?.accounts ?? [])
                mask(account.accountId);
        let applied = null;
        if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
            const result = await apply(thePlan, { allowDestructiveChanges: settings.allowDestructiveChanges }, { clients, log: core/* info */.pq, sleep, ...(logArchive ? { logArchive: logArchive.clients } : {}) });
            applied = { result, final: await reread(clients, result.trailArn, thePlan.homeRegion) };
        }
        let outcome = outcomeOf(settings, observed, thePlan, applied);
        if (settings.logIntegrity) {
            // Loaded only when verify-logs is set: the other runs' start stays as fast.
            const { verifyLogs } = await Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(503), __webpack_require__.e(695), __webpack_require__.e(990), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 7475));
            const logs = await verifyLogs({
                clients,
                s3: (logArchive?.clients ?? clients).s3(),
                settings: settings.logIntegrity,
                trail: outcome.trail,
                organizationId: outcome.organizationId,
                log: core/* info */.pq
            });
            if (settings.maskAccountId)
                for (const a of [...logs.problems, ...logs.unreadable])
                    mask(a.account);
            outcome = withLogIntegrity(outcome, logs, settings.logIntegrity.failOnProblem);
        }
        await publish(outcome, settings, secrets, (0,record/* runContextOf */.kv)(process.env, user_agent/* VERSION */.x, startedAt));
    }
    catch (error) {
        await publishFailure(error, progress, secrets, (0,record/* runContextOf */.kv)(process.env, user_agent/* VERSION */.x, startedAt));
    }
}


/***/ }),

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TP: () => (/* binding */ METHOD_NOT_ALLOWED),
/* harmony export */   jk: () => (/* binding */ readBucket)
/* harmony export */ });
/* unused harmony export bucketRegion */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);



const NO_BUCKET = 'NoSuchBucket';
/** S3's answer to GetBucketPolicy/PutBucketPolicy from an identity outside the bucket owner's account (HTTP 405). */
const METHOD_NOT_ALLOWED = 'MethodNotAllowed';
/** A 405 is named MethodNotAllowed whatever the body said (a HEAD-like answer has none to name it). */
async function naming405(send) {
    try {
        return await send();
    }
    catch (error) {
        const status = error?.$metadata?.httpStatusCode;
        if (status !== 405)
            throw error;
        throw Object.assign(new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)), { name: METHOD_NOT_ALLOWED });
    }
}
/** S3 reports us-east-1 as no constraint and eu-west-1 by its legacy name. */
function bucketRegion(constraint) {
    if (!constraint)
        return 'us-east-1';
    if (constraint === 'EU')
        return 'eu-west-1';
    return constraint;
}
/** The settings a bucket org-trail creates is hardened with, besides its public access block and policy. */
async function readHardening(s3, Bucket) {
    const [encryption, versioning, ownership] = await Promise.all([
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetEncryptionConfiguration', async () => {
            const rules = (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketEncryptionCommand */ .tQT({ Bucket }))).ServerSideEncryptionConfiguration
                ?.Rules;
            const rule = rules?.[0]?.ApplyServerSideEncryptionByDefault;
            return rule?.SSEAlgorithm ? { algorithm: rule.SSEAlgorithm, kmsKeyId: rule.KMSMasterKeyID ?? '' } : null;
        }, { ServerSideEncryptionConfigurationNotFoundError: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketVersioning', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketVersioningCommand */ ._rj({ Bucket }))).Status ?? null, {
            [NO_BUCKET]: null
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketOwnershipControls', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketOwnershipControlsCommand */ .$rC({ Bucket }))).OwnershipControls?.Rules?.[0]
            ?.ObjectOwnership ?? null, { OwnershipControlsNotFoundError: null, [NO_BUCKET]: null })
    ]);
    return { encryption, versioning, ownership };
}
/** hardening: create-bucket is true, so the settings it hardens the bucket with are read too. */
async function readBucket(clients, name, hardening = false) {
    const s3 = clients.s3();
    const Bucket = name;
    const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging, hardened] = await Promise.all([
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketLocation', async () => bucketRegion((await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketLocationCommand */ .r_J({ Bucket }))).LocationConstraint), { [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPolicy', () => naming405(async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketPolicyCommand */ .mCJ({ Bucket }))).Policy ?? null), { NoSuchBucketPolicy: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketRequestPayment', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketRequestPaymentCommand */ .Tbr({ Bucket }))).Payer === 'Requester', {
            [NO_BUCKET]: false
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPublicAccessBlock', async () => {
            const c = (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetPublicAccessBlockCommand */ .GLk({ Bucket }))).PublicAccessBlockConfiguration;
            return {
                blockPublicAcls: c?.BlockPublicAcls === true,
                ignorePublicAcls: c?.IgnorePublicAcls === true,
                blockPublicPolicy: c?.BlockPublicPolicy === true,
                restrictPublicBuckets: c?.RestrictPublicBuckets === true
            };
        }, { NoSuchPublicAccessBlockConfiguration: null, [NO_BUCKET]: null }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketPolicyStatus', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketPolicyStatusCommand */ .y3E({ Bucket }))).PolicyStatus?.IsPublic === true, {
            NoSuchBucketPolicy: false,
            [NO_BUCKET]: false
        }),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('s3:GetBucketLogging', async () => (await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketLoggingCommand */ .Bdv({ Bucket }))).LoggingEnabled !== undefined, {
            [NO_BUCKET]: false
        }),
        hardening ? readHardening(s3, Bucket) : undefined
    ]);
    const expectedOwner = clients.expectedBucketOwner;
    return {
        name,
        ...(expectedOwner ? { expectedOwner } : {}),
        region,
        policy,
        requesterPays,
        publicAccessBlock,
        policyIsPublic,
        accessLogging,
        ...(hardened ? { hardening: hardened } : {})
    };
}


/***/ }),

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ s3DataEventCoverage),
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
const ALL_BUCKETS = new Set(['arn:aws:s3', 'arn:aws:s3:::', 'arn:aws-cn:s3', 'arn:aws-us-gov:s3']);
/**
 * Only selectors that cover every bucket count: a list of buckets, or an advanced selector narrowed by
 * ARN, event name or anything else, leaves objects of other buckets unlogged. A trail without selectors
 * logs no data events (CloudTrail's default).
 */
function s3DataEventCoverage(selectors, advanced) {
    let read = false;
    let write = false;
    for (const s of selectors) {
        const allBuckets = (s.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => ALL_BUCKETS.has(v)));
        if (!allBuckets)
            continue;
        const type = s.ReadWriteType ?? 'All';
        if (type !== 'WriteOnly')
            read = true;
        if (type !== 'ReadOnly')
            write = true;
    }
    for (const s of advanced) {
        const fields = s.FieldSelectors ?? [];
        const equals = (field, value) => fields.some((f) => f.Field === field &&
            Array.isArray(f.Equals) &&
            f.Equals.length === 1 &&
            f.Equals[0] === value);
        if (!equals('eventCategory', 'Data') || !equals('resources.type', 'AWS::S3::Object'))
            continue;
        const other = fields.filter((f) => !['eventCategory', 'resources.type', 'readOnly'].includes(String(f.Field)));
        if (other.length > 0)
            continue;
        const readOnly = fields.find((f) => f.Field === 'readOnly');
        if (readOnly === undefined) {
            read = true;
            write = true;
        }
        else if (equals('readOnly', 'true'))
            read = true;
        else if (equals('readOnly', 'false'))
            write = true;
    }
    return { read, write };
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ kmsKeyAccount),
/* harmony export */   Z8: () => (/* binding */ readKmsKey)
/* harmony export */ });
/* unused harmony export kmsKeyRegion */
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7694);

/** The region a key reference names, when it is an ARN; else the region CloudTrail resolves it in. */
function kmsKeyRegion(keyId, homeRegion) {
    return keyId.startsWith('arn:') ? (keyId.split(':')[3] ?? homeRegion) : homeRegion;
}
/** The account a key ARN carries; '' for a key id or alias (they name a key of the caller's account). */
function kmsKeyAccount(keyId) {
    return keyId.startsWith('arn:') ? (keyId.split(':')[4] ?? '') : '';
}
/**
 * The key, found by id, ARN or alias; null when it does not exist. Its policy follows from its id. A key
 * of another account than `sessionAccount` is described (its key policy may allow that across accounts)
 * and its rotation read, but its policy is not asked for: KMS serves GetKeyPolicy only in the key's account.
 */
async function readKmsKey(clients, keyId, homeRegion, sessionAccount) {
    const [kms, { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand }] = await Promise.all([
        clients.kms(kmsKeyRegion(keyId, homeRegion)),
        __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))
    ]);
    const described = await (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:DescribeKey', async () => (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata ?? null, {
        NotFoundException: null
    });
    if (!described.ok || described.value === null)
        return described;
    const meta = described.value;
    const arn = meta.Arn ?? keyId;
    const owner = kmsKeyAccount(arn);
    const foreign = owner !== '' && owner !== sessionAccount;
    const [policy, rotationEnabled] = await Promise.all([
        foreign
            ? { ok: true, value: null }
            : (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:GetKeyPolicy', async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }))).Policy ?? null),
        (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .read */ .L)('kms:GetKeyRotationStatus', async () => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: arn }))).KeyRotationEnabled === true)
    ]);
    if (!policy.ok)
        return policy;
    return {
        ok: true,
        value: {
            arn,
            region: arn.split(':')[3] ?? homeRegion,
            keyState: meta.KeyState ?? 'Unknown',
            symmetric: (meta.KeySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' &&
                (meta.KeyUsage ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT',
            keyManager: meta.KeyManager ?? 'CUSTOMER',
            policy: policy.value,
            ...(foreign ? { foreignAccountId: owner } : {}),
            rotationEnabled
        }
    };
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
/* unused harmony export valueOr */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

/**
 * Runs one read. `absent` turns the error codes that mean "not there" into a value; any other failure
 * becomes a ReadFailure that the plan reports, so one denied read never hides the others.
 */
async function read(action, send, absent = {}) {
    try {
        return { ok: true, value: await send() };
    }
    catch (error) {
        const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
        if (Object.hasOwn(absent, code))
            return { ok: true, value: absent[code] };
        // A read made of several calls names the one that failed.
        const failedAction = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.action : action;
        const message = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.awsMessage : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        return { ok: false, failure: { action: failedAction, code, message } };
    }
}
function valueOr(result, fallback) {
    return result.ok ? result.value : fallback;
}


/***/ }),

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeCount: () => (/* binding */ changeCount),
/* harmony export */   failedRunOf: () => (/* binding */ failedRunOf),
/* harmony export */   failuresOf: () => (/* binding */ failuresOf),
/* harmony export */   inPlanOrder: () => (/* binding */ inPlanOrder),
/* harmony export */   organizationIdOf: () => (/* binding */ organizationIdOf),
/* harmony export */   outcomeOf: () => (/* binding */ outcomeOf),
/* harmony export */   postureAfterApply: () => (/* binding */ postureAfterApply),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   withLogIntegrity: () => (/* binding */ withLogIntegrity),
/* harmony export */   writtenBefore: () => (/* binding */ writtenBefore)
/* harmony export */ });
/* harmony import */ var _apply_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2294);
/* harmony import */ var _integrity_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6602);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1600);
/* harmony import */ var _plan_posture_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1435);
/* harmony import */ var _report_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9059);






/**
 * The writes in the plan's order, whatever order they finished in: apply runs the writes of a stage
 * together, so the order they complete in differs from run to run, and outputs must not.
 */
function inPlanOrder(applied, planned) {
    const rank = (c) => {
        const i = planned.indexOf(c);
        return i === -1 ? planned.length : i;
    };
    return applied
        .map((change, index) => ({ change, index }))
        .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
        .map(({ change }) => change);
}
/** How many changes a report counts: one per row of the changes table and entry of the `changes` output. */
function changeCount(changes, trailName) {
    return (0,_report_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .describeChanges */ .DT)(changes, trailName).length;
}
/**
 * The posture findings after a successful apply, judged on the trail as AWS reports it now (re-read)
 * and on the selectors this run wrote, in place of the plan's "now → after apply".
 */
function postureAfterApply(settings, observed, final, applied, findings) {
    const wrote = applied.find((c) => c.kind === 'put-event-selectors');
    const created = applied.some((c) => c.kind === 'create-trail');
    const selectors = wrote
        ? { event: wrote.eventSelectors ?? [], advanced: wrote.advancedEventSelectors ?? [] }
        : created
            ? { event: [], advanced: [] }
            : null;
    const before = observed.trail;
    const trail = final.trail
        ? {
            config: final.trail,
            status: final.status
                ? { ok: true, value: final.status }
                : (before?.status ?? { ok: true, value: { isLogging: false } }),
            managementEvents: selectors
                ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced) }
                : (before?.managementEvents ?? { ok: true, value: { any: true, readAndWrite: true } }),
            ...(selectors
                ? { selectors: { ok: true, value: selectors } }
                : before?.selectors
                    ? { selectors: before.selectors }
                    : {})
        }
        : null;
    const rejudged = (0,_plan_posture_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPosture */ .p)((0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__.contextOf)(settings, { ...observed, trail }), { afterApply: false }).map((s) => s.finding);
    return [...findings.filter((f) => f.category !== 'posture'), ...rejudged];
}
function statusOf(mode, plan, applied) {
    if (plan.blocked)
        return 'blocked';
    if (mode === 'check')
        return plan.changes.length > 0 ? 'drift' : 'in-sync';
    if (applied?.created)
        return 'created';
    return applied && applied.count > 0 ? 'updated' : 'unchanged';
}
/** Why the step should fail, per the inputs that decide it; blockers always do. */
function failuresOf(settings, status, findings, changes) {
    const failures = [];
    const blockers = findings.filter((f) => f.severity === 'blocker');
    if (blockers.length > 0) {
        failures.push(`${blockers.length} blocker${blockers.length > 1 ? 's' : ''}: ${blockers.map((b) => b.title).join('; ')}`);
    }
    if (status === 'drift' && settings.failOnDrift) {
        const n = changeCount(changes, settings.trail.name);
        failures.push(`Drift: apply would make ${n} change${n > 1 ? 's' : ''} (fail-on-drift is true)`);
    }
    // A control apply would fix is drift, not a posture failure: it fails with fail-on-drift.
    const posture = findings.filter((f) => f.category === 'posture' && f.severity === 'warning');
    if (settings.failOnPosture && posture.length > 0) {
        failures.push(`${posture.length} posture finding${posture.length > 1 ? 's' : ''}: ${posture.map((p) => p.id).join(', ')} (fail-on-posture is true)`);
    }
    return failures;
}
/** The organization's id (o-…); null when the organization could not be read. */
function organizationIdOf(observed) {
    return observed.organization.ok ? (observed.organization.value?.id ?? null) : null;
}
/**
 * The Outcome of a run that got to its plan: after apply (`applied`), the trail as re-read and the writes
 * made, with the posture judged again; otherwise (check mode, blocked, nothing to write) the trail as
 * observed and the writes apply would make.
 */
function outcomeOf(settings, observed, plan, applied) {
    const base = {
        mode: settings.mode,
        trailName: settings.trail.name,
        findings: plan.findings,
        identity: observed.identity,
        managementAccountId: plan.managementAccountId,
        organizationId: organizationIdOf(observed),
        homeRegion: plan.homeRegion,
        ...(plan.members ? { members: plan.members } : {})
    };
    if (applied) {
        const { result, final } = applied;
        const changes = inPlanOrder(result.applied, plan.changes);
        const status = statusOf(settings.mode, plan, { created: result.created, count: changes.length });
        const findings = postureAfterApply(settings, observed, final, changes, plan.findings);
        return {
            ...base,
            findings,
            status,
            trailArn: result.trailArn,
            trail: final.trail,
            trailStatus: final.status,
            changes,
            adopted: result.adopted,
            failures: failuresOf(settings, status, findings, changes)
        };
    }
    const status = statusOf(settings.mode, plan, null);
    return {
        ...base,
        status,
        trailArn: plan.trailArn,
        trail: observed.trail?.config ?? null,
        trailStatus: observed.trail?.status.ok ? observed.trail.status.value : null,
        changes: plan.changes,
        adopted: false,
        failures: failuresOf(settings, status, plan.findings, plan.changes)
    };
}
/** The Outcome with the verification of its logs, which fails the step unless fail-on-log-integrity is false. */
function withLogIntegrity(outcome, logIntegrity, failOnProblem) {
    const failure = failOnProblem ? (0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .integrityFailure */ .sq)(logIntegrity) : null;
    return { ...outcome, logIntegrity, failures: failure ? [...outcome.failures, failure] : outcome.failures };
}
/**
 * The writes made before the error, reported in the plan's order as the changes output would have been;
 * none unless apply failed part-way.
 */
function writtenBefore(error, plan) {
    if (!(error instanceof _apply_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApplyError */ .d))
        return [];
    return plan ? plan.changes.filter((c) => error.applied.includes(c)) : [...error.applied];
}
/** The record of a run that stopped on an error, as far as it got. */
function failedRunOf(progress, error, applied) {
    const { settings, identity, planned } = progress;
    return {
        mode: settings.mode,
        trailName: settings.trail.name,
        homeRegion: settings.region,
        identity,
        plan: planned
            ? {
                trailArn: planned.plan.trailArn,
                managementAccountId: planned.plan.managementAccountId,
                organizationId: planned.organizationId,
                findings: planned.plan.findings
            }
            : null,
        error,
        applied
    };
}


/***/ }),

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contextOf: () => (/* binding */ contextOf),
  plan: () => (/* binding */ plan),
  stageOf: () => (/* binding */ stageOf)
});

// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(5770);
// EXTERNAL MODULE: ./src/plan/members.ts
var plan_members = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/plan/posture.ts
var posture = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/aws/cli.ts
var cli = __webpack_require__(1191);
// EXTERNAL MODULE: ./src/plan/findings.ts
var findings = __webpack_require__(7913);
;// CONCATENATED MODULE: ./src/plan/organization.ts
// The organization's part: who the caller is, the organization and its features, trusted access and
// the service-linked roles CloudTrail needs.



function checkCaller(ctx) {
    const { identity } = ctx.observed;
    const id = 'caller.management-account';
    if (ctx.callerIsManagement || !ctx.settings.trail.isOrganizationTrail) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Caller may manage the trail',
            detail: `Running as ${identity.arn}.`
        });
    }
    const delegated = ctx.observed.delegatedAdministrator;
    const mgmt = ctx.managementAccountId;
    if (delegated?.ok && delegated.value) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Caller is a delegated administrator for CloudTrail',
            detail: `Account ${identity.accountId} is registered; the trail ARN carries the management account ${mgmt}.`
        });
    }
    const register = (0,cli/* registerDelegatedAdministratorCommand */.DK)(identity.accountId);
    if (delegated && !delegated.ok) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title: 'Caller is not the management account',
            detail: `Account ${identity.accountId} is not the management account ${mgmt}, and whether it is a delegated administrator for CloudTrail could not be read (${delegated.failure.code}). CloudTrail will refuse if it is not.`,
            remediation: `# Use a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
        });
    }
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Caller cannot create an organization trail',
        detail: `Account ${identity.accountId} is neither the management account ${mgmt} nor a delegated administrator for CloudTrail: the wrong role was assumed.`,
        remediation: `# Set role-to-assume to a role in the management account ${mgmt}, or register this account (run in the management account):\n${register}`
    });
}
function checkOrganization(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail)
        return [];
    const org = ctx.observed.organization;
    if (!org.ok)
        return [(0,findings/* unreadable */.O$)({ id: 'organization.exists', title: 'Organization', failure: org.failure })];
    if (org.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id: 'organization.exists',
                severity: 'blocker',
                title: 'Account is in no organization',
                detail: `Account ${ctx.observed.identity.accountId} belongs to no AWS Organizations organization, so it cannot have an organization trail.`,
                remediation: `# Create the organization from this account, or set the input is-organization-trail: false.\n${cli/* CREATE_ORGANIZATION_COMMAND */.nQ}`
            })
        ];
    }
    const steps = [
        (0,findings/* prerequisite */.l1)({
            id: 'organization.exists',
            severity: 'ok',
            title: 'Organization',
            detail: `Organization ${org.value.id}, management account ${org.value.managementAccountId}.`
        })
    ];
    if (org.value.featureSet !== 'ALL') {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'organization.all-features',
            severity: 'blocker',
            title: 'Organization is not in ALL features mode',
            detail: `Organization ${org.value.id} has only consolidated billing (${org.value.featureSet}); CloudTrail organization trails need all features. Enabling them starts a handshake that every member account must accept, so org-trail never starts it.`,
            remediation: `# From the management account; then every member account must accept the handshake\n# (aws organizations list-handshakes-for-account, aws organizations accept-handshake).\n${cli/* ENABLE_ALL_FEATURES_COMMAND */.ki}`
        }));
    }
    else {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'organization.all-features',
            severity: 'ok',
            title: 'All features enabled',
            detail: `Organization ${org.value.id} is in ALL features mode.`
        }));
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
    const title = `Trusted access for ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX}`;
    const access = ctx.observed.trustedAccess;
    if (!access.ok)
        return [(0,findings/* unreadable */.O$)({ id, title, failure: access.failure })];
    if (access.value)
        return [(0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'CloudTrail is a trusted service of the organization.' })];
    const command = (0,cli/* enableTrustedAccessCommand */._A)();
    if (!ctx.callerIsManagement) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: 'CloudTrail is not a trusted service, and only the management account can enable it.',
                remediation: `# Run in the management account:\n${command}`
            })
        ];
    }
    if (!ctx.settings.enableTrustedAccess) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: 'CloudTrail is not a trusted service and enable-trusted-access is false.',
                remediation: `# Or set the input enable-trusted-access: true.\n${command}`
            })
        ];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title,
            detail: 'CloudTrail is not a trusted service of the organization.',
            remediation: command,
            changes: [{ kind: 'enable-trusted-access' }]
        })
    ];
}
function checkServiceLinkedRoles(ctx) {
    if (!ctx.settings.trail.isOrganizationTrail || knownWithoutOrganization(ctx))
        return [];
    return Object.keys(cloudtrail/* SERVICE_LINKED_ROLES */.SF).map((role) => checkServiceLinkedRole(ctx, role));
}
function checkServiceLinkedRole(ctx, role) {
    const { roleName, service } = cloudtrail/* SERVICE_LINKED_ROLES */.SF[role];
    const id = `iam.service-linked-role.${role}`;
    const title = `Service-linked role ${roleName}`;
    const command = (0,cli/* createServiceLinkedRoleCommand */.gg)(service);
    if (!ctx.callerIsManagement) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title,
            detail: 'The management account must have it; a delegated administrator cannot check its roles.',
            remediation: `# In the management account, if the role is missing:\n${command}`
        });
    }
    const exists = ctx.observed.serviceLinkedRoles[role];
    if (!exists.ok)
        return (0,findings/* unreadable */.O$)({ id, title, failure: exists.failure });
    if (exists.value)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'Exists in the management account.' });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title,
        detail: `The management account has no ${roleName}; CloudTrail needs it to log for the organization.`,
        remediation: command,
        changes: [{ kind: 'create-service-linked-role', role }]
    });
}

// EXTERNAL MODULE: ./src/policy/bucket.ts
var bucket = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/plan/bucket-hardening.ts
var bucket_hardening = __webpack_require__(3290);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/observe/bucket.ts
var observe_bucket = __webpack_require__(9072);
// EXTERNAL MODULE: ./src/observe/kms.ts
var kms = __webpack_require__(8949);
// EXTERNAL MODULE: ./src/policy/kms.ts
var policy_kms = __webpack_require__(8871);
;// CONCATENATED MODULE: ./src/plan/cross-account.ts
// The Log Archive layout: a bucket or KMS key owned by another account than the management account.
// Who owns it decides what org-trail can check and write, and where the statements CloudTrail needs must
// be added by someone else.






const deniedRead = (r) => !r.ok && (0,errors/* isAccessDenied */.w7)(r.failure.code);
/**
 * What S3's answers say of the bucket's owner. A 405 on GetBucketPolicy: another account's bucket. With
 * ExpectedBucketOwner, a bucket S3 served is that account's, and one whose location and policy reads were
 * both refused is some other account's (a missing permission refuses one read, not both). A bucket that
 * does not exist has no owner.
 */
function bucketOwner(bucket) {
    const { region, policy, expectedOwner } = bucket;
    if (!policy.ok && policy.failure.code === observe_bucket/* METHOD_NOT_ALLOWED */.TP)
        return { kind: 'other-account' };
    if (expectedOwner === undefined)
        return undefined;
    if (region.ok && region.value !== null)
        return { kind: 'expected', accountId: expectedOwner };
    if (deniedRead(region) && deniedRead(policy))
        return { kind: 'unexpected', expectedAccountId: expectedOwner };
    return undefined;
}
/** A policy document of `statements` alone: paste-ready for a resource that has none, else its Statement list. */
function policyDocumentOf(statements) {
    return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
/** The bucket's policy lives in an account org-trail has no session in: S3 answered 405 and no role is given. */
function bucketPolicyElsewhere(ctx, grant) {
    if (bucketOwner(ctx.observed.bucket)?.kind !== 'other-account')
        return null;
    return {
        resource: 'bucket',
        name: ctx.observed.bucket.name,
        accountId: null,
        statements: policyDocumentOf((0,bucket/* ownStatements */.zP)(grant))
    };
}
/**
 * The checks of a bucket owned by another account, when they replace the usual ones: a bucket org-trail
 * cannot read from here (warnings with the statements to add there), or a look-alike the Log Archive role
 * refused (a blocker). Null: the usual checks apply (a Log Archive bucket is then checked through its role).
 */
function checkBucketOwner(ctx, grant) {
    const { bucket } = ctx.observed;
    const { name } = bucket;
    const owner = bucketOwner(bucket);
    const caller = ctx.observed.identity.accountId;
    const id = 's3.bucket-owner';
    if (owner?.kind === 'unexpected') {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `Bucket ${name} is not owned by the Log Archive account`,
                detail: `S3 refused every read of bucket ${name} made with ExpectedBucketOwner ${owner.expectedAccountId}: the bucket is not owned by the Log Archive account ${owner.expectedAccountId} (log-archive-role-arn), so CloudTrail would deliver the organization's logs to another account's bucket. Nothing is written to it.`,
                remediation: `# Use a bucket of the Log Archive account ${owner.expectedAccountId}: set s3-bucket-name to it, or create one there (create-bucket: true with another name).`
            })
        ];
    }
    if (owner?.kind !== 'other-account')
        return null;
    const statements = bucketPolicyElsewhere(ctx, grant)?.statements ?? '';
    const { requesterPays } = bucket;
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title: `Bucket ${name} belongs to another account`,
            detail: `S3 answered s3:GetBucketPolicy with 405 Method Not Allowed: bucket ${name} is owned by another account than ${caller}, so its policy and settings cannot be read from here. CloudTrail checks its policy itself when the trail is created or updated.`,
            remediation: `# To have org-trail check and merge the bucket's policy, give it a role in the owning account:\n# set log-archive-role-arn (see the README's "Log Archive account").`
        }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-exists',
            severity: 'ok',
            title: `Bucket ${name}`,
            detail: `Exists, owned by another account; its region cannot be read from account ${caller}.`
        }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.requester-pays',
            severity: 'warning',
            title: 'Requester Pays not checked',
            detail: requesterPays.ok && requesterPays.value
                ? `Requester Pays is on for bucket ${name}: CloudTrail cannot deliver to it.`
                : `Bucket ${name} belongs to another account; whether Requester Pays is off (CloudTrail cannot deliver otherwise) is for that account to check.`,
            remediation: `# In the account that owns the bucket (Payer must be BucketOwner):\naws s3api get-bucket-request-payment --bucket ${name}`
        }),
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-policy',
            severity: 'warning',
            title: 'Bucket policy is in another account',
            detail: `The policy of bucket ${name} cannot be read from account ${caller}. The statements below must be added in the account that owns the bucket, for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientS3BucketPolicyException).`,
            remediation: statements
        })
    ];
}
/** The owner finding of a bucket read through the Log Archive role, before its usual checks. */
function logArchiveBucketOwned(ctx) {
    const owner = bucketOwner(ctx.observed.bucket);
    if (owner?.kind !== 'expected')
        return [];
    return [
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-owner',
            severity: 'ok',
            title: `Bucket ${ctx.observed.bucket.name} is the Log Archive account's`,
            detail: `Owned by the Log Archive account ${owner.accountId}; read and written through log-archive-role-arn, every request with ExpectedBucketOwner ${owner.accountId}.`
        })
    ];
}
const LOG_ARCHIVE_KINDS = new Set([
    'create-bucket',
    'harden-bucket',
    'put-bucket-policy',
    'put-key-policy'
]);
/** Marks the bucket's (or key's) writes as made through the Log Archive session, when they are. */
function throughLogArchive(ctx, steps, inLogArchive) {
    if (!inLogArchive || !ctx.observed.logArchive)
        return [...steps];
    return steps.map((step) => step.changes
        ? {
            ...step,
            changes: step.changes.map((c) => (LOG_ARCHIVE_KINDS.has(c.kind) ? { ...c, logArchive: true } : c))
        }
        : step);
}
/** True when the declared key's ARN names the Log Archive account and its role is given. */
function keyInLogArchive(ctx) {
    const la = ctx.observed.logArchive;
    return la !== undefined && (0,kms/* kmsKeyAccount */.U$)(ctx.declared.kmsKeyId) === la.accountId;
}
/** What the key policy must grant CloudTrail, for this trail. */
function keyGrantFor(ctx, keyArn) {
    return {
        partition: ctx.observed.identity.partition,
        keyArn,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.organization ? { organizationId: ctx.organization.id } : {})
    };
}
/** The key's policy lives in an account org-trail has no session in. */
function keyPolicyElsewhere(ctx) {
    const key = ctx.observed.kmsKey;
    const arn = key?.ok && key.value ? key.value.arn : ctx.declared.kmsKeyId;
    const account = key?.ok && key.value ? (key.value.foreignAccountId ?? null) : foreignKeyAccount(ctx);
    if (!arn || account === null)
        return null;
    return {
        resource: 'key',
        name: arn,
        accountId: account,
        statements: policyDocumentOf((0,policy_kms/* kmsStatements */.SA)(keyGrantFor(ctx, arn)))
    };
}
/** The account a declared key ARN carries, when it is neither the caller's nor the Log Archive session's. */
function foreignKeyAccount(ctx) {
    const account = (0,kms/* kmsKeyAccount */.U$)(ctx.declared.kmsKeyId);
    if (account === '' || account === ctx.observed.identity.accountId || keyInLogArchive(ctx))
        return null;
    return account;
}
/**
 * A key of another account: DescribeKey refused (its key policy does not allow the caller) is a warning,
 * not a blocker, since CloudTrail, not the caller, must be allowed to use it. Null: the usual check applies.
 */
function checkForeignKeyRead(ctx) {
    const key = ctx.observed.kmsKey;
    const account = foreignKeyAccount(ctx);
    if (!key || key.ok || account === null)
        return null;
    const elsewhere = keyPolicyElsewhere(ctx);
    return [
        (0,findings/* prerequisite */.l1)({
            id: 'kms.key',
            severity: 'warning',
            title: `KMS key ${ctx.declared.kmsKeyId} could not be described`,
            detail: `The key is owned by account ${account}, and ${key.failure.action} was refused (${key.failure.code}): its key policy does not let this account describe it, so whether it is enabled, symmetric and in the bucket's region is unknown. CloudTrail checks the key itself when the trail is created or updated.`,
            remediation: `# To let org-trail check it, allow kms:DescribeKey to this account in the key policy (in account ${account}).`
        }),
        ...(elsewhere ? [keyPolicyElsewhereStep(ctx, elsewhere)] : [])
    ];
}
/** The key policy org-trail cannot read: the statements to add in the key's own account. */
function keyPolicyElsewhereStep(ctx, elsewhere) {
    return (0,findings/* prerequisite */.l1)({
        id: 'kms.key-policy',
        severity: 'warning',
        title: 'Key policy is in another account',
        detail: `KMS does not serve GetKeyPolicy across accounts, so the policy of ${elsewhere.name} cannot be checked from here. The statements below must be added in account ${elsewhere.accountId ?? 'that owns the key'} for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientEncryptionPolicyException).`,
        remediation: elsewhere.statements
    });
}

;// CONCATENATED MODULE: ./src/plan/resource-policy.ts
// The one decision taken for each resource policy org-trail may merge its statements into (the bucket's
// and the key's): unreadable text blocks, a Deny blocks, no permission to write blocks, a result over
// the size limit blocks, else apply merges. The resource supplies the policy algebra and the words.


/** The decision's step, then a warning for each Deny that could not be evaluated. */
function checkResourcePolicy(r) {
    const { id, title, words } = r;
    let policy;
    try {
        policy = r.parse(r.text);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        const where = `${r.where.charAt(0).toUpperCase()}${r.where.slice(1)}`;
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title,
                detail: `${where}: ${error.message}.`,
                remediation: words.unparsable
            })
        ];
    }
    const denies = r.denies(policy);
    return [decide(r, policy, denies.denying), ...(0,findings/* unevaluatedDenies */.FI)(`${id}.unevaluated`, r.where, denies.unknown)];
}
function decide(r, policy, denying) {
    const { id, title, words } = r;
    const missing = r.missing(policy);
    if (missing === '')
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: words.granted });
    if (denying.length > 0)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'blocker', ...words.denied, remediation: (0,findings/* pasteable */.yK)(denying) });
    const statements = (0,findings/* pasteable */.yK)(r.statements);
    if (!r.manage) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'blocker',
            title: words.missingTitle,
            detail: words.unmanaged(missing),
            remediation: statements
        });
    }
    const merged = r.merge(policy);
    const bytes = (0,policy_document/* policyBytes */.we)(merged.policy);
    if (bytes > r.maxBytes)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'blocker', ...words.tooLarge(bytes, statements) });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title: words.missingTitle,
        detail: words.fixable(missing, merged),
        remediation: statements,
        changes: [r.change(merged)]
    });
}

;// CONCATENATED MODULE: ./src/plan/bucket.ts
// The log bucket: that it exists, that Requester Pays is off, and that its policy lets CloudTrail write.







/** Where CloudTrail writes, for this trail. */
function grantFor(ctx) {
    return {
        partition: ctx.observed.identity.partition,
        bucket: ctx.settings.trail.s3BucketName,
        prefix: ctx.declared.s3KeyPrefix,
        trailArn: ctx.trailArn,
        accountId: ctx.managementAccountId,
        ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {}),
        ...(ctx.declared.kmsKeyId ? { kmsKeyArn: ctx.declared.kmsKeyId } : {})
    };
}
/** Through the Log Archive role when it is given: then the bucket is that account's, and so are its writes. */
function checkBucket(ctx) {
    const elsewhere = checkBucketOwner(ctx, grantFor(ctx));
    if (elsewhere)
        return elsewhere;
    return [...logArchiveBucketOwned(ctx), ...throughLogArchive(ctx, checkOwnBucket(ctx), true)];
}
function checkOwnBucket(ctx) {
    const bucket = ctx.observed.bucket;
    const name = bucket.name;
    if (!bucket.region.ok) {
        // Whether it exists is unknown; its other reads may still say what else is missing.
        return [
            (0,findings/* unreadable */.O$)({ id: 's3.bucket-exists', title: `Bucket ${name}`, failure: bucket.region.failure }),
            checkRequesterPays(ctx),
            ...checkBucketPolicy(ctx)
        ];
    }
    if (bucket.region.value === null && ctx.settings.createBucket)
        return (0,bucket_hardening/* planBucketCreation */.TF)(ctx, grantFor(ctx));
    if (bucket.region.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id: 's3.bucket-exists',
                severity: 'blocker',
                title: `Bucket ${name} does not exist`,
                detail: 'CloudTrail needs an existing bucket to deliver log files to.',
                remediation: `# Or set the input create-bucket: true to have org-trail create it, hardened.\naws s3api create-bucket --bucket ${name} --region ${ctx.homeRegion}${ctx.homeRegion === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${ctx.homeRegion}`}`
            })
        ];
    }
    const steps = [
        (0,findings/* prerequisite */.l1)({
            id: 's3.bucket-exists',
            severity: 'ok',
            title: `Bucket ${name}`,
            detail: `Exists in ${bucket.region.value}.`
        })
    ];
    steps.push(checkRequesterPays(ctx));
    const [policyStep, ...unevaluated] = checkBucketPolicy(ctx);
    if (policyStep)
        steps.push(...(0,bucket_hardening/* withTlsOnly */.M3)(ctx, policyStep, grantFor(ctx)));
    steps.push(...unevaluated, ...(0,bucket_hardening/* checkBucketHardening */.Bq)(ctx));
    return steps;
}
function checkRequesterPays(ctx) {
    const { requesterPays, name } = ctx.observed.bucket;
    const id = 's3.requester-pays';
    const title = 'Requester Pays is off';
    if (!requesterPays.ok)
        return (0,findings/* unreadable */.O$)({ id, title, failure: requesterPays.failure, severity: 'warning' });
    if (!requesterPays.value)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title, detail: 'CloudTrail can deliver without paying for requests.' });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'blocker',
        title: 'Requester Pays is on',
        detail: `CloudTrail cannot deliver to bucket ${name} while Requester Pays is enabled.`,
        remediation: `aws s3api put-bucket-request-payment --bucket ${name} --request-payment-configuration Payer=BucketOwner`
    });
}
function checkBucketPolicy(ctx) {
    const { policy, name } = ctx.observed.bucket;
    const id = 's3.bucket-policy';
    const title = 'Bucket policy lets CloudTrail write';
    if (!policy.ok)
        return [(0,findings/* unreadable */.O$)({ id, title, failure: policy.failure })];
    if (ctx.settings.trail.isOrganizationTrail && ctx.organization === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'warning',
                title,
                detail: 'Not checked: the organization id, part of the log path, is unknown.'
            })
        ];
    }
    const grant = grantFor(ctx);
    return checkResourcePolicy({
        id,
        title,
        where: `the policy of bucket ${name}`,
        text: policy.value,
        parse: bucket/* parsePolicy */.ON,
        missing: (p) => (0,bucket/* missingPermissions */.HR)(p, grant)
            .map((m) => `${m.action} on ${m.resource}`)
            .join('; '),
        denies: (p) => (0,bucket/* bucketPolicyDenies */.xR)(p, grant),
        statements: (0,bucket/* ownStatements */.zP)(grant),
        merge: (p) => (0,bucket/* mergePolicy */.VA)(p, grant),
        manage: ctx.settings.manageBucketPolicy,
        maxBytes: cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ,
        change: (merged) => ({
            kind: 'put-bucket-policy',
            bucket: name,
            before: policy.value,
            after: (0,policy_document/* policyText */.MJ)(merged.policy),
            sids: merged.changedSids,
            grant
        }),
        words: {
            unparsable: 'Fix the policy by hand; org-trail never overwrites a policy it cannot read.',
            granted: `Grants ${cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX} everything it needs for ${ctx.trailArn}.`,
            denied: {
                title: 'Bucket policy denies CloudTrail',
                detail: `An explicit Deny in the policy of bucket ${name} applies to CloudTrail's delivery, and no Allow overrides a Deny; org-trail never edits someone else's Deny. Narrow these statements so that they exclude cloudtrail.amazonaws.com:`
            },
            // Named for what is wrong, not for the check: it heads the blocker list and the step's failure.
            missingTitle: 'Bucket policy does not let CloudTrail write',
            unmanaged: (what) => `The policy of bucket ${name} does not allow ${what}, and manage-bucket-policy is false. Add the statements below to its Statement list.`,
            tooLarge: (bytes, statements) => ({
                title: 'Bucket policy would exceed 20 KB',
                detail: `Adding CloudTrail's statements would make the policy of bucket ${name} ${bytes} bytes; S3 allows ${cloudtrail/* MAX_BUCKET_POLICY_BYTES */.lJ}. Nothing was written.`,
                remediation: `Shorten the policy (merge statements, use wildcards in aws:SourceArn), then add:\n${statements}`
            }),
            fixable: (what, merged) => `The policy of bucket ${name} does not allow ${what}; apply merges the statements below (${merged.changedSids.join(', ')}) and keeps every other statement.`
        }
    });
}

;// CONCATENATED MODULE: ./src/plan/kms.ts
// The trail's KMS key: usable for CloudTrail, and a key policy that lets CloudTrail encrypt.






/** A key of the Log Archive account is read and written through its role; one of another account, not at all. */
function checkKmsKey(ctx) {
    return throughLogArchive(ctx, checkKey(ctx), keyInLogArchive(ctx));
}
function checkKey(ctx) {
    const declared = ctx.settings.trail.kmsKeyId;
    const key = ctx.observed.kmsKey;
    if (!declared || !key)
        return [];
    const id = 'kms.key';
    const unreadableElsewhere = checkForeignKeyRead(ctx);
    if (unreadableElsewhere)
        return unreadableElsewhere;
    if (!key.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: `KMS key ${declared}`, failure: key.failure })];
    if (key.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `KMS key ${declared} not found`,
                detail: `No key ${declared} in ${ctx.homeRegion} is visible to the caller.`,
                remediation: `aws kms describe-key --key-id ${declared} --region ${ctx.homeRegion}`
            })
        ];
    }
    const k = key.value;
    const steps = [];
    // A bucket org-trail is about to create will be in the home region.
    const observedRegion = ctx.observed.bucket.region.ok ? ctx.observed.bucket.region.value : null;
    const bucketRegion = observedRegion ?? (ctx.settings.createBucket && ctx.observed.bucket.region.ok ? ctx.homeRegion : null);
    const awsManaged = k.keyManager === 'AWS';
    const problems = [
        // AWS manages such a key for one service (alias/aws/s3…): its policy cannot let CloudTrail use it.
        awsManaged ? 'it is an AWS managed key, and CloudTrail encrypts only with a customer managed key' : '',
        k.keyState !== 'Enabled' ? `it is ${k.keyState}, not Enabled` : '',
        !k.symmetric ? 'it is not a symmetric encryption key' : '',
        bucketRegion && bucketRegion !== k.region ? `it is in ${k.region} but the bucket is in ${bucketRegion}` : ''
    ].filter((p) => p !== '');
    steps.push({
        finding: problems.length === 0
            ? (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'ok',
                title: 'KMS key usable',
                detail: `${k.arn}: customer managed, enabled, symmetric, in the bucket's region.`
            })
            : (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'blocker',
                title: 'KMS key cannot encrypt the logs',
                detail: `${k.arn}: ${problems.join('; ')}.`,
                remediation: k.keyState === 'Disabled' && !awsManaged
                    ? (0,cli/* enableKeyCommand */.Ee)(k)
                    : `# Use a symmetric, enabled customer managed key in the bucket's region, e.g. a new one:\naws kms create-key --description 'CloudTrail logs' --region ${bucketRegion ?? ctx.homeRegion}`
            })
    });
    // An AWS managed key's policy is AWS's: there is nothing to check or merge.
    const elsewhere = k.foreignAccountId ? keyPolicyElsewhere(ctx) : null;
    if (elsewhere && !awsManaged)
        steps.push(keyPolicyElsewhereStep(ctx, elsewhere));
    else if (!awsManaged)
        steps.push(...checkKeyPolicy(ctx, k.arn, k.region, k.policy));
    return steps;
}
function checkKeyPolicy(ctx, keyArn, region, text) {
    const id = 'kms.key-policy';
    const title = 'Key policy lets CloudTrail encrypt';
    const grant = keyGrantFor(ctx, keyArn);
    return checkResourcePolicy({
        id,
        title,
        where: `the policy of ${keyArn}`,
        text,
        parse: policy_kms/* parseKeyPolicy */.LB,
        missing: (p) => (0,policy_kms/* missingKmsActions */.ZP)(p, grant).join(', '),
        denies: (p) => (0,policy_kms/* keyPolicyDenies */.sf)(p, grant),
        statements: (0,policy_kms/* kmsStatements */.SA)(grant),
        merge: (p) => (0,policy_kms/* mergeKeyPolicy */.g$)(p, grant),
        manage: ctx.settings.manageKmsKeyPolicy,
        maxBytes: policy_kms/* MAX_KEY_POLICY_BYTES */.uU,
        change: (merged) => ({
            kind: 'put-key-policy',
            keyArn,
            region,
            before: text,
            after: (0,policy_document/* policyText */.MJ)(merged.policy),
            sids: merged.changedSids,
            grant
        }),
        words: {
            unparsable: '# Fix the key policy by hand; org-trail never overwrites a policy it cannot read.',
            granted: `Allows cloudtrail.amazonaws.com kms:GenerateDataKey* for ${ctx.trailArn} and kms:DescribeKey.`,
            denied: {
                title: 'Key policy denies CloudTrail',
                detail: `An explicit Deny in the policy of ${keyArn} applies to CloudTrail, and no Allow overrides a Deny. Narrow these statements:`
            },
            missingTitle: title,
            unmanaged: (missing) => `The policy of ${keyArn} does not allow ${missing}; add the statements below (or set manage-kms-key-policy: true).`,
            tooLarge: (bytes, statements) => ({
                title: 'Key policy would exceed 32 KB',
                detail: `Adding CloudTrail's statements would make the policy of ${keyArn} ${bytes} bytes.`,
                remediation: statements
            }),
            fixable: (missing) => `The policy of ${keyArn} does not allow ${missing}; apply merges the statements below and keeps every other statement.`
        }
    });
}

// EXTERNAL MODULE: ./src/policy/cloudtrail-request.ts
var cloudtrail_request = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(2863);
;// CONCATENATED MODULE: ./src/policy/cloudwatch-role.ts
// The CloudWatch Logs role CloudTrail assumes: its trust and the log streams it must be allowed to write.




/** The log streams CloudTrail writes: the management account's, and for an organization trail the members'. */
function logStreamPatterns(g) {
    const group = g.logGroupArn.replace(/:\*$/, '');
    const streams = [`${group}:log-stream:${g.accountId}_CloudTrail_${g.region}*`];
    if (g.organizationId)
        streams.push(`${group}:log-stream:${g.organizationId}_*`);
    return streams;
}
function cloudWatchRoleGaps(trustPolicy, policies, g) {
    const trust = (0,policy_document/* parsePolicyDocument */.X)(trustPolicy, 'trust policy');
    const trusts = (0,evaluate/* allows */.NB)(trust, (0,cloudtrail_request/* cloudTrailRequest */.N1)({ trailArn: g.trailArn, accountId: g.accountId }, 'sts:AssumeRole', undefined));
    const documents = policies.map((p) => (0,policy_document/* parsePolicyDocument */.X)(p, 'role policy'));
    const missing = [];
    for (const resource of logStreamPatterns(g)) {
        for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents']) {
            if (!documents.some((d) => (0,evaluate/* allows */.NB)(d, { action, resource, context: {} })))
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
    Principal: { Service: cloudtrail/* CLOUDTRAIL_PRINCIPAL */.BX },
    Action: 'sts:AssumeRole'
};

;// CONCATENATED MODULE: ./src/plan/cloudwatch.ts
// The CloudWatch Logs group and the role CloudTrail delivers to it with.



function checkCloudWatchLogs(ctx) {
    const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail;
    const group = ctx.observed.logGroup;
    const role = ctx.observed.cloudWatchRole;
    if (!groupArn || !roleArn || !group || !role)
        return [];
    const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn);
    if (elsewhere)
        return [elsewhere];
    const steps = [];
    const groupName = groupArn.split(':').slice(6).join(':').replace(/:\*$/, '');
    const groupRegion = groupArn.split(':')[3] ?? ctx.homeRegion;
    if (!group.ok)
        steps.push((0,findings/* unreadable */.O$)({ id: 'logs.log-group', title: `Log group ${groupName}`, failure: group.failure }));
    else if (!group.value)
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'logs.log-group',
            severity: 'blocker',
            title: `Log group ${groupName} does not exist`,
            detail: 'CloudTrail delivers to an existing log group.',
            remediation: `aws logs create-log-group --log-group-name ${groupName} --region ${groupRegion}`
        }));
    else
        steps.push((0,findings/* prerequisite */.l1)({ id: 'logs.log-group', severity: 'ok', title: `Log group ${groupName}`, detail: 'Exists.' }));
    const id = 'logs.role';
    if (!role.ok)
        return [...steps, (0,findings/* unreadable */.O$)({ id, title: `Role ${roleArn}`, failure: role.failure })];
    if (role.value === null) {
        return [
            ...steps,
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: 'CloudWatch Logs role does not exist',
                detail: `${roleArn} was not found.`,
                remediation: `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${(0,findings/* pasteable */.yK)({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`
            })
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
        gaps = cloudWatchRoleGaps(role.value.trustPolicy, role.value.policies, grant);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        return [
            ...steps,
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: 'CloudWatch Logs role unreadable',
                detail: `${roleArn}: ${error.message}.`
            })
        ];
    }
    if (!gaps.trusts) {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'logs.role-trust',
            severity: 'blocker',
            title: 'Role does not trust CloudTrail',
            detail: `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`,
            remediation: (0,findings/* pasteable */.yK)(CLOUDWATCH_TRUST_STATEMENT)
        }));
    }
    else {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'logs.role-trust',
            severity: 'ok',
            title: 'Role trusts CloudTrail',
            detail: `${roleArn} can be assumed by cloudtrail.amazonaws.com.`
        }));
    }
    steps.push({
        finding: gaps.missing.length === 0
            ? (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'ok',
                title: 'Role may write the log streams',
                detail: 'Covers the management account and the organization log streams.'
            })
            : (0,findings/* finding */.gk)({
                id,
                category: 'prerequisite',
                severity: 'blocker',
                title: 'Role may not write every log stream',
                detail: `${roleArn} lacks ${gaps.missing.join('; ')}. Add these statements to its permission policy:`,
                remediation: (0,findings/* pasteable */.yK)({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) })
            })
    });
    return steps;
}
/**
 * CloudTrail cannot use a log group or role owned by another account than the trail's (the management
 * account, which owns an organization trail even when a delegated administrator manages it). Caught as an
 * input error when role-to-assume names the account; else here.
 */
function otherAccountThanTrail(ctx, groupArn, roleArn) {
    const account = ctx.managementAccountId;
    const foreign = [groupArn, roleArn].filter((arn) => (arn.split(':')[4] ?? '') !== account);
    if (foreign.length === 0)
        return null;
    return (0,findings/* prerequisite */.l1)({
        id: 'logs.account',
        severity: 'blocker',
        title: 'CloudWatch Logs group or role of another account',
        detail: `${foreign.join(' and ')} must belong to account ${account}, which owns the trail: CloudTrail cannot use a log group or role owned by a different account.`,
        remediation: `# Create the log group and its role in account ${account}, then set cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn to them.`
    });
}

// EXTERNAL MODULE: ./src/policy/cloudtrail-statement.ts
var cloudtrail_statement = __webpack_require__(1851);
;// CONCATENATED MODULE: ./src/policy/sns.ts
// The SNS topic policy that lets CloudTrail publish a notification for each log file.




function snsTopicAllowsCloudTrail(policy, topicArn, trailArn, accountId) {
    return (0,evaluate/* allows */.NB)((0,policy_document/* parsePolicyDocument */.X)(policy, 'topic policy'), (0,cloudtrail_request/* cloudTrailRequest */.N1)({ trailArn, accountId }, 'SNS:Publish', topicArn));
}
function snsStatement(topicArn, trailArn) {
    return (0,cloudtrail_statement/* allowCloudTrail */.F)('AWSCloudTrailSNSPolicy', 'SNS:Publish', topicArn, {
        StringEquals: { 'aws:SourceArn': trailArn }
    });
}

;// CONCATENATED MODULE: ./src/plan/sns.ts
// The SNS topic CloudTrail notifies, and its policy.



function checkSnsTopic(ctx) {
    const topic = ctx.observed.snsTopic;
    if (!ctx.settings.trail.snsTopicName || !topic)
        return [];
    const id = 'sns.topic';
    if (!topic.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: `SNS topic ${ctx.settings.trail.snsTopicName}`, failure: topic.failure })];
    if (topic.value === null) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'blocker',
                title: `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`,
                detail: 'CloudTrail publishes to an existing topic.',
                remediation: `aws sns create-topic --name ${ctx.settings.trail.snsTopicName.split(':').pop() ?? ''} --region ${ctx.homeRegion}`
            })
        ];
    }
    const { arn, policy } = topic.value;
    let allowed;
    try {
        allowed = snsTopicAllowsCloudTrail(policy, arn, ctx.trailArn, ctx.managementAccountId);
    }
    catch (error) {
        if (!(error instanceof policy_document/* PolicyParseError */.y2))
            throw error;
        allowed = false;
    }
    return [
        {
            finding: allowed
                ? (0,findings/* finding */.gk)({
                    id,
                    category: 'prerequisite',
                    severity: 'ok',
                    title: 'Topic lets CloudTrail publish',
                    detail: `${arn}.`
                })
                : (0,findings/* finding */.gk)({
                    id,
                    category: 'prerequisite',
                    severity: 'blocker',
                    title: 'Topic policy does not let CloudTrail publish',
                    detail: `Add this statement to the policy of ${arn}:`,
                    remediation: (0,findings/* pasteable */.yK)(snsStatement(arn, ctx.trailArn))
                })
        }
    ];
}

// EXTERNAL MODULE: ./src/aws/trail-fields.ts
var trail_fields = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/plan/trail-diff.ts
var trail_diff = __webpack_require__(7463);
;// CONCATENATED MODULE: ./src/plan/trail.ts





function checkTrail(ctx) {
    const { trails, trail, trailList } = ctx.observed;
    if (!trails.ok)
        return [(0,findings/* unreadable */.O$)({ id: 'cloudtrail.trail', title: `Trail ${ctx.settings.trail.name}`, failure: trails.failure })];
    // Creating needs to know that no trail of this name lives in another region: never a second one.
    if (trail === null && !trailList.ok)
        return [
            (0,findings/* unreadable */.O$)({ id: 'cloudtrail.trail', title: `Trail ${ctx.settings.trail.name}`, failure: trailList.failure })
        ];
    if (trail === null)
        return planCreate(ctx, trails.value);
    // Found without it; what it would add is a trail of this name elsewhere, which only matters to a create.
    const unlisted = trailList.ok
        ? []
        : [
            (0,findings/* unreadable */.O$)({
                id: 'cloudtrail.trail-list',
                title: 'Trails of every region',
                failure: trailList.failure,
                severity: 'warning'
            })
        ];
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
    return (0,findings/* prerequisite */.l1)({
        id: 'cloudtrail.home-region',
        severity: 'blocker',
        title: `A single-region trail ${config.name} exists in ${config.homeRegion}`,
        detail: `${config.arn} is homed in ${config.homeRegion}, not ${ctx.settings.region}, and logs only that region. The declaration would change its ${converts.map((f) => (0,trail_fields/* fieldLabel */.bk)(f.field).toLowerCase()).join(' and ')} setting, taking over a trail of another region; creating a trail in ${ctx.settings.region} would make a second trail named ${config.name}. org-trail does neither and writes nothing.`,
        remediation: `# Choose one:
# - manage it where it is: set aws-region: ${config.homeRegion} (and declare it as it is, or convert it there);
# - give the declared trail another name: set trail-name;
# - convert it yourself, then run again:
${updateTrailCommand(config.arn, config.homeRegion, converts)}`
    });
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
    return (0,findings/* prerequisite */.l1)({
        id: 'trail.organization-conversion',
        severity: 'blocker',
        title: 'Only the management account can convert the trail',
        detail: `The declaration turns ${ctx.trailArn} into ${to}, and CloudTrail lets only the management account ${ctx.managementAccountId} do that (UpdateTrail); account ${ctx.observed.identity.accountId} is a delegated administrator. Nothing was written.`,
        remediation: `# Run in the management account ${ctx.managementAccountId}:
${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [conversion])}`
    });
}
function planCreate(ctx, trails) {
    const homed = trails.filter((t) => t.homeRegion === ctx.homeRegion);
    const steps = [];
    if (homed.length >= cloudtrail/* MAX_TRAILS_PER_REGION */.Ww) {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.trail-limit',
            severity: 'blocker',
            title: `${ctx.homeRegion} already has ${homed.length} trails`,
            detail: `CloudTrail allows ${cloudtrail/* MAX_TRAILS_PER_REGION */.Ww} trails per region and the limit cannot be raised: ${homed.map((t) => t.name).join(', ')}.`,
            remediation: `# Delete a trail you no longer need, or adopt one by setting trail-name to its name:\n${homed.map((t) => `# ${(0,cli/* deleteTrailCommand */.$S)(t.arn, t.homeRegion)}`).join('\n')}`
        }));
        return steps;
    }
    steps.push((0,findings/* prerequisite */.l1)({
        id: 'cloudtrail.trail-limit',
        severity: 'ok',
        title: 'Room for the trail',
        detail: `${homed.length} of ${cloudtrail/* MAX_TRAILS_PER_REGION */.Ww} trails in ${ctx.homeRegion}.`
    }));
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
        finding: (0,findings/* finding */.gk)({
            id: 'cloudtrail.trail',
            category: 'prerequisite',
            severity: 'fixable',
            title: `Trail ${ctx.settings.trail.name} does not exist`,
            detail: `It will be created in ${ctx.homeRegion}.`,
            remediation: createTrailCommand(ctx)
        }),
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
    const fields = (0,trail_diff/* diffTrail */.Kj)(config, ctx.declared);
    const elsewhere = foreignRegionalTrail(ctx, config, fields);
    if (elsewhere)
        return [elsewhere, checkDuplicates(ctx, trails)];
    const conversion = delegatedConversion(ctx, config, fields);
    if (conversion)
        steps.push(conversion);
    if (config.homeRegion !== ctx.settings.region) {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.home-region',
            severity: 'warning',
            title: 'Trail is homed in another region',
            detail: `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`,
            remediation: `Set aws-region: ${config.homeRegion} to make the declaration match.`
        }));
    }
    const refused = [
        ...(0,trail_diff/* refusedChanges */.q_)(fields, ctx.settings.allowDestructiveChanges),
        ...(conversion === null ? [] : fields.filter((f) => f.field === 'IsOrganizationTrail'))
    ];
    for (const f of fields) {
        const why = (0,trail_diff/* weakening */.C$)(f);
        if (why === null)
            continue;
        const label = (0,trail_fields/* fieldLabel */.bk)(f.field);
        const turnOff = (0,trail_diff/* destructiveVerb */.qH)(f.field) === 'turn off';
        steps.push({
            finding: ctx.settings.allowDestructiveChanges
                ? (0,findings/* finding */.gk)({
                    id: `trail.destructive.${f.field}`,
                    category: 'prerequisite',
                    severity: 'warning',
                    title: turnOff
                        ? `${label} will be turned off`
                        : `${label} will change: ${(0,trail_fields/* show */.WU)(f.before)} → ${(0,trail_fields/* show */.WU)(f.after)}`,
                    detail: `Allowed by allow-destructive-changes: ${why}.`
                })
                : (0,findings/* finding */.gk)({
                    id: `trail.destructive.${f.field}`,
                    category: 'prerequisite',
                    severity: 'blocker',
                    title: `Refusing to ${(0,trail_diff/* destructiveVerb */.qH)(f.field)} ${turnOff ? label.toLowerCase() : `the ${label}`}`,
                    detail: turnOff
                        ? `The declaration turns it off, and ${why}.`
                        : `The declaration changes it from ${(0,trail_fields/* show */.WU)(f.before)} to ${(0,trail_fields/* show */.WU)(f.after)}, and ${why}.`,
                    remediation: turnOff
                        ? `Declare it true again, or set allow-destructive-changes: true if this is intended.`
                        : `Declare ${(0,trail_fields/* show */.WU)(f.before)} again (or leave the input empty to keep it), or set allow-destructive-changes: true if this is intended.`
                })
        });
    }
    // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
    const allowed = fields.filter((f) => !refused.includes(f));
    if (allowed.length > 0) {
        const pair = (0,trail_diff/* cloudWatchLogsPair */.Gx)(allowed, ctx.declared);
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.trail',
            severity: 'fixable',
            title: `Trail ${config.name} differs from its declaration`,
            detail: allowed.map((f) => `${(0,trail_fields/* fieldLabel */.bk)(f.field)}: ${(0,trail_fields/* show */.WU)(f.before)} → ${(0,trail_fields/* show */.WU)(f.after)}`).join('; '),
            remediation: updateTrailCommand(config.arn, config.homeRegion, allowed, pair),
            changes: [
                {
                    kind: 'update-trail',
                    arn: config.arn,
                    region: config.homeRegion,
                    fields: allowed,
                    ...(pair ? { cloudWatchLogs: pair } : {})
                }
            ]
        }));
    }
    else if (fields.length === 0) {
        steps.push((0,findings/* prerequisite */.l1)({
            id: 'cloudtrail.trail',
            severity: 'ok',
            title: `Trail ${config.name}`,
            detail: 'Configured as declared.'
        }));
    }
    steps.push(checkLogging(ctx, config));
    steps.push(checkDuplicates(ctx, trails));
    return steps;
}
function checkLogging(ctx, config) {
    const status = ctx.observed.trail?.status;
    const id = 'cloudtrail.logging';
    if (!status)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Logging', detail: '' });
    if (!status.ok)
        return (0,findings/* unreadable */.O$)({ id, title: 'Logging', failure: status.failure });
    if (status.value.isLogging)
        return (0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Logging', detail: `${config.name} is logging.` });
    const command = (0,cli/* startLoggingCommand */.xo)(config.arn, config.homeRegion);
    if (!ctx.settings.startLogging) {
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'warning',
            title: 'Trail is not logging',
            detail: 'start-logging is false, so org-trail leaves it stopped: no event is recorded.',
            remediation: command
        });
    }
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'fixable',
        title: 'Trail is not logging',
        detail: 'Logging was stopped: no event is being recorded.',
        remediation: command,
        changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
    });
}
function checkDuplicates(ctx, trails) {
    const id = 'cloudtrail.duplicate-organization-trail';
    const others = trails.filter((t) => t.arn !== ctx.trailArn && t.isOrganizationTrail);
    if (others.length === 0)
        return (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'No other organization trail',
            detail: 'Management events are recorded once.'
        });
    return (0,findings/* prerequisite */.l1)({
        id,
        severity: 'warning',
        title: 'Another organization trail exists',
        detail: `${others.map((t) => t.arn).join(', ')} also ${others.length > 1 ? 'log' : 'logs'} the organization; only the first copy of management events is free, so each further copy is charged.`,
        remediation: `# If it duplicates this trail, delete it from its home region:\n${others.map((t) => (0,cli/* deleteTrailCommand */.$S)(t.arn, t.homeRegion)).join('\n')}`
    });
}
const quote = (value) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`);
/** The AWS CLI equivalent of the update, for check mode and for people who converge by hand. */
function updateTrailCommand(arn, region, fields, pair) {
    const args = fields
        .filter((f) => !(pair && (f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')))
        .map((f) => cliArgument(f.field, f.after));
    // CloudTrail takes the role only together with its log group: both go, last.
    if (pair)
        args.push(cliArgument('CloudWatchLogsLogGroupArn', pair.logGroupArn), cliArgument('CloudWatchLogsRoleArn', pair.roleArn));
    return `aws cloudtrail update-trail --name ${arn} --region ${region} ${args.join(' ')}`;
}
/** A flag as --option or --no-option, a value as --option value. */
function cliArgument(field, value) {
    const option = (0,trail_fields/* cliOption */.QL)(field);
    if (typeof value === 'boolean')
        return value ? option : option.replace(/^--/, '--no-');
    return `${option} ${quote(value)}`;
}
function createTrailCommand(ctx) {
    const d = ctx.settings.trail;
    // What CreateTrail would not do by itself: a flag other than its default, a value that is set.
    const args = [
        `--name ${quote(d.name)}`,
        ...trail_fields/* TRAIL_FIELDS */.vf.flatMap((f) => {
            const value = d[f.declared];
            const given = f.kind === 'flag' ? value !== f.createDefault : value !== '';
            return given ? [cliArgument(f.field, value)] : [];
        })
    ];
    const start = ctx.settings.startLogging ? `\n${(0,cli/* startLoggingCommand */.xo)(ctx.trailArn, ctx.homeRegion)}` : '';
    return `aws cloudtrail create-trail --region ${ctx.homeRegion} ${args.join(' ')}${start}`;
}

// EXTERNAL MODULE: ./src/observe/event-coverage.ts
var event_coverage = __webpack_require__(4479);
// EXTERNAL MODULE: ./src/settings/selectors.ts
var selectors = __webpack_require__(1043);
;// CONCATENATED MODULE: ./src/plan/selectors.ts
// Event and insight selectors: declared vs observed, compared the way AWS reads them, so that an unchanged
// declaration never causes a write; and the checks that converge them.



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
        return [(0,findings/* unreadable */.O$)({ id, title: 'Event selectors', failure: observed.failure })];
    if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [
            (0,findings/* prerequisite */.l1)({
                id,
                severity: 'ok',
                title: 'Event selectors',
                detail: `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`
            })
        ];
    }
    const change = {
        kind: 'put-event-selectors',
        arn: ctx.trailArn,
        region: ctx.homeRegion,
        ...(declared.kind === 'event'
            ? { eventSelectors: declared.selectors }
            : { advancedEventSelectors: declared.selectors }),
        ...(observed?.ok ? { before: observed.value } : {})
    };
    const coverage = declaredEventCoverage(ctx);
    const current = trail?.managementEvents.ok ? trail.managementEvents.value : null;
    const why = coverage && current ? selectorWeakening(coverage, current) : null;
    if (why !== null && !ctx.settings.allowDestructiveChanges) {
        return [
            (0,findings/* prerequisite */.l1)({
                id: 'trail.destructive.EventSelectors',
                severity: 'blocker',
                title: 'Refusing to narrow the event selectors',
                detail: `The declared selectors log less than the trail does now: ${why}.`,
                remediation: 'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.'
            })
        ];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: why === null ? 'fixable' : 'warning',
            title: why === null ? 'Event selectors differ' : 'Event selectors will be narrowed',
            detail: why === null
                ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
                : `Allowed by allow-destructive-changes: ${why}.`,
            changes: [change]
        })
    ];
}
function checkInsights(ctx) {
    const declared = ctx.settings.insightSelectors;
    if (declared === null)
        return [];
    const id = 'cloudtrail.insight-selectors';
    const observed = ctx.observed.trail?.insights;
    if (observed && !observed.ok)
        return [(0,findings/* unreadable */.O$)({ id, title: 'Insight selectors', failure: observed.failure })];
    if (!insightsDiffer(declared, observed?.ok ? observed.value : null)) {
        return [(0,findings/* prerequisite */.l1)({ id, severity: 'ok', title: 'Insight selectors', detail: 'Match the declaration.' })];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title: 'Insight selectors differ',
            detail: declared.length === 0
                ? 'Insights are on but declared off.'
                : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`,
            changes: [
                {
                    kind: 'put-insight-selectors',
                    arn: ctx.trailArn,
                    region: ctx.homeRegion,
                    insightSelectors: declared,
                    ...(observed?.ok ? { before: observed.value } : {})
                }
            ]
        })
    ];
}

;// CONCATENATED MODULE: ./src/plan/tags.ts

/** The declared tags whose value differs or that are missing; tags nobody declared are never touched. */
function tagsToSet(declared, observed) {
    const current = observed ?? {};
    return Object.fromEntries(Object.entries(declared).filter(([key, value]) => current[key] !== value));
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
        return [(0,findings/* unreadable */.O$)({ id, title: 'Tags', failure: observed.failure })];
    const current = observed?.ok ? observed.value : null;
    const declared = tagsToSet(tags, current);
    const provenance = otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {};
    const set = { ...declared, ...provenance };
    if (Object.keys(declared).length === 0) {
        const step = (0,findings/* prerequisite */.l1)({
            id,
            severity: 'ok',
            title: 'Tags',
            detail: Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.'
        });
        return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step];
    }
    return [
        (0,findings/* prerequisite */.l1)({
            id,
            severity: 'fixable',
            title: 'Tags differ',
            detail: `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`,
            changes: [addTags(ctx, set, current)]
        })
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
    const managementAccountId = (0,cloudtrail/* managementAccountOf */.uy)(settings.trail.isOrganizationTrail, organization, observed.identity.accountId);
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
        trailArn: existing?.arn ?? (0,cloudtrail/* trailArn */.eL)(observed.identity.partition, settings.region, managementAccountId, settings.trail.name),
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
        ...checkTrail(ctx),
        ...checkSelectors(ctx),
        ...checkInsights(ctx)
    ];
    steps.push(...checkTags(ctx, steps.flatMap((s) => s.changes ?? [])), ...(0,posture/* checkPosture */.p)(ctx));
    const members = observed.members ? (0,plan_members/* reviewMembers */.WY)(ctx, observed.members) : undefined;
    if (members)
        steps.push(...(0,plan_members/* checkMembers */.c_)(ctx, members));
    const findings = steps.map((s) => s.finding);
    const changes = steps
        .flatMap((s) => s.changes ?? [])
        .map((change, index) => ({ change, index }))
        .sort((a, b) => stageOf(a.change) - stageOf(b.change) || a.index - b.index)
        .map(({ change }) => change);
    const elsewhere = [
        bucketPolicyElsewhere(ctx, grantFor(ctx)),
        settings.trail.kmsKeyId ? keyPolicyElsewhere(ctx) : null
    ].filter((p) => p !== null);
    return {
        findings,
        changes,
        ...(elsewhere.length > 0 ? { policiesElsewhere: elsewhere } : {}),
        trailArn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        managementAccountId: ctx.managementAccountId,
        blocked: findings.some((f) => f.severity === 'blocker'),
        ...(members ? { members } : {})
    };
}


/***/ }),

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ EVERY_REGION),
/* harmony export */   WY: () => (/* binding */ reviewMembers),
/* harmony export */   c_: () => (/* binding */ checkMembers),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
/* unused harmony exports regionsAtLimit, paidCopiesOf, reasonOf */
/* harmony import */ var _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5770);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _aws_actions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1966);
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1191);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9378);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7913);
// The member-account inventory, judged: which accounts are at CloudTrail's trail limit once the
// organization trail is there, which trails pay for a second copy of management events, and which
// accounts could not be inspected. Pure: the inventory was read in observe/members.ts.






/** Every region: a region at the limit because of multi-region trails alone is at it everywhere. */
const EVERY_REGION = '*';
function organizationTrailOf(ctx) {
    const { settings, observed } = ctx;
    const declaredSelectors = settings.eventSelectors ?? null;
    const declaredAdvanced = settings.advancedEventSelectors ?? null;
    // Declared selectors are what the trail will have; else what it has; else a new trail's default (all).
    const records = declaredSelectors || declaredAdvanced
        ? (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(declaredSelectors ?? [], declaredAdvanced ?? []).any
        : observed.trail?.managementEvents.ok
            ? observed.trail.managementEvents.value.any
            : true;
    return {
        arn: ctx.trailArn,
        homeRegion: ctx.homeRegion,
        reachesMembers: settings.trail.isOrganizationTrail,
        multiRegion: settings.trail.isMultiRegionTrail,
        recordsManagementEvents: records,
        exists: observed.trail !== null
    };
}
const covers = (org, region) => org.multiRegion || region === org.homeRegion;
/**
 * Regions where the account holds MAX_TRAILS_PER_REGION trails once the organization trail is there. A
 * multi-region trail counts in every region; the organization trail counts in each region it covers,
 * whether it exists already or will be created (CloudTrail creates it even in an account at the limit).
 */
function regionsAtLimit(trails, org) {
    const multi = trails.filter((t) => t.isMultiRegionTrail);
    const orgHere = (region) => (org.counts && (org.multiRegion || region === org.homeRegion) ? 1 : 0);
    if (multi.length + (org.counts && org.multiRegion ? 1 : 0) >= _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww)
        return [{ region: EVERY_REGION, trails: multi.map((t) => t.name) }];
    const regions = [...new Set([...trails.map((t) => t.homeRegion), ...(org.counts ? [org.homeRegion] : [])])].sort();
    return regions.flatMap((region) => {
        const here = trails.filter((t) => t.isMultiRegionTrail || t.homeRegion === region);
        return here.length + orgHere(region) >= _aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww ? [{ region, trails: here.map((t) => t.name) }] : [];
    });
}
/** Trails that record management events in a region the organization trail records them too. */
function paidCopiesOf(trails, org) {
    if (!org.reachesMembers || !org.recordsManagementEvents)
        return [];
    return trails.filter((t) => t.managementEvents && (t.isMultiRegionTrail || covers(org, t.homeRegion)));
}
/** A person's reading of a failure: the call, the code, and what it usually means. */
function reasonOf(failure) {
    if (failure.action === 'sts:AssumeRole' && (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(failure.code))
        return `sts:AssumeRole denied (${failure.code}): the role does not exist in the account or does not trust the management account`;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(failure.code))
        return `${failure.action} denied (${failure.code}): the member role's policy does not allow it`;
    return `${failure.action} failed (${failure.code})`;
}
function review(account, org) {
    const base = { accountId: account.accountId, name: account.name };
    if (account.status === 'unreachable')
        return {
            ...base,
            status: 'unreachable',
            reason: reasonOf(account.failure),
            trails: [],
            atLimit: [],
            paidCopies: []
        };
    // The managed trail itself (in the management account) is the organization trail, not a copy of it.
    const others = account.trails.filter((t) => t.arn !== org.arn);
    const receives = org.reachesMembers || account.trails.some((t) => t.arn === org.arn);
    return {
        ...base,
        status: 'ok',
        trails: account.trails,
        atLimit: regionsAtLimit(others, { homeRegion: org.homeRegion, multiRegion: org.multiRegion, counts: receives }),
        paidCopies: paidCopiesOf(others, org)
    };
}
/** An account the summary lists first: unreachable, at the limit somewhere, or paying for a copy. */
const needsAttention = (a) => a.status === 'unreachable' || a.atLimit.length > 0 || a.paidCopies.length > 0;
const rank = (a) => a.status === 'unreachable' ? 0 : a.atLimit.length > 0 ? 1 : a.paidCopies.length > 0 ? 2 : 3;
function reviewMembers(ctx, inventory) {
    const org = organizationTrailOf(ctx);
    const empty = {
        accounts: [],
        totals: { accounts: 0, unreachable: 0, atLimit: 0, paidCopies: 0, paidCopyAccounts: 0, trails: 0 },
        unreachableByReason: [],
        organizationTrailExists: org.exists
    };
    if (!inventory.ok)
        return { roleName: ctx.settings.members?.roleName ?? '', listFailure: inventory.failure, ...empty };
    return summarize(inventory.value, org);
}
function summarize(inventory, org) {
    const accounts = inventory.accounts
        .map((a) => review(a, org))
        .sort((a, b) => rank(a) - rank(b) || a.accountId.localeCompare(b.accountId));
    const reasons = new Map();
    for (const a of accounts)
        if (a.reason)
            reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
    return {
        roleName: inventory.roleName,
        accounts,
        totals: {
            accounts: accounts.length,
            unreachable: accounts.filter((a) => a.status === 'unreachable').length,
            atLimit: accounts.filter((a) => a.atLimit.length > 0).length,
            paidCopies: accounts.reduce((n, a) => n + a.paidCopies.length, 0),
            paidCopyAccounts: accounts.filter((a) => a.paidCopies.length > 0).length,
            trails: accounts.reduce((n, a) => n + a.trails.length, 0)
        },
        unreachableByReason: [...reasons]
            .map(([reason, count]) => ({ reason, count }))
            .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
        organizationTrailExists: org.exists
    };
}
/** How many accounts or trails a finding names before "and N more" (the member-trails output has all). */
const LISTED = 10;
function listed(items, show) {
    const shown = items.slice(0, LISTED).map(show).join('; ');
    return items.length > LISTED ? `${shown}; and ${items.length - LISTED} more (see the member-trails output)` : shown;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const label = (a) => (a.name ? `${a.accountId} (${a.name})` : a.accountId);
const regionLabel = (region) => (region === EVERY_REGION ? 'every region' : region);
/** The three findings of the inventory. None of them ever blocks the organization trail. */
function checkMembers(ctx, r) {
    if (r.listFailure) {
        return [
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .unreadable */ .O$)({
                id: 'members.unreachable',
                title: 'Member accounts could not be listed',
                failure: r.listFailure,
                severity: 'warning'
            })
        ];
    }
    const full = r.accounts.filter((a) => a.atLimit.length > 0);
    const paying = r.accounts.filter((a) => a.paidCopies.length > 0);
    const unreachable = r.accounts.filter((a) => a.status === 'unreachable');
    const when = r.organizationTrailExists ? 'with the organization trail' : 'once the organization trail is created';
    const limit = inventoryFinding('members.trail-limit', full.length > 0 && {
        title: 'Member accounts at the trail limit',
        detail: `${plural(full.length, 'account')} ${full.length === 1 ? 'has' : 'have'} ${_aws_cloudtrail_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in a region ${when} (a multi-region trail counts in every region): ` +
            `${listed(full, (a) => `${label(a)} in ${a.atLimit.map((l) => `${regionLabel(l.region)} (${l.trails.join(', ')})`).join(', ')}`)}. ` +
            'CloudTrail creates the organization trail there anyway, so these accounts cannot add a trail of their own in those regions.',
        remediation: `# In each account, delete the trails it no longer needs (org-trail never deletes anything):\n${full
            .slice(0, LISTED)
            .flatMap((a) => a.trails
            .filter((t) => t.arn !== ctx.trailArn)
            .map((t) => `${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteTrailCommand */ .$S)(t.arn, t.homeRegion)}  # account ${label(a)}`))
            .join('\n')}`
    }, {
        title: 'No member account at the trail limit',
        detail: `Every inspected account can still add a trail of its own in every region ${when}.`
    });
    const copies = paying.flatMap((a) => a.paidCopies.map((t) => ({ account: a, trail: t })));
    const paid = inventoryFinding('members.paid-copies', copies.length > 0 && {
        title: 'Paid copies of management events',
        detail: `${plural(copies.length, 'trail')} in ${plural(paying.length, 'account')} ${copies.length === 1 ? 'records' : 'record'} management events as well as the organization trail; ` +
            `only the first copy of management events in a region is free, so each of them is a paid copy: ${listed(copies, ({ account, trail }) => `${trail.name} in ${label(account)}`)}.`,
        remediation: `# Run in the trail's account: delete the trail, or keep it for data events only by writing its selectors back\n` +
            `# with "IncludeManagementEvents": false (selectors.json: what get-event-selectors shows, so edited).\n${copies
                .slice(0, LISTED)
                .map(({ account, trail }) => `# account ${label(account)}\n${(0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteTrailCommand */ .$S)(trail.arn, trail.homeRegion)}\n` +
                `aws cloudtrail get-event-selectors --trail-name ${trail.arn} --region ${trail.homeRegion}\n` +
                `aws cloudtrail put-event-selectors --trail-name ${trail.arn} --region ${trail.homeRegion} --event-selectors file://selectors.json`)
                .join('\n')}`
    }, {
        title: 'No paid copy of management events',
        detail: 'No trail of an inspected account records management events as well as the organization trail.'
    });
    const partition = ctx.observed.identity.partition;
    const lost = inventoryFinding('members.unreachable', unreachable.length > 0 && {
        title: 'Member accounts not inspected',
        detail: `${plural(unreachable.length, 'account')} of ${r.totals.accounts} could not be inspected through the role ${r.roleName}: ` +
            `${r.unreachableByReason.map((g) => `${g.count} × ${g.reason}`).join('; ')}. ${unreachable.length === 1 ? 'Its' : 'Their'} trails are not in this inventory; the organization trail does not depend on them. ` +
            `Accounts: ${listed(unreachable, label)}.`,
        remediation: `# Deploy the role "${r.roleName}" to every member account, trusting the management account ${ctx.managementAccountId} ` +
            `(the README's member-account inventory section has a StackSet template), with this permission policy:\n` +
            `# ${(0,_aws_actions_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryActionsFor */ .Tz)('member').join(', ')} on "*".\n` +
            `# The role org-trail runs as needs sts:AssumeRole on arn:${partition}:iam::*:role/${r.roleName}.`
    }, {
        title: 'Every member account inspected',
        detail: `${plural(r.totals.accounts, 'account')} inspected through the role ${r.roleName}.`
    });
    return [limit, paid, lost];
}
/** An inventory finding: a warning with what was found and what to do, or ok when nothing was. */
function inventoryFinding(id, found, clear) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .prerequisite */ .l1)(found ? { id, severity: 'warning', ...found } : { id, severity: 'ok', ...clear });
}


/***/ }),

/***/ 1435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkPosture)
/* harmony export */ });
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4479);
/* harmony import */ var _aws_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1191);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7913);
// Posture: the trail and its resources judged as they are, as Security Hub, Prowler and auditors judge
// them, and as they would be after apply. Each control carries its Security Hub id and its CIS AWS
// Foundations Benchmark v3.0.0 recommendation.



const NO_DATA_EVENTS = { read: false, write: false };
const DEFAULT_MANAGEMENT = { any: true, readAndWrite: true };
/** The trail as it is: as observed before apply, or as re-read after it. */
function viewNow(ctx) {
    const t = ctx.observed.trail;
    if (!t)
        return { trail: null, managementEvents: undefined, s3DataEvents: undefined };
    const selectors = t.selectors;
    return {
        trail: t.config,
        managementEvents: t.managementEvents,
        s3DataEvents: selectors
            ? selectors.ok
                ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .s3DataEventCoverage */ .b)(selectors.value.event, selectors.value.advanced) }
                : selectors
            : undefined
    };
}
/** The trail once apply has run: the declaration where org-trail manages a setting, else as it is. */
function viewAfterApply(ctx, now) {
    const observed = ctx.observed.trail?.config;
    const kmsKeyId = ctx.declared.kmsKeyId || observed?.kmsKeyId;
    const logGroup = ctx.declared.cloudWatchLogsLogGroupArn || observed?.cloudWatchLogsLogGroupArn;
    const { eventSelectors, advancedEventSelectors } = ctx.settings;
    const declared = eventSelectors
        ? { event: eventSelectors, advanced: [] }
        : advancedEventSelectors
            ? { event: [], advanced: advancedEventSelectors }
            : null;
    // A new trail gets CloudTrail's default selector: every management event, no data event.
    const fresh = now.trail === null;
    return {
        trail: {
            isMultiRegionTrail: ctx.settings.trail.isMultiRegionTrail,
            logFileValidationEnabled: ctx.settings.trail.enableLogFileValidation,
            ...(kmsKeyId ? { kmsKeyId } : {}),
            ...(logGroup ? { cloudWatchLogsLogGroupArn: logGroup } : {})
        },
        managementEvents: declared
            ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .managementEventCoverage */ .o)(declared.event, declared.advanced) }
            : fresh
                ? { ok: true, value: DEFAULT_MANAGEMENT }
                : now.managementEvents,
        s3DataEvents: declared
            ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .s3DataEventCoverage */ .b)(declared.event, declared.advanced) }
            : fresh
                ? { ok: true, value: NO_DATA_EVENTS }
                : now.s3DataEvents
    };
}
const NO_TRAIL = { state: 'no-trail', detail: 'There is no trail.' };
const unknown = (failure, what) => ({
    state: 'unknown',
    detail: `${failure.action} failed (${failure.code}), so ${what} could not be checked.`,
    remediation: `# Allow "${failure.action}" in the role's policy.`
});
/**
 * One posture finding from the control's judgement now and after apply. Its severity says where things
 * end up: ok when it passes now, fixable when apply would make it pass, else a warning.
 */
function control(ids, title, now, after) {
    const changes = after !== null && (after.state !== now.state || after.detail !== now.detail);
    const end = changes ? after : now;
    const severity = now.state === 'pass' ? 'ok' : end.state === 'pass' ? 'fixable' : 'warning';
    const detail = changes ? `${now.detail} After apply: ${after.detail}` : now.detail;
    return {
        ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({
            id: ids.securityHub,
            category: 'posture',
            severity,
            title,
            detail,
            remediation: end.state === 'pass' ? '' : (end.remediation ?? '')
        }),
        control: { ...ids, now: now.state, afterApply: changes ? after.state : null }
    };
}
/** Judges every control on the trail as it is and, unless `afterApply` is false, as apply would leave it. */
function checkPosture(ctx, options = { afterApply: true }) {
    const now = viewNow(ctx);
    const after = options.afterApply ? viewAfterApply(ctx, now) : null;
    const arn = ctx.trailArn;
    const region = ctx.homeRegion;
    const bucket = ctx.observed.bucket;
    const steps = [];
    const judge = (ids, title, of) => steps.push({ finding: control(ids, title, of(now), after ? of(after) : null) });
    judge({ securityHub: 'CloudTrail.1', cis: '3.1' }, 'Multi-region, read and write management events', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        const events = v.managementEvents;
        if (events && !events.ok)
            return unknown(events.failure, 'read and write management events');
        const readWrite = !events || events.value.readAndWrite;
        if (v.trail.isMultiRegionTrail && readWrite)
            return { state: 'pass', detail: 'Every region is logged with all management events.' };
        return v.trail.isMultiRegionTrail
            ? {
                state: 'fail',
                detail: 'Management events are not logged with ReadWriteType All.',
                remediation: `# Or declare event-selectors. This replaces every selector of the trail, data events included.\naws cloudtrail put-event-selectors --trail-name ${arn} --region ${region} --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'`
            }
            : {
                state: 'fail',
                detail: 'The trail logs only its home region.',
                remediation: 'Set the input is-multi-region-trail: true.'
            };
    });
    judge({ securityHub: 'CloudTrail.2', cis: '3.5' }, 'Encrypted at rest with SSE-KMS', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.kmsKeyId
            ? { state: 'pass', detail: `Key ${v.trail.kmsKeyId}.` }
            : {
                state: 'fail',
                detail: 'Log files are encrypted with S3-managed keys only; a KMS key adds access control and an audit trail of decryption.',
                remediation: `# Set the inputs kms-key-id and manage-kms-key-policy: true, or by hand (the key policy must allow\n# cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey):\naws cloudtrail update-trail --name ${arn} --region ${region} --kms-key-id KEY_ARN`
            };
    });
    judge({ securityHub: 'CloudTrail.4', cis: '3.2' }, 'Log file validation', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.logFileValidationEnabled
            ? { state: 'pass', detail: 'Digest files let you prove log files were not changed.' }
            : {
                state: 'fail',
                detail: 'Log file validation is off: changes to delivered log files cannot be detected.',
                remediation: 'Set enable-log-file-validation: true.'
            };
    });
    // CIS v3.0.0 dropped the CloudWatch Logs recommendation (3.4 in v1.4.0); Security Hub still has the control.
    judge({ securityHub: 'CloudTrail.5', cis: null }, 'Integrated with CloudWatch Logs', (v) => {
        if (!v.trail)
            return NO_TRAIL;
        return v.trail.cloudWatchLogsLogGroupArn
            ? { state: 'pass', detail: `Log group ${v.trail.cloudWatchLogsLogGroupArn}.` }
            : {
                state: 'fail',
                detail: 'Without CloudWatch Logs there are no metric filters or alarms on API activity.',
                remediation: `# Set the inputs cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn, or by hand (the role must\n# trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and logs:PutLogEvents on the group):\naws cloudtrail update-trail --name ${arn} --region ${region} --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`
            };
    });
    if (now.trail?.kmsKeyId || after?.trail?.kmsKeyId) {
        judge({ securityHub: 'KMS.4', cis: '3.6' }, 'Rotation of the trail key', (v) => keyRotation(ctx, v));
    }
    const dataEventsRemediation = (kind) => `# Data events are charged per event: in an organization trail, for every S3 object request of every\n# member account. To log ${kind} events of every bucket, declare (keeping a management events selector):\nadvanced-event-selectors: |\n  - Name: Management events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Management] }\n  - Name: S3 object-level events\n    FieldSelectors:\n      - { Field: eventCategory, Equals: [Data] }\n      - { Field: resources.type, Equals: [AWS::S3::Object] }`;
    for (const [kind, ids] of [
        ['write', { securityHub: 'S3.22', cis: '3.8' }],
        ['read', { securityHub: 'S3.23', cis: '3.9' }]
    ]) {
        judge(ids, `S3 object-level ${kind} events`, (v) => {
            if (!v.trail)
                return NO_TRAIL;
            const events = v.s3DataEvents;
            if (!events)
                return { state: 'unknown', detail: 'The event selectors were not read.' };
            if (!events.ok)
                return unknown(events.failure, `S3 ${kind} data events`);
            return events.value[kind]
                ? { state: 'pass', detail: `S3 object-level ${kind} events of every bucket are logged.` }
                : {
                    state: 'fail',
                    detail: `No selector logs S3 object-level ${kind} events of every bucket.`,
                    remediation: dataEventsRemediation(kind)
                };
        });
    }
    // The bucket's controls: apply does not change them, so they are judged as the bucket is.
    if (bucket.region.ok && bucket.region.value !== null) {
        steps.push({
            finding: control({ securityHub: 'CloudTrail.6', cis: null }, 'Log bucket not public', publicBucket(ctx), null)
        });
        const logging = bucket.accessLogging;
        const judgement = !logging.ok
            ? unknown(logging.failure, 'access logging of the log bucket')
            : logging.value
                ? { state: 'pass', detail: `Server access logging is enabled on ${bucket.name}.` }
                : {
                    state: 'fail',
                    detail: `Requests to ${bucket.name} are not logged.`,
                    remediation: `# ACCESS_LOG_BUCKET: a bucket that receives S3 server access logs (not the trail bucket itself).\naws s3api put-bucket-logging --bucket ${bucket.name} --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"${bucket.name}/"}}'`
                };
        steps.push({
            finding: control({ securityHub: 'CloudTrail.7', cis: '3.4' }, 'Access logging on the log bucket', judgement, null)
        });
    }
    const status = ctx.observed.trail?.status;
    if (status?.ok) {
        const s = status.value;
        steps.push({
            finding: delivery({
                id: 'delivery.log-files',
                label: 'Log file',
                error: s.latestDeliveryError,
                time: s.latestDeliveryTime,
                detail: s.latestDeliveryTime
                    ? `Latest delivery ${s.latestDeliveryTime.toISOString()}.`
                    : 'No delivery error reported.',
                remediation: 'Check the bucket policy and, with SSE-KMS, the key policy; the s3.bucket-policy finding lists what is missing.'
            })
        });
        steps.push({
            finding: delivery({
                id: 'delivery.digest-files',
                label: 'Digest file',
                error: s.latestDigestDeliveryError,
                time: s.latestDigestDeliveryTime,
                detail: 'No digest delivery error reported.',
                remediation: 'Check the bucket policy and, with SSE-KMS, the key policy.'
            })
        });
    }
    return steps;
}
function delivery(d) {
    if (d.error) {
        return (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({
            id: d.id,
            category: 'posture',
            severity: 'warning',
            title: `${d.label} delivery is failing`,
            detail: `CloudTrail reports: ${d.error}.`,
            remediation: d.remediation
        });
    }
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)({
        id: d.id,
        category: 'posture',
        severity: 'ok',
        // A trail created a moment ago has delivered nothing yet: say only what is known.
        title: d.time ? `${d.label}s delivered` : `No ${d.label.toLowerCase()} delivery error`,
        detail: d.detail
    });
}
/** KMS.4 on the key the view's trail uses: its rotation is known when it is the declared key, read by observe. */
function keyRotation(ctx, v) {
    if (!v.trail)
        return NO_TRAIL;
    const keyId = v.trail.kmsKeyId;
    if (!keyId)
        return { state: 'no-key', detail: 'The trail has no KMS key (see CloudTrail.2).' };
    const key = ctx.observed.kmsKey?.ok ? ctx.observed.kmsKey.value : null;
    const region = key?.region ?? ctx.homeRegion;
    const command = `aws kms enable-key-rotation --key-id ${keyId} --region ${region}`;
    const rotation = key !== null && sameKey(key.arn, keyId) ? key.rotationEnabled : undefined;
    if (!rotation)
        return {
            state: 'unknown',
            detail: `Rotation of ${keyId} was not read: org-trail reads the key named by the input kms-key-id.`,
            remediation: `# Set kms-key-id to this key, or check by hand:\naws kms get-key-rotation-status --key-id ${keyId} --region ${region}`
        };
    if (!rotation.ok)
        return unknown(rotation.failure, `rotation of ${keyId}`);
    return rotation.value
        ? { state: 'pass', detail: `Automatic rotation is enabled on ${keyId}.` }
        : { state: 'fail', detail: `Automatic rotation is off on ${keyId}.`, remediation: command };
}
/** A key ARN and the reference a trail or input holds (ARN or key id) name the same key. */
function sameKey(arn, reference) {
    return arn === reference || arn.endsWith(`:key/${reference}`);
}
function publicBucket(ctx) {
    const { publicAccessBlock, policyIsPublic, name } = ctx.observed.bucket;
    const failed = [publicAccessBlock, policyIsPublic].flatMap((r) => (r.ok ? [] : [r.failure]));
    if (failed.length > 0) {
        return {
            state: 'unknown',
            detail: `${failed.map((f) => `${f.action} failed (${f.code})`).join('; ')}, so whether ${name} is public could not be checked.`,
            remediation: failed.map((f) => `# Allow "${f.action}" in the role's policy.`).join('\n')
        };
    }
    const block = publicAccessBlock.ok ? publicAccessBlock.value : null;
    const fullyBlocked = block !== null &&
        block.blockPublicAcls &&
        block.ignorePublicAcls &&
        block.blockPublicPolicy &&
        block.restrictPublicBuckets;
    const isPublic = policyIsPublic.ok && policyIsPublic.value;
    const command = (0,_aws_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .putPublicAccessBlockCommand */ .vE)(name);
    if (isPublic) {
        return {
            state: 'fail',
            detail: `The log bucket is public: the policy of ${name} grants public access to the audit log.`,
            remediation: `# Remove the statements that grant public access, then:\n${command}`
        };
    }
    if (!fullyBlocked) {
        return {
            state: 'fail',
            detail: `Public access to ${name} is not blocked: it has no complete Block Public Access configuration of its own.`,
            remediation: command
        };
    }
    return { state: 'pass', detail: `Block Public Access is on for ${name}.` };
}


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ weakening),
/* harmony export */   Gx: () => (/* binding */ cloudWatchLogsPair),
/* harmony export */   Kj: () => (/* binding */ diffTrail),
/* harmony export */   qH: () => (/* binding */ destructiveVerb),
/* harmony export */   q_: () => (/* binding */ refusedChanges)
/* harmony export */ });
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);

/**
 * The settings where the trail differs from its declaration. References must be resolved first (the KMS
 * key and SNS topic as ARNs) since AWS reports ARNs.
 */
function diffTrail(observed, declared) {
    return _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAIL_FIELDS */ .vf.filter((f) => !((0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isOptional */ .dK)(f) && (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared) === '') && (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedValue */ .ki)(f, observed) !== (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared)).map((f) => ({
        field: f.field,
        before: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedValue */ .ki)(f, observed),
        after: (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredValue */ .GW)(f, declared)
    }));
}
/**
 * Why a change is destructive, or null when it is not: it weakens the trail (a protection turned off) or
 * moves something that depends on its current value (an existing S3 key prefix replaced).
 */
function weakening(change) {
    const rule = (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpec */ .KQ)(change.field);
    if (rule.kind === 'flag')
        return rule.weakening !== undefined && change.before === true && change.after === false ? rule.weakening : null;
    if (rule.moving !== undefined && typeof change.before === 'string' && change.before !== '')
        return change.before !== change.after ? rule.moving : null;
    return null;
}
/**
 * The changes org-trail refuses to make: the destructive ones, unless allow-destructive-changes. The plan
 * leaves them out, and apply refuses a trail another run created meanwhile that would need them.
 */
function refusedChanges(fields, allowDestructiveChanges) {
    return allowDestructiveChanges ? [] : fields.filter((f) => weakening(f) !== null);
}
/** How a destructive change is named to people: a protection is turned off, a value is changed. */
function destructiveVerb(field) {
    const rule = (0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldSpec */ .KQ)(field);
    return rule.kind !== 'flag' && rule.moving !== undefined ? 'change' : 'turn off';
}
/** CloudTrail takes the CloudWatch Logs role only together with its log group: both go when either changes. */
function cloudWatchLogsPair(fields, declared) {
    return fields.some((f) => f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')
        ? { logGroupArn: declared.cloudWatchLogsLogGroupArn, roleArn: declared.cloudWatchLogsRoleArn }
        : undefined;
}


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ parseKeyPolicy),
/* harmony export */   SA: () => (/* binding */ kmsStatements),
/* harmony export */   ZP: () => (/* binding */ missingKmsActions),
/* harmony export */   g$: () => (/* binding */ mergeKeyPolicy),
/* harmony export */   sf: () => (/* binding */ keyPolicyDenies),
/* harmony export */   uU: () => (/* binding */ MAX_KEY_POLICY_BYTES)
/* harmony export */ });
/* unused harmony export denyingKmsStatements */
/* harmony import */ var _cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8735);
/* harmony import */ var _cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1851);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3842);
// The KMS key policy CloudTrail needs to encrypt an organization trail's logs: analysis and merge.





/** KMS key policies are limited to 32 KB. */
const MAX_KEY_POLICY_BYTES = 32 * 1024;
function kmsRequests(g) {
    return (0,_cloudtrail_request_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsRequests */ ._e)({ trailArn: g.trailArn, accountId: g.accountId, ...(g.organizationId ? { organizationId: g.organizationId } : {}) }, g.keyArn);
}
function kmsStatements(g) {
    return [
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .allowCloudTrail */ .F)('OrgTrailKmsEncrypt', 'kms:GenerateDataKey*', '*', {
            StringEquals: { 'aws:SourceArn': [g.trailArn] },
            StringLike: {
                'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${g.partition}:cloudtrail:*:${g.accountId}:trail/*`
            }
        }),
        (0,_cloudtrail_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .allowCloudTrail */ .F)('OrgTrailKmsDescribe', 'kms:DescribeKey', '*')
    ];
}
function missingKmsActions(policy, g) {
    return kmsRequests(g)
        .filter((r) => !(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .allows */ .NB)(policy, r))
        .map((r) => r.action);
}
/** The Deny statements of a key policy that surely, or perhaps, take from CloudTrail what it needs. */
function keyPolicyDenies(policy, g) {
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeDenies */ .BM)(policy, kmsRequests(g));
}
/** The statements of a key policy that explicitly deny CloudTrail what it needs. */
function denyingKmsStatements(policy, g) {
    return [...keyPolicyDenies(policy, g).denying];
}
function mergeKeyPolicy(policy, g) {
    return (0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeOwnStatements */ .n)(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn);
}
function parseKeyPolicy(text) {
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyDocument */ .X)(text, 'key policy');
}


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ logIntegrityOutput),
/* harmony export */   Df: () => (/* binding */ integrityAnnotation),
/* harmony export */   ES: () => (/* binding */ renderIntegrityRollup),
/* harmony export */   cL: () => (/* binding */ renderLogIntegrity)
/* harmony export */ });
/* unused harmony exports FIRST_PROBLEMS, integrityHeadline */
/* harmony import */ var _integrity_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6602);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);


/** Problems shown on the summary's first screen; the report holds them all (up to its bound). */
const FIRST_PROBLEMS = 10;
const VERDICT = {
    valid: '✅ valid',
    invalid: '❌ invalid',
    stale: '⚠️ stale',
    unverified: '❔ unverified'
};
const n = (x) => x.toLocaleString('en-US');
const plural = (x, word) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
/** The output log-integrity: the verdict, or off without verify-logs. */
function logIntegrityOutput(r) {
    return r?.verdict ?? 'off';
}
/** One line: the verdict and what it covers. */
function integrityHeadline(r) {
    const c = r.counts;
    const shard = r.shard ? ` · accounts shard ${r.shard.index}/${r.shard.count}` : '';
    if (r.skipped)
        return `**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${r.skipped}`;
    const files = r.logFiles === 'all'
        ? `${plural(c.logFiles.valid + c.logFiles.invalid, 'log file')} (${mb(c.bytesHashed)} hashed)`
        : 'log files not fetched (verify-log-files: none)';
    return (`**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${plural(c.accounts, 'account')} × ${plural(c.regions, 'region')}${shard} · ` +
        `${plural(c.digests.valid + c.digests.invalid, 'digest')} · ${files}`);
}
function problemsTable(r, limit) {
    const shown = r.problems.slice(0, limit);
    const rows = shown.map((p) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.kind), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(p.region), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.key), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(p.detail)]);
    const more = r.problems.length + r.omitted.problems - shown.length;
    return ((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Problem', 'Account', 'Region', 'Key', 'What was found'], rows) +
        (more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the run report (\`logIntegrity.problems\`).` : ''));
}
function unreadableList(r, limit) {
    const shown = r.unreadable.slice(0, limit);
    const items = shown.map((u) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.action)} refused or failing (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(u.code)})${u.account ? ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.account)}` : ''}${u.region ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(u.region)}` : ''}` +
        `${u.key ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(u.key)}` : ''}`);
    const more = r.unreadable.length + r.omitted.unreadable - shown.length;
    if (more > 0)
        items.push(`- …and ${n(more)} more in the run report (\`logIntegrity.unreadable\`).`);
    return items.join('\n');
}
/**
 * The log section: on the first screen, the verdict, its counts and the first problems with their keys;
 * below, what could not be read (never counted as tampering) and the periods logging was off.
 */
function renderLogIntegrity(r) {
    const parts = [`### Log integrity`, integrityHeadline(r)];
    if (r.skipped)
        return parts.join('\n\n');
    const c = r.counts;
    parts.push(`From ${r.window.from} to ${r.window.to}. Digests: ${n(c.digests.valid)} valid, ${n(c.digests.invalid)} invalid` +
        (c.digests.unverified ? `, ${n(c.digests.unverified)} unverified` : '') +
        (r.logFiles === 'all'
            ? `. Log files: ${n(c.logFiles.valid)} valid, ${n(c.logFiles.invalid)} invalid` +
                (c.logFiles.unverified ? `, ${n(c.logFiles.unverified)} unverified` : '')
            : '') +
        '.');
    if (r.problems.length > 0)
        parts.push(`**Problems:** ${(0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .kindsOf */ .tG)(r)}.`, problemsTable(r, FIRST_PROBLEMS));
    if (r.unreadable.length > 0)
        parts.push('**Could not be read** (what the role lacks or AWS refused; not evidence of tampering, but not verified either):', unreadableList(r, FIRST_PROBLEMS));
    if (r.loggingOff.length > 0) {
        const shown = r.loggingOff.slice(0, FIRST_PROBLEMS);
        const more = r.loggingOff.length + r.omitted.loggingOff - shown.length;
        parts.push(`<details><summary>Logging was off ${plural(r.loggingOff.length + r.omitted.loggingOff, 'time')} (a new digest chain began: not tampering)</summary>\n\n` +
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Account', 'Region', 'From', 'To'], shown.map((l) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(l.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(l.region), l.from, l.to])) +
            (more > 0 ? `\n\n…and ${n(more)} more in the run report.` : '') +
            '\n\n</details>');
    }
    return parts.join('\n\n');
}
/** One annotation when the logs are not verified valid: the verdict and the first problems' keys. */
function integrityAnnotation(r) {
    if (r.verdict === 'valid')
        return null;
    const first = r.problems.slice(0, 3).map((p) => `${p.kind} ${p.account} ${p.region}: ${p.key}`);
    const unread = r.unreadable.slice(0, 3).map((u) => `${u.action} (${u.code})${u.key ? `: ${u.key}` : ''}`);
    const lines = r.skipped ? [r.skipped] : [...first, ...(first.length === 0 ? unread : [])];
    return {
        level: r.verdict === 'invalid' ? 'error' : 'warning',
        title: `Log integrity: ${r.verdict}`,
        message: [integrityHeadline(r).replace(/\*\*/g, ''), ...lines].join('\n')
    };
}
/**
 * The roll-up's log section: the reports of one organization, trail and window (the jobs of an
 * accounts-shard matrix, or one run) combined into one verdict. A job of the matrix whose report is
 * missing leaves its accounts unverified, and fails the roll-up.
 */
function renderIntegrityRollup(reports) {
    const groups = new Map();
    for (const r of reports) {
        if (!r.logIntegrity)
            continue;
        const organization = r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown';
        const id = `${organization}|${r.trail.name}|${r.logIntegrity.window.duration}|${r.logIntegrity.shard?.count ?? 1}`;
        const group = groups.get(id) ?? { organization, reports: [] };
        group.reports.push(r);
        groups.set(id, group);
    }
    if (groups.size === 0)
        return { markdown: '', failures: [] };
    const failures = [];
    const rows = [];
    const details = [];
    for (const { organization, reports: group } of groups.values()) {
        const combined = (0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .combineShards */ .Tm)(group.map((r) => r.logIntegrity));
        const c = combined.counts;
        const missing = combined.missingShards;
        const count = group[0]?.logIntegrity?.shard?.count ?? 1;
        if (missing.length > 0)
            failures.push(`${organization}: the reports of accounts-shard ${missing.map((i) => `${i}/${count}`).join(', ')} are missing: their accounts' logs are not verified`);
        rows.push([
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(organization),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(group[0]?.trail.name ?? ''),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(combined.window.duration),
            VERDICT[combined.verdict],
            count > 1 ? `${count - missing.length}/${count}` : '—',
            n(c.accounts),
            n(c.digests.valid + c.digests.invalid),
            n(c.logFiles.valid + c.logFiles.invalid),
            n(combined.problems.length + combined.omitted.problems)
        ]);
        if (combined.problems.length > 0 || combined.unreadable.length > 0)
            details.push(`#### ${organization} · ${group[0]?.trail.name ?? ''}`, '', renderLogIntegrity(combined).replace(/^### Log integrity\n\n/, ''), '');
    }
    const markdown = [
        '### Log integrity',
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Organization', 'Trail', 'Window', 'Verdict', 'Shards', 'Accounts', 'Digests', 'Log files', 'Problems'], rows),
        '',
        ...failures.map((f) => `> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(f)}\n`),
        ...details
    ].join('\n');
    return { markdown, failures };
}


/***/ }),

/***/ 3498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ reportOf),
/* harmony export */   LK: () => (/* binding */ failureReport),
/* harmony export */   Qh: () => (/* binding */ reportSchema),
/* harmony export */   kv: () => (/* binding */ runContextOf)
/* harmony export */ });
/* unused harmony exports REPORT_SCHEMA_VERSION, reportJsonSchema, reportFinding */
/* harmony import */ var _integrity_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7458);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6723);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);



/**
 * The machine-readable record of one run (`report-path`): what an auditor keeps as evidence. This zod
 * schema is its one definition: the TypeScript type, the check of reports read back in summarize mode and
 * `schema/report.schema.json` (npm run docs) all come from it. A change that is not an addition bumps
 * REPORT_SCHEMA_VERSION.
 */
const REPORT_SCHEMA_VERSION = 1;
const text = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP();
const changeRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    what: text,
    before: text,
    after: text,
    logArchive: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true).optional().describe('written through log-archive-role-arn, in the Log Archive account')
});
const controlState = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'unknown', 'no-trail', 'no-key']);
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0);
const verdictCounts = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ valid: count, invalid: count, unverified: count });
const logIntegrity = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['valid', 'invalid', 'stale', 'unverified'])
        .describe('the log-integrity output: invalid (a problem other than stale), stale, unverified (something could not be read), valid'),
    window: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        from: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
        to: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
        duration: text.describe('verify-logs, e.g. 24h')
    }),
    logFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['all', 'none']).describe('verify-log-files'),
    shard: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1) })
        .nullable()
        .describe('accounts-shard i/n; null: every account'),
    counts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        accounts: count,
        regions: count,
        accountRegions: count.describe('account-region pairs verified'),
        digests: verdictCounts,
        logFiles: verdictCounts,
        bytesHashed: count.describe('uncompressed bytes of log files hashed')
    }),
    problems: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        account: text,
        region: text,
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_integrity_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBLEM_KINDS */ .m),
        key: text.describe('the object key; for stale, the newest digest or the digest folder'),
        detail: text
    })),
    unreadable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        account: text,
        region: text,
        key: text.describe('empty for a listing or a public-key request'),
        action: text.describe('the IAM action refused or failing'),
        code: text,
        message: text
    }))
        .describe('what could not be read, as what it is (never reported as tampering)'),
    loggingOff: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ account: text, region: text, from: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(), to: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$() }))
        .describe('periods the digest chain shows logging was off: not problems'),
    omitted: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ problems: count, unreadable: count, loggingOff: count })
        .describe('entries beyond the 1000 each list keeps'),
    skipped: text.nullable().describe('why nothing could be verified (no trail, validation off); null when it ran')
})
    .describe('log verification (verify-logs); absent when verify-logs is empty');
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REPORT_SCHEMA_VERSION),
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: text.describe('owner/repo (GITHUB_REPOSITORY)'),
        workflow: text,
        runId: text,
        runAttempt: text,
        ref: text,
        sha: text,
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['apply', 'check']),
        actionVersion: text,
        startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
        finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$()
    }),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure']).describe('success: the step passed; failure: it failed'),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['created', 'updated', 'unchanged', 'blocked', 'in-sync', 'drift', 'failed'])
        .describe('the status output; failed: the run stopped on an error (see error)'),
    identity: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ account: text, arn: text })
        .nullable()
        .describe('who ran; null when the run stopped before the session was open'),
    organization: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: text.nullable(), managementAccount: text })
        .nullable()
        .describe('null when the run stopped before the plan'),
    trail: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: text,
        arn: text.describe('empty when the run stopped before the plan'),
        homeRegion: text,
        config: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: text,
            arn: text,
            homeRegion: text,
            s3BucketName: text,
            s3KeyPrefix: text,
            isOrganizationTrail: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            isMultiRegionTrail: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            includeGlobalServiceEvents: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            logFileValidationEnabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            kmsKeyId: text.optional(),
            cloudWatchLogsLogGroupArn: text.optional(),
            cloudWatchLogsRoleArn: text.optional(),
            snsTopicArn: text.optional()
        })
            .nullable()
            .describe('as re-read after apply, or as observed; null when there is no trail'),
        isLogging: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullable(),
        latestDeliveryTime: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$().nullable(),
        latestDeliveryError: text.nullable()
    }),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: text,
        category: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['prerequisite', 'posture']),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['blocker', 'fixable', 'warning', 'ok']),
        control: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            securityHub: text.describe('the AWS Security Hub control id, e.g. CloudTrail.1'),
            cis: text.nullable().describe('the CIS AWS Foundations Benchmark v3.0.0 recommendation; null: none'),
            now: controlState,
            afterApply: controlState.nullable().describe('null: apply does not change it')
        })
            .nullable()
            .describe('posture findings: the control and its state; null for a prerequisite'),
        title: text,
        detail: text,
        fix: text.describe('a command or a policy statement; empty when nothing is to fix')
    }))
        .describe('in the order of the findings output'),
    changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(changeRecord).describe('as the changes output: made (apply) or that apply would make'),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text).describe('why the step failed; empty when it passed'),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ title: text, message: text }).nullable().describe('the error the run stopped on'),
    logIntegrity: logIntegrity.optional()
})
    .describe('org-trail run report');
/** The JSON Schema of the report, as committed in schema/report.schema.json. */
function reportJsonSchema() {
    return {
        $id: 'https://github.com/OWNER/org-trail/blob/main/schema/report.schema.json',
        title: 'org-trail run report',
        ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' })
    };
}
const reportFinding = (f) => ({
    id: f.id,
    category: f.category,
    severity: f.severity,
    control: f.control ?? null,
    title: f.title,
    detail: f.detail,
    fix: f.remediation
});
const iso = (d) => (d ? d.toISOString() : null);
/** Log verification as the report keeps it: the same values, in lists of its own. */
function logIntegrityRecord(r) {
    return {
        ...r,
        shard: r.shard ? { ...r.shard } : null,
        window: { ...r.window },
        counts: { ...r.counts, digests: { ...r.counts.digests }, logFiles: { ...r.counts.logFiles } },
        problems: r.problems.map((p) => ({ ...p })),
        unreadable: r.unreadable.map((u) => ({ ...u })),
        loggingOff: r.loggingOff.map((l) => ({ ...l })),
        omitted: { ...r.omitted }
    };
}
/** The report of a run that reached an Outcome (every status, the step failed or not). */
function reportOf(o, run, finishedAt) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        run: { ...run, mode: o.mode, finishedAt: finishedAt.toISOString() },
        conclusion: o.failures.length > 0 ? 'failure' : 'success',
        status: o.status,
        identity: { account: o.identity.accountId, arn: o.identity.arn },
        organization: { id: o.organizationId, managementAccount: o.managementAccountId },
        trail: {
            name: o.trailName,
            arn: o.trail?.arn ?? o.trailArn,
            homeRegion: o.trail?.homeRegion ?? o.homeRegion,
            config: o.trail,
            isLogging: o.trailStatus ? o.trailStatus.isLogging : null,
            latestDeliveryTime: iso(o.trailStatus?.latestDeliveryTime),
            latestDeliveryError: o.trailStatus?.latestDeliveryError ?? null
        },
        findings: o.findings.map(reportFinding),
        changes: (0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChanges */ .DT)(o.changes, o.trailName),
        failures: [...o.failures],
        error: null,
        ...(o.logIntegrity ? { logIntegrity: logIntegrityRecord(o.logIntegrity) } : {})
    };
}
function failureReport(f, run, finishedAt) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        run: { ...run, mode: f.mode, finishedAt: finishedAt.toISOString() },
        conclusion: 'failure',
        status: 'failed',
        identity: f.identity ? { account: f.identity.accountId, arn: f.identity.arn } : null,
        organization: f.plan ? { id: f.plan.organizationId, managementAccount: f.plan.managementAccountId } : null,
        trail: {
            name: f.trailName,
            arn: f.plan?.trailArn ?? '',
            homeRegion: f.homeRegion,
            config: null,
            isLogging: null,
            latestDeliveryTime: null,
            latestDeliveryError: null
        },
        findings: (f.plan?.findings ?? []).map(reportFinding),
        changes: (0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChanges */ .DT)(f.applied, f.trailName),
        failures: [`${f.error.title}: ${f.error.message}`],
        error: f.error
    };
}
/** The run context from the runner's environment variables. */
function runContextOf(env, actionVersion, startedAt) {
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        startedAt: startedAt.toISOString(),
        actionVersion
    };
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** Replaces each secret value (account ids, when masked) everywhere in the text. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readReportFiles),
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3498);



/** Writes a run's report, creating its folder. */
async function writeReportFile(file, report) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, report.endsWith('\n') ? report : `${report}\n`);
}
async function jsonFilesUnder(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name))
        .sort();
}
async function readOne(file) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        return { source: file, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const parsed = _record_js__WEBPACK_IMPORTED_MODULE_2__/* .reportSchema */ .Qh.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.join('.') || 'the document';
        return { source: file, problem: `not an org-trail report: ${where}: ${first?.message ?? 'invalid'}` };
    }
    return { source: file, report: parsed.data };
}
/** Every report the paths name (files, or folders searched for *.json), each read or its problem. */
async function readReportFiles(paths) {
    const files = [];
    const missing = [];
    for (const p of paths) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => null);
        if (info === null)
            missing.push({ source: p, problem: 'no such file or folder' });
        else if (info.isDirectory()) {
            const found = await jsonFilesUnder(p);
            if (found.length === 0)
                missing.push({ source: p, problem: 'a folder with no .json file' });
            files.push(...found);
        }
        else
            files.push(p);
    }
    return [...(await Promise.all([...new Set(files)].map(readOne))), ...missing];
}


/***/ }),

/***/ 4614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(604);
// What the step leaves behind however the run ends: its job summary, its JSON report, its exit code.



/**
 * The job summary, where the runner gives it a file. Local runners (@github/local-action, act) may not:
 * the run then goes on without one rather than failing over it.
 */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No job summary: GITHUB_STEP_SUMMARY is not set (not on a GitHub runner).');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
}
/**
 * Fails the step. The exit code is set here too: core.setFailed sets it on a runner, but
 * @github/local-action's stand-in only records the failure, and a failed run must exit non-zero there.
 */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    process.exitCode = 1;
}
/**
 * Writes the run's JSON report (account ids masked like every other line) and names it in the report-path
 * output. A report that cannot be written is a warning: the trail's state is not at stake.
 */
async function writeReport(file, report, secrets) {
    try {
        await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeReportFile */ .a)(file, (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(JSON.stringify(report, null, 2), secrets));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-path', file);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the run's report to ${file}: ${String(error)}`, { title: 'Report not written' });
    }
}


/***/ })

};

//# sourceMappingURL=645.index.js.map