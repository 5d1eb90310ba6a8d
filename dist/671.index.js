export const id = 671;
export const ids = [671];
export const modules = {

/***/ 4671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failuresOf: () => (/* binding */ failuresOf),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
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
        failures.push(`Drift: apply would make ${changes.length} change${changes.length > 1 ? 's' : ''} (fail-on-drift is true)`);
    }
    const posture = findings.filter((f) => f.category === 'posture' && f.severity !== 'ok');
    if (settings.failOnPosture && posture.length > 0) {
        failures.push(`${posture.length} posture finding${posture.length > 1 ? 's' : ''}: ${posture.map((p) => p.id).join(', ')} (fail-on-posture is true)`);
    }
    return failures;
}


/***/ })

};

//# sourceMappingURL=671.index.js.map