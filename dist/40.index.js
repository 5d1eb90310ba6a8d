export const id = 40;
export const ids = [40];
export const modules = {

/***/ 8056:
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
    title;
    constructor(title, message) {
        super(message);
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

/***/ 9375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ CLOUDTRAIL_PRINCIPAL),
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


/***/ }),

/***/ 7040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/apply-error.ts
var apply_error = __webpack_require__(8056);
;// CONCATENATED MODULE: ./src/aws/actions.ts
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
        purpose: 'CloudTrail lists member accounts when it creates an organization trail',
        requiredByCloudTrail: true,
        applyOnly: true
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
    'kms:DescribeKey': { access: 'read', purpose: 'the KMS key exists, is enabled, symmetric and in the bucket region' },
    'kms:GetKeyPolicy': { access: 'read', purpose: 'the key policy lets CloudTrail encrypt' },
    'kms:PutKeyPolicy': {
        access: 'write',
        purpose: 'merge the CloudTrail statements into the key policy (manage-kms-key-policy)'
    },
    'logs:DescribeLogGroups': { access: 'read', purpose: 'the CloudWatch Logs log group exists' },
    'sns:GetTopicAttributes': { access: 'read', purpose: 'the SNS topic exists and lets CloudTrail publish' },
    'iam:CreateServiceLinkedRole': { access: 'write', purpose: 'create a missing service-linked role' },
    's3:GetBucketLocation': { access: 'read', purpose: 'whether the bucket exists and where' },
    's3:GetBucketPolicy': { access: 'read', purpose: 'whether the bucket policy lets CloudTrail write' },
    's3:GetBucketRequestPayment': { access: 'read', purpose: 'Requester Pays must be off' },
    's3:GetBucketPublicAccessBlock': { access: 'read', purpose: 'posture: the log bucket is not public (CloudTrail.6)' },
    's3:GetBucketPolicyStatus': { access: 'read', purpose: 'posture: the log bucket is not public (CloudTrail.6)' },
    's3:GetBucketLogging': { access: 'read', purpose: 'posture: access logging on the log bucket (CloudTrail.7)' },
    's3:PutBucketPolicy': { access: 'write', purpose: 'merge the CloudTrail statements into the bucket policy' },
    's3:CreateBucket': { access: 'write', purpose: 'create the bucket (create-bucket)' },
    's3:PutBucketPublicAccessBlock': { access: 'write', purpose: 'harden a created bucket: Block Public Access' },
    's3:PutEncryptionConfiguration': { access: 'write', purpose: 'harden a created bucket: default encryption' },
    's3:PutBucketVersioning': { access: 'write', purpose: 'harden a created bucket: versioning' },
    's3:PutBucketOwnershipControls': { access: 'write', purpose: 'harden a created bucket: object ownership enforced' },
    'cloudtrail:DescribeTrails': { access: 'read', purpose: 'the trail and the other trails in its home region' },
    'cloudtrail:GetTrail': { access: 'read', purpose: 're-read the trail after a change', applyOnly: true },
    'cloudtrail:GetTrailStatus': { access: 'read', purpose: 'whether the trail is logging, and delivery errors' },
    'cloudtrail:GetEventSelectors': {
        access: 'read',
        purpose: 'event selectors, and posture: management events read and write (CloudTrail.1)'
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
        return !info.outsidePermissionPolicy && (mode === 'apply' || (info.access === 'read' && !info.applyOnly));
    })
        .sort();
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/explain.ts


