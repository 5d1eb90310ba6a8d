export const id = 994;
export const ids = [994];
export const modules = {

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


const ICON = { ok: '✅', fixable: '🔧', warning: '⚠️', blocker: '❌' };
const HEADLINE = {
    created: '🟢 created',
    updated: '🟢 updated',
    unchanged: '🟢 unchanged',
    'in-sync': '🟢 in sync',
    drift: '🟡 drift',
    blocked: '🔴 blocked'
};
function verdict(o) {
    const n = o.changes.length;
    const changes = `${n} change${n === 1 ? '' : 's'}`;
    const blockers = o.findings.filter((f) => f.severity === 'blocker').length;
    switch (o.status) {
        case 'blocked':
            return `Nothing was written: ${blockers} blocker${blockers === 1 ? '' : 's'} must be fixed first (see "How to fix").`;
        case 'drift':
            return `The trail or its prerequisites differ from the declaration: apply would make ${changes}.`;
        case 'in-sync':
            return 'The trail and every prerequisite match the declaration. Nothing to do.';
        case 'created':
            return `Created the trail and made ${changes}.`;
        case 'updated':
            return `${o.adopted ? 'Adopted the trail another run had just created; ' : ''}made ${changes} to converge the trail.`;
        case 'unchanged':
            return 'Everything already matched the declaration: no write was made.';
    }
}
const yesNo = (value, yes, no) => (value ? `✅ ${yes}` : `❌ ${no}`);
function trailTable(o) {
    const t = o.trail;
    if (t === null) {
        return `The trail ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.trailName)} does not exist${o.mode === 'check' ? '; apply would create it as ' + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.trailArn) : ''}.`;
    }
    const s = o.trailStatus;
    const rows = [
        ['Name', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.name)],
        ['ARN', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.arn)],
        ['Home region', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.homeRegion)],
        ['Organization trail', yesNo(t.isOrganizationTrail, 'yes', 'no')],
        ['Multi-region', yesNo(t.isMultiRegionTrail, 'yes', 'no')],
        ['Global service events', yesNo(t.includeGlobalServiceEvents, 'included', 'excluded')],
        ['Log file validation', yesNo(t.logFileValidationEnabled, 'on', 'off')],
        ['Bucket and prefix', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`s3://${t.s3BucketName}/${t.s3KeyPrefix ? `${t.s3KeyPrefix}/` : ''}`)],
        ['Logging', s ? yesNo(s.isLogging, 'logging', 'stopped') : 'unknown'],
        ['Latest delivery', s?.latestDeliveryTime ? s.latestDeliveryTime.toISOString() : 'none yet'],
        ['Latest delivery error', s?.latestDeliveryError ? `⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.latestDeliveryError)}` : 'none'],
        ['Latest digest delivery error', s?.latestDigestDeliveryError ? `⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.latestDigestDeliveryError)}` : 'none']
    ];
    if (t.kmsKeyId)
        rows.push(['KMS key', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.kmsKeyId)]);
    if (t.cloudWatchLogsLogGroupArn)
        rows.push(['CloudWatch Logs', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.cloudWatchLogsLogGroupArn)]);
    if (t.snsTopicArn)
        rows.push(['SNS topic', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.snsTopicArn)]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Setting', 'Value'], rows);
}
function changesSection(o) {
    const records = (0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChanges */ .D)(o.changes, o.trailName);
    const title = o.mode === 'apply' && o.status !== 'blocked'
        ? `Changes made (${records.length})`
        : `Changes apply would make (${records.length})`;
    const body = records.length === 0
        ? o.mode === 'apply' && o.status !== 'blocked'
            ? 'None: no write request was made.'
            : 'None.'
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['What', 'Before', 'After'], records.map((r) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.what), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.before), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.after)]));
    return `### ${title}\n\n${body}`;
}
function state(f, o) {
    if (f.severity !== 'fixable')
        return ICON[f.severity];
    return o.mode === 'apply' && o.status !== 'blocked' ? '🔧 fixed' : '🔧 to fix';
}
/** Whether a finding still asks something of the reader (it is not ok, nor fixed by this very run). */
function isOpen(f, o) {
    if (f.remediation === '' || f.severity === 'ok')
        return false;
    return !(f.severity === 'fixable' && o.mode === 'apply' && o.status !== 'blocked');
}
function remedyCell(f, o) {
    if (!isOpen(f, o))
        return '';
    if (f.remediation.includes('\n') || f.remediation.length > 160)
        return 'see [how to fix](#how-to-fix)';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.remediation);
}
const ORDER = ['blocker', 'fixable', 'warning', 'ok'];
/** What needs attention, in a table; what passed, folded away below it. */
function findingsSection(findings, o, idHeader) {
    const open = [...findings]
        .filter((f) => f.severity !== 'ok')
        .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
    const passed = findings.filter((f) => f.severity === 'ok');
    const parts = [];
    if (open.length > 0) {
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', idHeader, 'Finding', 'Detail', 'Fix'], open.map((f) => [state(f, o), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.id), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.title), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.detail), remedyCell(f, o)])));
    }
    if (passed.length > 0) {
        const items = passed
            .map((f) => `<li>✅ <code>${escapeHtml(f.id)}</code> ${escapeHtml(f.title)}: ${escapeHtml(f.detail)}</li>`)
            .join('\n');
        const summary = open.length === 0 ? `✅ All ${passed.length} passed` : `✅ ${passed.length} passed`;
        parts.push(`<details><summary>${summary}</summary>\n\n<ul>\n${items}\n</ul>\n\n</details>`);
    }
    return parts.join('\n\n');
}
function howToFix(o) {
    const open = o.findings.filter((f) => isOpen(f, o));
    if (open.length === 0)
        return '';
    const items = [...open]
        .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity))
        .map((f) => {
        const language = /^[[{]/.test(f.remediation.trimStart())
            ? 'json'
            : f.remediation.startsWith('aws ') || f.remediation.startsWith('# ')
                ? 'sh'
                : '';
        const block = `\`\`\`${language}\n${f.remediation}\n\`\`\``;
        return `<details${f.severity === 'blocker' ? ' open' : ''}><summary>${ICON[f.severity]} <b>${escapeHtml(f.title)}</b> (<code>${escapeHtml(f.id)}</code>)</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(f.detail)}\n\n${block}\n\n</details>`;
    });
    return `### How to fix\n\n${items.join('\n\n')}`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The job summary, as Markdown. A pure function of the outcome: it shows, it never decides. */
function renderSummary(o) {
    const prerequisites = o.findings.filter((f) => f.category === 'prerequisite');
    const posture = o.findings.filter((f) => f.category === 'posture');
    const head = `## org-trail · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.trailName)} · ${HEADLINE[o.status]}\n\n**${o.mode === 'check' ? 'Check' : 'Apply'}:** ${verdict(o)}`;
    const failures = o.failures.length > 0 ? `\n\n> [!CAUTION]\n> The step fails: ${o.failures.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn).join('; ')}.` : '';
    const sections = [
        head + failures,
        `### Trail\n\n${trailTable(o)}`,
        changesSection(o),
        `### Prerequisites\n\n${findingsSection(prerequisites, o, 'Check')}`,
        posture.length > 0 ? `### Posture\n\n${findingsSection(posture, o, 'Control')}` : '',
        howToFix(o),
        `<sub>Run as ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.identity.arn)} · home region ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.homeRegion)} · mode ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(o.mode)}</sub>`
    ];
    return sections.filter((s) => s !== '').join('\n\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=994.index.js.map