export const id = 146;
export const ids = [146];
export const modules = {

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishRollup: () => (/* binding */ publishRollup)
});

// EXTERNAL MODULE: ../../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(5747);
// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7299);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(2265);
// EXTERNAL MODULE: ./src/report/report-files.ts
var report_files = __webpack_require__(4039);
// EXTERNAL MODULE: ./src/plan/wording.ts
var wording = __webpack_require__(522);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(998);
;// CONCATENATED MODULE: ./src/report/rollup.ts


/** Every output of the summarize action (summarize/action.yml and the README are written from it). */
const SUMMARIZE_OUTPUTS = {
    status: {
        description: '`passed` when every report could be read, matches its SHA-256 and says its run passed; else `failed` (the step fails too).'
    }
};
const STATUS_ICON = {
    created: '🟢',
    updated: '🟢',
    unchanged: '🟢',
    'in-sync': '🟢',
    drift: '🟠',
    blocked: '🔴',
    failed: '🔴'
};
/** Inline code, or a dash for a value the report does not have. */
const codeOrDash = (s) => (s === '' ? '—' : (0,markdown/* code */.aY)(s));
function organizationOf(r) {
    return r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown';
}
/** The gathered reports of a matrix over organizations, as one job summary. Pure. */
function renderRollup(entries) {
    const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []));
    const problems = entries.filter((e) => 'problem' in e);
    const altered = problems.filter((p) => p.digest === 'altered');
    const unusable = problems.filter((p) => p.digest !== 'altered');
    const failedRuns = reports.filter((r) => r.conclusion === 'failure');
    const failures = [
        ...failedRuns.map((r) => `${organizationOf(r)} (${r.trail.homeRegion}): ${r.status}`),
        ...[...altered, ...unusable].map((p) => `${p.source}: ${p.problem}`)
    ];
    const lines = [];
    const headline = failures.length === 0 ? '🟢 every run passed' : `🔴 ${failures.length} need attention`;
    lines.push(`## org-trail · ${(0,wording/* plural */.L)(reports.length, 'organization')} · ${headline}`, '');
    if (reports.length > 0) {
        lines.push('| Organization | Region | Trail | Status | Logging | Blockers | Changes |');
        lines.push('|---|---|---|---|---|---|---|');
        for (const r of reports) {
            const blockers = r.findings.filter((f) => f.severity === 'blocker').length;
            const logging = r.trail.status === null ? '—' : r.trail.status.isLogging ? 'yes' : '**no**';
            lines.push(`| ${codeOrDash(organizationOf(r))} | ${(0,markdown/* cell */.Hn)(r.trail.homeRegion)} | ${codeOrDash(r.trail.name)} | ${STATUS_ICON[r.status]} ${r.status} | ${logging} | ${blockers} | ${r.changes.length} |`);
        }
        lines.push('');
    }
    if (reports.length > 0) {
        const each = reports.length === 1 ? 'The report above matches' : `Each of the ${reports.length} reports above matches`;
        lines.push(`${each} the SHA-256 its run wrote next to it (\`REPORT.sha256\`).`, '');
    }
    if (altered.length > 0) {
        lines.push('### ❌ Reports that do not match their SHA-256', '');
        lines.push('Changed after the run wrote them: their content is not used.', '');
        for (const p of altered)
            lines.push(`- ${codeOrDash(p.source)}: ${(0,markdown/* cell */.Hn)(p.problem)}`);
        lines.push('');
    }
    if (unusable.length > 0) {
        lines.push('### Reports that could not be used', '');
        for (const p of unusable)
            lines.push(`- ${codeOrDash(p.source)}: ${(0,markdown/* cell */.Hn)(p.problem)}`);
        lines.push('');
    }
    for (const r of failedRuns) {
        lines.push(`### ${organizationOf(r)} · ${r.trail.homeRegion} · ${r.status}`, '');
        for (const f of r.failures)
            lines.push(`- ${(0,markdown/* cell */.Hn)(f)}`);
        const withFix = r.findings.filter((f) => f.severity === 'blocker' && f.fix !== '');
        for (const f of withFix)
            lines.push('', `**${(0,markdown/* cell */.Hn)(f.title)}**`, '', '```sh', f.fix, '```');
        const link = r.run.repository && r.run.runId ? `${r.run.repository} run ${r.run.runId}` : '';
        if (link)
            lines.push('', `From ${(0,markdown/* cell */.Hn)(link)} (attempt ${r.run.runAttempt || '1'}), ${r.run.finishedAt}.`);
        lines.push('');
    }
    return {
        markdown: lines.join('\n'),
        failed: failures.length > 0,
        failures,
        altered: altered.map((p) => p.source),
        unverified: problems.filter((p) => p.digest === 'missing').map((p) => p.source)
    };
}

// EXTERNAL MODULE: ./src/report/step.ts
var step = __webpack_require__(8233);
;// CONCATENATED MODULE: ./src/report/publish-rollup.ts
// summarize: the reports of other runs, gathered into one job summary; no AWS request.






/** An AWS account id: twelve digits, not part of a longer number. */
const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/g;
/**
 * The account ids of the reports whose run masked them (mask-aws-account-id): the roll-up masks them too,
 * since the reports themselves keep them.
 */
function maskedAccountIds(entries) {
    const ids = entries.flatMap((e) => 'report' in e && e.report.settings['mask-aws-account-id'] === 'true'
        ? (JSON.stringify(e.report).match(ACCOUNT_ID) ?? [])
        : []);
    return [...new Set(ids)];
}
/** The roll-up of the reports the paths name; the step fails when any run failed or any report is unusable. */
async function publishRollup(reports) {
    const entries = await (0,report_files/* readReportFiles */.A)(reports);
    const secrets = maskedAccountIds(entries);
    for (const id of secrets)
        core/* setSecret */.Pq(id);
    const rollup = renderRollup(entries);
    for (const file of rollup.altered) {
        core/* error */.z3(`${file} does not match its SHA-256: it changed after the run wrote it, and is not used.`, {
            title: 'Report altered'
        });
    }
    for (const file of rollup.unverified) {
        core/* error */.z3(`${file} has no SHA-256 file next to it (${(0,digest/* digestFileOf */.uP)(file)}): it cannot be verified, and is not used.`, {
            title: 'Report not verified'
        });
    }
    await (0,step/* writeSummary */.Sy)((0,redact/* redact */.E)(rollup.markdown, secrets));
    core/* setOutput */.uH('status', rollup.failed ? 'failed' : 'passed');
    core/* info */.pq(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`);
    if (rollup.failed)
        (0,step/* fail */.fJ)((0,redact/* redact */.E)(rollup.failures.join('; '), secrets));
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

//# sourceMappingURL=146.index.js.map