/** What each permanent CloudTrail error means for this action, and what to do about it. */
const KNOWN = {
    OrganizationNotInAllFeaturesModeException: {
        title: 'Organization is not in ALL features mode',
        fix: 'From the management account run "aws organizations enable-all-features" and have every member account accept the handshake.'
    },
    CloudTrailAccessNotEnabledException: {
        title: 'CloudTrail has no trusted access',
        fix: 'Run "aws organizations enable-aws-service-access --service-principal cloudtrail.amazonaws.com" from the management account, or set enable-trusted-access: true.'
    },
    NoManagementAccountSLRExistsException: {
        title: 'Service-linked role missing',
        fix: 'Run "aws iam create-service-linked-role --aws-service-name cloudtrail.amazonaws.com" in the management account.'
    },
    NotOrganizationMasterAccountException: {
        title: 'Not the management account',
        fix: 'Assume a role in the management account, or register this account as a delegated administrator for cloudtrail.amazonaws.com.'
    },
    NotOrganizationManagementAccountException: {
        title: 'Not the management account',
        fix: 'Assume a role in the management account, or register this account as a delegated administrator for cloudtrail.amazonaws.com.'
    },
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
        title: 'KMS key policy does not let CloudTrail encrypt',
        fix: 'Set manage-kms-key-policy: true, or add the statements shown in the kms.key-policy finding (run with mode: check to see them).'
    },
    KmsKeyNotFoundException: {
        title: 'KMS key not found',
        fix: 'Check kms-key-id: the key must exist in the same region as the bucket.'
    },
    KmsException: {
        title: 'KMS key unusable',
        fix: "The key must be an enabled, symmetric customer managed key in the bucket's region."
    },
    KmsKeyDisabledException: { title: 'KMS key disabled', fix: 'Enable the key (aws kms enable-key) or choose another.' },
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
                message: `AWS refused ${error.action}${where}: ${said}. Add "${error.action}" to the permission policy of the role org-trail uses (${IAM_ACTIONS[error.action].purpose}).`
            };
        }
        const known = KNOWN[error.code];
        if (known)
            return { title: known.title, message: `${error.action} failed with ${error.code}${where}: ${said}. ${known.fix}` };
        const transient = error.attempts !== undefined && error.attempts > 1;
        return {
            title: `${error.action} failed`,
            message: `${error.action} failed with ${error.code}${where}: ${said}.${transient ? ' The SDK retried it and gave up: AWS or the network is failing; run again later — the next run picks up where this one stopped.' : ''}`
        };
    }
    return { title: (0,errors/* errorCode */.CA)(error), message: (0,errors/* errorMessage */.gJ)(error) };
}

// EXTERNAL MODULE: ./src/report/changes.ts
var changes = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/settings/read.ts + 3 modules
var read = __webpack_require__(6248);
;// CONCATENATED MODULE: ./src/main.ts






/**
 * The stages that need the AWS SDK. They are loaded only once the inputs are valid, and while the OIDC
 * token request is in flight (started by start.ts: while STS answers): an invalid input costs no SDK
 * load, and a valid run overlaps the two.
 */
