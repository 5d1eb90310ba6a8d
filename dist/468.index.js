export const id = 468;
export const ids = [468];
export const modules = {

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationsOf: () => (/* binding */ annotationsOf),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf)
/* harmony export */ });
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);

/** The step outputs, by name, as strings. */
function outputsOf(o) {
    return {
        'trail-arn': o.trail?.arn ?? o.trailArn,
        'home-region': o.trail?.homeRegion ?? o.homeRegion,
        'is-logging': String(o.trailStatus?.isLogging === true),
        status: o.status,
        changes: JSON.stringify((0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChanges */ .DT)(o.changes, o.trailName)),
        findings: JSON.stringify(o.findings.map(({ id, severity, title, detail, remediation, control }) => ({
            id,
            severity,
            title,
            detail,
            remediation,
            // Posture controls: the Security Hub and CIS ids auditors file them under, and the state now and after apply.
            ...(control ? { control } : {})
        })))
    };
}
/** Blockers as errors, prerequisite warnings as warnings, posture warnings as notices: one each. */
function annotationsOf(o) {
    return o.findings
        .filter((f) => f.severity === 'blocker' || f.severity === 'warning')
        .map((f) => ({
        level: f.severity === 'blocker' ? 'error' : f.category === 'posture' ? 'notice' : 'warning',
        title: `${f.id}: ${f.title}`,
        message: f.remediation ? `${f.detail}\nFix: ${f.remediation}` : f.detail
    }));
}


/***/ })

};

//# sourceMappingURL=468.index.js.map