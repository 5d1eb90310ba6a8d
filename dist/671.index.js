export const id = 671;
export const ids = [671];
export const modules = {

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeCount: () => (/* binding */ changeCount),
/* harmony export */   failuresOf: () => (/* binding */ failuresOf),
/* harmony export */   inPlanOrder: () => (/* binding */ inPlanOrder),
/* harmony export */   postureAfterApply: () => (/* binding */ postureAfterApply),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4479);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8616);
/* harmony import */ var _plan_posture_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1435);
/* harmony import */ var _report_changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9059);




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
    return (0,_report_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .describeChanges */ .DT)(changes, trailName).length;
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
                ? { ok: true, value: (0,_observe_event_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced) }
                : (before?.managementEvents ?? { ok: true, value: { any: true, readAndWrite: true } }),
            ...(selectors
                ? { selectors: { ok: true, value: selectors } }
                : before?.selectors
                    ? { selectors: before.selectors }
                    : {})
        }
        : null;
    const rejudged = (0,_plan_posture_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPosture */ .p)((0,_plan_index_js__WEBPACK_IMPORTED_MODULE_1__.contextOf)(settings, { ...observed, trail }), { afterApply: false }).map((s) => s.finding);
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


/***/ })

};

//# sourceMappingURL=671.index.js.map