function loadStages() {
    return Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(310), __webpack_require__.e(695), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 11)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(310), __webpack_require__.e(695), __webpack_require__.e(76)]).then(__webpack_require__.bind(__webpack_require__, 6076)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(310), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 537)),
        __webpack_require__.e(/* import() */ 802).then(__webpack_require__.bind(__webpack_require__, 2802)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(310), __webpack_require__.e(802), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 8931)),
        Promise.all(/* import() */[__webpack_require__.e(630), __webpack_require__.e(538)]).then(__webpack_require__.bind(__webpack_require__, 5538)),
        __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 4671)),
        __webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 5468)),
        __webpack_require__.e(/* import() */ 994).then(__webpack_require__.bind(__webpack_require__, 7994)),
        __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 4231))
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
/** The pipeline, in order: settings, session, observe, plan, apply, re-read, report. */
async function run(started) {
    const secrets = [];
    // Account ids are registered as secrets as soon as they are known, before any line could print them.
    const mask = (accountId) => {
        if (accountId === '' || secrets.includes(accountId))
            return;
        secrets.push(accountId);
        core/* setSecret */.Pq(accountId);
    };
    try {
        const parsed = started ? { ok: true, settings: started.settings } : await (0,read/* readSettings */.s)(core/* getInput */.V4);
        if (!parsed.ok) {
            const report = (0,read/* invalidInputsReport */.X)(parsed.problems);
            for (const a of report.annotations)
                core/* error */.z3(a.message, { title: a.title });
            fail(report.failure);
            return;
        }
        const settings = parsed.settings;
        // The role's account is known before any call: mask it before an assume-role failure could print it.
        if (settings.maskAccountId && settings.auth.kind === 'oidc')
            mask(settings.auth.roleArn.split(':')[4] ?? '');
        const token = started?.token ?? requestTokenEarly(settings.auth);
        const [{ openSession }, { Clients }, { observe }, { plan }, { apply }, { reread }, { failuresOf, statusOf }, { annotationsOf, outputsOf }, { renderSummary }, { commentMarker, publishComment }] = await loadStages();
        const session = await (started?.session ??
            openSession(settings.auth, settings.region, {
                getIDToken: (audience) => token ?? core/* getIDToken */.V9(audience),
                setSecret: core/* setSecret */.Pq,
                env: process.env
            }));
        if (settings.maskAccountId)
            mask(session.identity.accountId);
        const clients = new Clients({
            region: settings.region,
            ...(session.credentials ? { credentials: session.credentials } : {})
        });
        core/* info */.pq(`Running as ${session.identity.arn} in ${settings.region} (mode: ${settings.mode})`);
        const observed = await observe(clients, settings, session.identity);
        const thePlan = plan(settings, observed);
        const { managementAccountId } = thePlan;
        if (settings.maskAccountId)
            mask(managementAccountId);
        let outcome;
        const base = {
            mode: settings.mode,
            trailName: settings.trail.name,
            findings: thePlan.findings,
            identity: session.identity,
            managementAccountId,
            homeRegion: thePlan.homeRegion
        };
        if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
            const result = await apply(thePlan, { allowDestructiveChanges: settings.allowDestructiveChanges }, { clients, log: core/* info */.pq, sleep });
            const final = await reread(clients, result.trailArn, thePlan.homeRegion);
            const status = statusOf(settings.mode, thePlan, { created: result.created, count: result.applied.length });
            outcome = {
                ...base,
                status,
                trailArn: result.trailArn,
                trail: final.trail,
                trailStatus: final.status,
                changes: result.applied,
                adopted: result.adopted,
                failures: failuresOf(settings, status, thePlan.findings, result.applied)
            };
        }
        else {
            const status = statusOf(settings.mode, thePlan, null);
            outcome = {
                ...base,
                status,
                trailArn: thePlan.trailArn,
                trail: observed.trail?.config ?? null,
                trailStatus: observed.trail?.status.ok ? observed.trail.status.value : null,
                changes: thePlan.changes,
                adopted: false,
                failures: failuresOf(settings, status, thePlan.findings, thePlan.changes)
            };
        }
        await publish(outcome, settings, secrets, {
            annotationsOf,
            outputsOf,
            renderSummary,
            commentMarker,
            publishComment
        });
    }
    catch (error) {
        const cause = error instanceof apply_error/* ApplyError */.d ? error.cause : error;
        const { title, message } = explain(cause);
        const done = error instanceof apply_error/* ApplyError */.d && error.applied.length > 0
            ? ` Done before the failure: ${(0,changes/* describeChanges */.D)(error.applied, '')
                .map((c) => c.what)
                .join('; ')}. The next run continues from there.`
            : '';
        const text = (0,report_markdown/* redact */.E$)(`${message}${done}`, secrets);
        core/* error */.z3(text, { title });
        await writeSummary(`## org-trail · 🔴 failed\n\n**${title}.** ${text}\n`).catch(() => undefined);
        // The titled annotation above is the message; setFailed would print it a second time. 1 is
        // core.ExitCode.Failure, which @github/local-action's stand-in of @actions/core does not export.
        process.exitCode = 1;
    }
}
/**
 * Fails the step. The exit code is set here too: core.setFailed sets it on a runner, but
 * @github/local-action's stand-in only records the failure, and a failed run must exit non-zero there.
 */
