export const id = 570;
export const ids = [570,684];
export const modules = {

/***/ 6781:
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

/***/ 2684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failedRunOf: () => (/* binding */ failedRunOf),
/* harmony export */   failuresOf: () => (/* binding */ failuresOf),
/* harmony export */   inPlanOrder: () => (/* binding */ inPlanOrder),
/* harmony export */   organizationIdOf: () => (/* binding */ organizationIdOf),
/* harmony export */   outcomeOf: () => (/* binding */ outcomeOf),
/* harmony export */   postureAfterApply: () => (/* binding */ postureAfterApply),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   writtenBefore: () => (/* binding */ writtenBefore)
/* harmony export */ });
/* harmony import */ var _apply_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6781);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2878);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9327);
/* harmony import */ var _plan_change_count_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2870);
/* harmony import */ var _plan_posture_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9331);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(522);






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
/**
 * The posture findings after a successful apply, judged on the trail as AWS reports it now (re-read)
 * and on the selectors this run wrote, in place of the plan's "now → after apply".
 */
function postureAfterApply(settings, observed, final, applied, findings) {
    const wrote = applied.find((c) => c.kind === 'put-event-selectors');
    const created = applied.some((c) => c.kind === 'create-trail');
    const before = observed.trail;
    const known = (selectors) => ({
        managementEvents: { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced) },
        selectors: { ok: true, value: selectors }
    });
    // A trail this run created (or that there was none of before) has CloudTrail's default selectors.
    const events = wrote
        ? known({ event: wrote.eventSelectors ?? [], advanced: wrote.advancedEventSelectors ?? [] })
        : created || before === null
            ? known({ event: [], advanced: [] })
            : { managementEvents: before.managementEvents, selectors: before.selectors };
    const trail = final.trail
        ? {
            config: final.trail,
            status: final.status
                ? { ok: true, value: final.status }
                : (before?.status ?? { ok: true, value: { isLogging: false } }),
            ...events
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
        failures.push(`${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(blockers.length, 'blocker')}: ${blockers.map((b) => b.title).join('; ')}`);
    }
    if (status === 'drift' && settings.failOnDrift) {
        failures.push(`Drift: apply would make ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)((0,_plan_change_count_js__WEBPACK_IMPORTED_MODULE_5__/* .changeCount */ .Y)(changes), 'change')} (fail-on-drift is true)`);
    }
    // A control apply would fix is drift, not a posture failure: it fails with fail-on-drift.
    const posture = findings.filter((f) => f.category === 'posture' && f.severity === 'warning');
    if (settings.failOnPosture && posture.length > 0) {
        failures.push(`${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(posture.length, 'posture finding')}: ${posture.map((p) => p.id).join(', ')} (fail-on-posture is true)`);
    }
    return failures;
}
/** A read's value; null when it failed or was not made. */
const valueOf = (read) => (read?.ok ? read.value : null);
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
        effectiveInputs: settings.effectiveInputs,
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
            selectors: final.selectors,
            insightSelectors: final.insightSelectors,
            tags: final.tags,
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
        trailStatus: valueOf(observed.trail?.status),
        selectors: valueOf(observed.trail?.selectors),
        insightSelectors: valueOf(observed.trail?.insights),
        tags: valueOf(observed.trail?.tags),
        changes: plan.changes,
        adopted: false,
        failures: failuresOf(settings, status, plan.findings, plan.changes)
    };
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
        effectiveInputs: settings.effectiveInputs,
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

/***/ 2870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ changeCount)
/* harmony export */ });
/**
 * How many changes a set of writes makes, as every report counts them: one per field of an update-trail,
 * one per tag of an add-tags, one for any other write (report/changes.ts gives each its own row).
 */
function changeCount(changes) {
    return changes.reduce((n, c) => n + settingsWritten(c), 0);
}
function settingsWritten(change) {
    if (change.kind === 'update-trail')
        return change.fields.length;
    if (change.kind === 'add-tags')
        return Object.keys(change.tags).length;
    return 1;
}


/***/ }),

/***/ 8570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishFailure: () => (/* binding */ publishFailure)
});

// EXTERNAL MODULE: ../../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(5747);
// EXTERNAL MODULE: ./src/apply/error.ts
var apply_error = __webpack_require__(6781);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/aws/cloudtrail.ts
var cloudtrail = __webpack_require__(8967);
// EXTERNAL MODULE: ./src/aws/actions.ts
var actions = __webpack_require__(9001);
// EXTERNAL MODULE: ./src/aws/cli.ts
var cli = __webpack_require__(4772);
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
var outcome = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/report/changes.ts
var changes = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/report/failure.ts
var failure = __webpack_require__(6729);
// EXTERNAL MODULE: ./src/report/record.ts + 7 modules
var record = __webpack_require__(4501);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(2265);
// EXTERNAL MODULE: ./src/report/step.ts
var step = __webpack_require__(8233);
;// CONCATENATED MODULE: ./src/report/publish-failure.ts
// Publishing a run that ended on an error, at any stage (the session, a read, apply part-way): what
// failed, the fix, and what was and was not done. Invalid inputs are publish-invalid.ts's.










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
        await (0,step/* writeReport */.u5)(progress.settings.reportPath, (0,record/* failureReport */.LK)(failed, run, new Date()));
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


/***/ }),

/***/ 2265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** Replaces each secret value (account ids, when masked) everywhere in the text. */
function redact(text, secrets) {
    return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ })

};

//# sourceMappingURL=570.index.js.map