export const id = 671;
export const ids = [671];
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

/***/ 6602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ combineShards),
/* harmony export */   sq: () => (/* binding */ integrityFailure),
/* harmony export */   tG: () => (/* binding */ kindsOf)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7458);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);
// What a verification's result means for the step, and several shards' results as one. Pure.


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
            return `Log integrity is invalid: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(problems, 'problem')} in the ${r.window.duration} verified (${kindsOf(r)}) (fail-on-log-integrity is true)`;
        case 'stale':
            return `Logs are stale: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(problems, 'account and region')} delivered no digest for over two hours (fail-on-log-integrity is true)`;
        case 'unverified':
            return r.skipped
                ? `The logs could not be verified: ${r.skipped.replace(/\.$/, '')} (fail-on-log-integrity is true)`
                : `The logs could not all be verified: ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(r.unreadable.length + r.omitted.unreadable, 'read')} refused or failed (${[...new Set(r.unreadable.map((u) => u.action))].join(', ')}) (fail-on-log-integrity is true)`;
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
        return { items: all.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED */ .B), omitted: all.length - Math.min(all.length, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED */ .B) + sum(omitted) };
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

/***/ 4671:
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
/* harmony export */   withLogIntegrity: () => (/* binding */ withLogIntegrity),
/* harmony export */   writtenBefore: () => (/* binding */ writtenBefore)
/* harmony export */ });
/* harmony import */ var _apply_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2294);
/* harmony import */ var _integrity_verdict_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6602);
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(509);
/* harmony import */ var _plan_change_count_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3993);
/* harmony import */ var _plan_posture_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3051);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(979);







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
        ...(plan.members ? { members: plan.members } : {}),
        ...(plan.managedBy ? { managedBy: plan.managedBy } : {})
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
/** The Outcome with the verification of its logs, which fails the step unless fail-on-log-integrity is false. */
function withLogIntegrity(outcome, logIntegrity, failOnProblem) {
    const failure = failOnProblem ? (0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .integrityFailure */ .sq)(logIntegrity) : null;
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

/***/ 3993:
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


/***/ })

};

//# sourceMappingURL=671.index.js.map