function fail(message) {
    core/* setFailed */.C1(message);
    process.exitCode = 1;
}
/**
 * The job summary, where the runner gives it a file. Local runners (@github/local-action, act) may not:
 * the run then goes on without one rather than failing over it.
 */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq('No job summary: GITHUB_STEP_SUMMARY is not set (not on a GitHub runner).');
        return;
    }
    await core/* summary */.z.addRaw(markdown).write();
}
async function publish(outcome, settings, secrets, report) {
    const { annotationsOf, outputsOf, renderSummary, commentMarker, publishComment } = report;
    for (const [name, value] of Object.entries(outputsOf(outcome)))
        core/* setOutput */.uH(name, value);
    for (const a of annotationsOf(outcome)) {
        const message = (0,report_markdown/* redact */.E$)(a.message, secrets);
        const properties = { title: (0,report_markdown/* redact */.E$)(a.title, secrets) };
        if (a.level === 'error')
            core/* error */.z3(message, properties);
        else if (a.level === 'warning')
            core/* warning */.$e(message, properties);
        else
            core/* notice */.lm(message, properties);
    }
    const markdown = (0,report_markdown/* redact */.E$)(renderSummary(outcome), secrets);
    await writeSummary(markdown);
    core/* info */.pq(`Status: ${outcome.status}; ${outcome.changes.length} change(s)`);
    try {
        const comment = await publishComment(settings.githubToken, commentMarker(settings.trail.name, outcome.homeRegion), markdown);
        if (comment !== 'skipped')
            core/* info */.pq(`Pull-request comment ${comment}`);
    }
    catch (error) {
        core/* warning */.$e(`Could not comment on the pull request (${String(error)}): the token needs "pull-requests: write".`, {
            title: 'Pull-request comment'
        });
    }
    if (outcome.failures.length > 0)
        fail((0,report_markdown/* redact */.E$)(outcome.failures.join('. '), secrets));
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ missingPermissions),
/* harmony export */   MJ: () => (/* binding */ policyText),
/* harmony export */   NB: () => (/* binding */ denyingStatements),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   VA: () => (/* binding */ mergePolicy),
/* harmony export */   we: () => (/* binding */ policyBytes),
/* harmony export */   y2: () => (/* reexport safe */ _policy_document_js__WEBPACK_IMPORTED_MODULE_1__.y2),
/* harmony export */   zP: () => (/* binding */ ownStatements)
/* harmony export */ });
/* unused harmony exports ACL_CHECK_SID, WRITE_SID, bucketArn, logPaths, requiredPermissions, trailSid */
/* harmony import */ var _domain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9375);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5815);
/* harmony import */ var _policy_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5280);
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
            Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 's3:GetBucketAcl',
            Resource: bucketArn(g),
            Condition: { StringEquals: { 'aws:SourceArn': [g.trailArn] } }
        },
        {
            Sid: WRITE_SID,
            Effect: 'Allow',
            Principal: { Service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX },
            Action: 's3:PutObject',
            Resource: logPaths(g),
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [g.trailArn] } }
        }
    ];
}
function parsePolicy(text) {
    return (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyDocument */ .X)(text, 'bucket policy');
}
/** The context CloudTrail's delivery requests carry, which conditions are evaluated against. */
function requestOf(p, g) {
    const context = {
        'aws:sourcearn': g.trailArn,
        'aws:sourceaccount': g.accountId,
        'aws:securetransport': 'true'
    };
    // CloudTrail sends bucket-owner-full-control on PutObject; GetBucketAcl carries no ACL header.
    if (p.action === 's3:PutObject')
        context['s3:x-amz-acl'] = 'bucket-owner-full-control';
    return { service: _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUDTRAIL_PRINCIPAL */ .BX, action: p.action, resource: p.resource, context };
}
/** The permissions CloudTrail needs that no statement of the policy grants. */
function missingPermissions(policy, g) {
    return requiredPermissions(g).filter((p) => !(0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .allows */ .NB)(policy, requestOf(p, g)));
}
/** The statements that explicitly deny CloudTrail something it needs: no Allow can override them. */
function denyingStatements(policy, g) {
    const requests = requiredPermissions(g).map((p) => requestOf(p, g));
    return (policy?.Statement ?? []).filter((s) => requests.some((r) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementDenies */ .M$)(s, r)));
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
    return (0,_policy_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeOwnStatements */ .n)(policy, ownStatements(g), (p) => missingPermissions(p, g).length === 0, g.trailArn);
}
function policyText(policy) {
    return JSON.stringify(policy);
}
function policyBytes(policy) {
    return Buffer.byteLength(policyText(policy), 'utf8');
}


/***/ }),

/***/ 7588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ unreadable),
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

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


/***/ }),

/***/ 5815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ principalServices),
/* harmony export */   M$: () => (/* binding */ statementDenies),
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   X: () => (/* binding */ parsePolicyDocument),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qL: () => (/* binding */ sidSuffix),
/* harmony export */   xC: () => (/* binding */ unionKeep),
/* harmony export */   y2: () => (/* binding */ PolicyParseError)
/* harmony export */ });
/* unused harmony exports wildcardMatch, evaluateConditions, conditionsHold, statementAllows */
// IAM policy documents as data, and the question every prerequisite asks of one: does some statement
// allow this principal this action on this resource, in the context CloudTrail's request will carry?
// Conservative by design: what we cannot evaluate counts as not granting.
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
/** AWS's condition operators, with its rules for a key the request does not carry. */
function operatorHolds(operator, values, actual) {
    const ifExists = /IfExists$/.test(operator);
    const base = operator.replace(/IfExists$/, '');
    if (base === 'Null')
        return values.some((v) => (v === 'true') === (actual === undefined));
    if (actual === undefined) {
        if (ifExists)
            return true;
        return /Not/.test(base) ? true : /^(String|Arn|Bool)/.test(base) ? false : 'unknown';
    }
    const lower = (v) => v.toLowerCase();
    switch (base) {
        case 'StringEquals':
        case 'ArnEquals':
            return values.includes(actual);
        case 'StringNotEquals':
        case 'ArnNotEquals':
            return !values.includes(actual);
        case 'StringEqualsIgnoreCase':
            return values.map(lower).includes(lower(actual));
        case 'StringNotEqualsIgnoreCase':
            return !values.map(lower).includes(lower(actual));
        case 'StringLike':
        case 'ArnLike':
            return values.some((v) => wildcardMatch(v, actual));
        case 'StringNotLike':
        case 'ArnNotLike':
            return !values.some((v) => wildcardMatch(v, actual));
        case 'Bool':
            return values.map(lower).includes(lower(actual));
        default:
            return 'unknown';
    }
}
/** Whether every condition holds for the request's context; 'unknown' when one cannot be evaluated. */
function evaluateConditions(condition, context) {
    if (condition === undefined)
        return true;
    let verdict = true;
    for (const [operator, entries] of Object.entries(condition)) {
        for (const [key, values] of Object.entries(entries ?? {})) {
            const holds = operator.includes(':')
                ? 'unknown'
                : operatorHolds(operator, list(values), context[key.toLowerCase()]);
            if (holds === false)
                return false;
            if (holds === 'unknown')
                verdict = 'unknown';
        }
    }
    return verdict;
}
/** For grants: a condition we cannot evaluate counts as not holding. */
function conditionsHold(condition, context) {
    return evaluateConditions(condition, context) === true;
}
function matchesTarget(statement, request) {
    if (!list(statement.Action).some((a) => wildcardMatch(a, request.action, true)))
        return false;
    const resource = request.resource;
    return resource === undefined || list(statement.Resource).some((r) => wildcardMatch(r, resource));
}
/** Whether the statement allows the request. A required resource may itself be a pattern (a log stream prefix). */
function statementAllows(statement, request) {
    if (statement.Effect !== 'Allow')
        return false;
    if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
        return false;
    if (request.service !== undefined && !principalServices(statement.Principal).includes(request.service))
        return false;
    return matchesTarget(statement, request) && conditionsHold(statement.Condition, request.context);
}
function principalIncludes(principal, service) {
    if (principal === '*')
        return true;
    if (typeof principal !== 'object' || principal === null || Array.isArray(principal))
        return service === undefined;
    const aws = principal.AWS;
    if (aws === '*' || (Array.isArray(aws) && aws.includes('*')))
        return true;
    return service === undefined || principalServices(principal).includes(service);
}
/**
 * Whether an explicit Deny applies to the request: AWS evaluates these before any Allow. A Deny whose
 * conditions cannot be evaluated is not counted (it would mostly be a false alarm); inverted forms
 * (NotAction, NotResource) are not evaluated either.
 */
function statementDenies(statement, request) {
    if (statement.Effect !== 'Deny')
        return false;
    if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
        return false;
    if (request.service !== undefined && !principalIncludes(statement.Principal, request.service))
        return false;
    return matchesTarget(statement, request) && evaluateConditions(statement.Condition, request.context) === true;
}
function allows(policy, request) {
    const statements = policy?.Statement ?? [];
    return statements.some((s) => statementAllows(s, request)) && !statements.some((s) => statementDenies(s, request));
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


/***/ }),

/***/ 5280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeOwnStatements)
/* harmony export */ });
/* unused harmony export perTrailSid */
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5815);

/** A statement carrying one of our Sids that we may extend: an Allow for the same service, nothing inverted. */
function isOwnShaped(statement, fresh) {
    const services = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(fresh.Principal);
    return (statement.Sid === fresh.Sid &&
        statement.Effect === fresh.Effect &&
        services.every((s) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .principalServices */ .Lv)(statement.Principal).includes(s)) &&
        statement.NotAction === undefined &&
        statement.NotResource === undefined &&
        statement.NotPrincipal === undefined);
}
/**
 * Extends an own statement so that it also grants what `fresh` grants. Only adds: actions, resources and,
 * where the statement is scoped by aws:SourceArn, the new ARN. Its principal and other conditions stay.
 */
function extend(existing, fresh) {
    const freshArns = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Condition?.StringEquals?.['aws:SourceArn']);
    const existingArns = existing.Condition?.StringEquals?.['aws:SourceArn'];
    const extended = {
        ...existing,
        Action: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existing.Action, (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Action)),
        Resource: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existing.Resource, (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(fresh.Resource))
    };
    if (existing.Condition?.StringEquals && existingArns !== undefined) {
        extended.Condition = {
            ...existing.Condition,
            StringEquals: { ...existing.Condition.StringEquals, 'aws:SourceArn': (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .unionKeep */ .xC)(existingArns, freshArns) }
        };
    }
    return extended;
}
/** Our Sid for one trail alone, used when a statement under our plain Sid cannot be extended to fit. */
function perTrailSid(sid, trailArn) {
    return `${sid}${(0,_policy_document_js__WEBPACK_IMPORTED_MODULE_0__/* .sidSuffix */ .qL)(trailArn)}`;
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

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ weakening),
/* harmony export */   Gx: () => (/* binding */ cloudWatchLogsPair),
/* harmony export */   Kj: () => (/* binding */ diffTrail),
/* harmony export */   bk: () => (/* binding */ fieldLabel)
/* harmony export */ });
/* unused harmony export FIELD_RULES */
const FIELD_RULES = [
    { field: 'S3BucketName', label: 'S3 bucket', observed: (t) => t.s3BucketName, declared: (d) => d.s3BucketName },
    { field: 'S3KeyPrefix', label: 'S3 key prefix', observed: (t) => t.s3KeyPrefix, declared: (d) => d.s3KeyPrefix },
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
/** Why a change weakens the trail, or null when it does not. */
function weakening(change) {
    const rule = FIELD_RULES.find((r) => r.field === change.field);
    return rule?.weakening !== undefined && change.before === true && change.after === false ? rule.weakening : null;
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
/* harmony import */ var _domain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9375);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7588);
/* harmony import */ var _trail_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7463);



const P = 'prerequisite';
function checkTrail(ctx) {
    const { trails, trail } = ctx.observed;
    if (!trails.ok)
        return [(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O)('cloudtrail.trail', `Trail ${ctx.settings.trail.name}`, trails.failure)];
    return trail === null ? planCreate(ctx, trails.value) : planUpdate(ctx, trails.value);
}
function planCreate(ctx, trails) {
    const homed = trails.filter((t) => t.homeRegion === ctx.homeRegion);
    const steps = [];
    if (homed.length >= _domain_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww) {
        steps.push({
            finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.trail-limit', P, 'blocker', `${ctx.homeRegion} already has ${homed.length} trails`, `CloudTrail allows ${_domain_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails per region and the limit cannot be raised: ${homed.map((t) => t.name).join(', ')}.`, `# Delete a trail you no longer need, or adopt one by setting trail-name to its name:\n${homed.map((t) => `# aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`)
        });
        return steps;
    }
    steps.push({
        finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.trail-limit', P, 'ok', 'Room for the trail', `${homed.length} of ${_domain_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TRAILS_PER_REGION */ .Ww} trails in ${ctx.homeRegion}.`)
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
        finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.trail', P, 'fixable', `Trail ${ctx.settings.trail.name} does not exist`, `It will be created in ${ctx.homeRegion}.`, createTrailCommand(ctx)),
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
    if (config.homeRegion !== ctx.settings.region) {
        steps.push({
            finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.home-region', P, 'warning', 'Trail is homed in another region', `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`, `Set aws-region: ${config.homeRegion} to make the declaration match.`)
        });
    }
    const fields = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffTrail */ .Kj)(config, ctx.declared);
    const refused = fields.filter((f) => (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .weakening */ .C$)(f) !== null && !ctx.settings.allowDestructiveChanges);
    for (const f of fields) {
        const why = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .weakening */ .C$)(f);
        if (why === null)
            continue;
        const label = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field);
        steps.push({
            finding: ctx.settings.allowDestructiveChanges
                ? (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`trail.destructive.${f.field}`, P, 'warning', `${label} will be turned off`, `Allowed by allow-destructive-changes: ${why}.`)
                : (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`trail.destructive.${f.field}`, P, 'blocker', `Refusing to turn off ${label.toLowerCase()}`, `The declaration turns it off, and ${why}.`, `Declare it true again, or set allow-destructive-changes: true if this is intended.`)
        });
    }
    // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
    const allowed = fields.filter((f) => !refused.includes(f));
    if (allowed.length > 0) {
        const pair = (0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .cloudWatchLogsPair */ .Gx)(allowed, ctx.declared);
        steps.push({
            finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.trail', P, 'fixable', `Trail ${config.name} differs from its declaration`, allowed.map((f) => `${(0,_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field)}: ${show(f.before)} → ${show(f.after)}`).join('; '), updateTrailCommand(config.arn, config.homeRegion, allowed, pair)),
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
        steps.push({ finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('cloudtrail.trail', P, 'ok', `Trail ${config.name}`, 'Configured as declared.') });
    }
    steps.push(checkLogging(ctx, config));
    steps.push(checkDuplicates(ctx, trails));
    return steps;
}
function checkLogging(ctx, config) {
    const status = ctx.observed.trail?.status;
    const id = 'cloudtrail.logging';
    if (!status)
        return { finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'ok', 'Logging', '') };
    if (!status.ok)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O)(id, 'Logging', status.failure);
    if (status.value.isLogging)
        return { finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'ok', 'Logging', `${config.name} is logging.`) };
    const command = `aws cloudtrail start-logging --name ${config.arn} --region ${config.homeRegion}`;
    if (!ctx.settings.startLogging) {
        return {
            finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'warning', 'Trail is not logging', 'start-logging is false, so org-trail leaves it stopped: no event is recorded.', command)
        };
    }
    return {
        finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'fixable', 'Trail is not logging', 'Logging was stopped: no event is being recorded.', command),
        changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
    };
}
function checkDuplicates(ctx, trails) {
    const id = 'cloudtrail.duplicate-organization-trail';
    const others = trails.filter((t) => t.arn !== ctx.trailArn && t.isOrganizationTrail);
    if (others.length === 0)
        return { finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'ok', 'No other organization trail', 'Management events are recorded once.') };
    return {
        finding: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(id, P, 'warning', 'Another organization trail exists', `${others.map((t) => t.arn).join(', ')} also ${others.length > 1 ? 'log' : 'logs'} the organization; only the first copy of management events is free, so each further copy is charged.`, `# If it duplicates this trail, delete it from its home region:\n${others.map((t) => `aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`)
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

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ describeChanges)
/* harmony export */ });
/* unused harmony export describeChange */
/* harmony import */ var _domain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9375);
/* harmony import */ var _plan_bucket_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _plan_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7463);
/* harmony import */ var _plan_trail_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8943);




function statementCount(text) {
    try {
        return (0,_plan_bucket_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(text)?.Statement.length ?? 0;
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
function describeChange(change, trailName) {
    switch (change.kind) {
        case 'enable-trusted-access':
            return [{ what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }];
        case 'create-service-linked-role':
            return [
                {
                    what: `Service-linked role ${_domain_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_LINKED_ROLES */ .SF[change.role].roleName}`,
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
                what: `Trail ${trailName}: ${(0,_plan_trail_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldLabel */ .bk)(f.field)}`,
                before: (0,_plan_trail_js__WEBPACK_IMPORTED_MODULE_3__/* .show */ .WU)(f.before),
                after: (0,_plan_trail_js__WEBPACK_IMPORTED_MODULE_3__/* .show */ .WU)(f.after)
            }));
        case 'start-logging':
            return [{ what: `Logging of trail ${trailName}`, before: 'stopped', after: 'logging' }];
        case 'create-bucket':
            return [
                {
                    what: `Bucket ${change.bucket} in ${change.region}`,
                    before: 'absent',
                    after: `created: Block Public Access, ${change.kmsKeyArn ? 'SSE-KMS' : 'SSE-S3'}, versioning, ownership enforced`
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
        case 'put-event-selectors':
            return [
                {
                    what: `Trail ${trailName}: ${change.eventSelectors ? 'event selectors' : 'advanced event selectors'}`,
                    before: 'as found',
                    after: `${(change.eventSelectors ?? change.advancedEventSelectors ?? []).length} selector(s) as declared`
                }
            ];
        case 'put-insight-selectors':
            return [
                {
                    what: `Trail ${trailName}: insight selectors`,
                    before: 'as found',
                    after: change.insightSelectors.length === 0 ? 'off' : change.insightSelectors.map((s) => s.InsightType).join(', ')
                }
            ];
        case 'add-tags':
            return Object.entries(change.tags).map(([key, value]) => ({
                what: `Trail ${trailName}: tag ${key}`,
                before: change.before[key] ?? '(none)',
                after: value
            }));
    }
}
function describeChanges(changes, trailName) {
    return changes.flatMap((c) => describeChange(c, trailName));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
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
/** Replaces each secret value (account ids, when masked) everywhere in the text. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ })

};

//# sourceMappingURL=40.index.js.map