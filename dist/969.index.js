export const id = 969;
export const ids = [969];
export const modules = {

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

/***/ 7434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ logIntegrityOutput),
/* harmony export */   Df: () => (/* binding */ integrityAnnotation),
/* harmony export */   ES: () => (/* binding */ renderIntegrityRollup),
/* harmony export */   cL: () => (/* binding */ renderLogIntegrity)
/* harmony export */ });
/* unused harmony exports FIRST_PROBLEMS, integrityHeadline */
/* harmony import */ var _integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6602);
/* harmony import */ var _plan_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);



/** Problems shown on the summary's first screen; the report holds them all (up to its bound). */
const FIRST_PROBLEMS = 10;
const VERDICT = {
    valid: '✅ valid',
    invalid: '❌ invalid',
    stale: '⚠️ stale',
    unverified: '❔ unverified'
};
const n = (x) => x.toLocaleString('en-US');
/** A count with thousands separators: it can reach hundreds of thousands of digests. */
const plural = (x, word) => `${n(x)} ${(0,_plan_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .noun */ .j)(x, word)}`;
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
    const rows = shown.map((p) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.kind), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(p.region), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(p.key), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(p.detail)]);
    const more = r.problems.length + r.omitted.problems - shown.length;
    return ((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Problem', 'Account', 'Region', 'Key', 'What was found'], rows) +
        (more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the run report (\`logIntegrity.problems\`).` : ''));
}
function unreadableList(r, limit) {
    const shown = r.unreadable.slice(0, limit);
    const items = shown.map((u) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.action)} refused or failing (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(u.code)})${u.account ? ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.account)}` : ''}${u.region ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(u.region)}` : ''}` +
        `${u.key ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(u.key)}` : ''}`);
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
        parts.push(`**Problems:** ${(0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .kindsOf */ .tG)(r)}.`, problemsTable(r, FIRST_PROBLEMS));
    if (r.unreadable.length > 0)
        parts.push('**Could not be read** (what the role lacks or AWS refused; not evidence of tampering, but not verified either):', unreadableList(r, FIRST_PROBLEMS));
    if (r.loggingOff.length > 0) {
        const shown = r.loggingOff.slice(0, FIRST_PROBLEMS);
        const more = r.loggingOff.length + r.omitted.loggingOff - shown.length;
        parts.push(`<details><summary>Logging was off ${plural(r.loggingOff.length + r.omitted.loggingOff, 'time')} (a new digest chain began: not tampering)</summary>\n\n` +
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Account', 'Region', 'From', 'To'], shown.map((l) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(l.account), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(l.region), l.from, l.to])) +
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
        const combined = (0,_integrity_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .combineShards */ .Tm)(group.map((r) => r.logIntegrity));
        const c = combined.counts;
        const missing = combined.missingShards;
        const count = group[0]?.logIntegrity?.shard?.count ?? 1;
        if (missing.length > 0)
            failures.push(`${organization}: the reports of accounts-shard ${missing.map((i) => `${i}/${count}`).join(', ')} are missing: their accounts' logs are not verified`);
        rows.push([
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(organization),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group[0]?.trail.name ?? ''),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(combined.window.duration),
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
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Organization', 'Trail', 'Window', 'Verdict', 'Shards', 'Accounts', 'Digests', 'Log files', 'Problems'], rows),
        '',
        ...failures.map((f) => `> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f)}\n`),
        ...details
    ].join('\n');
    return { markdown, failures };
}


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishRollup: () => (/* binding */ publishRollup)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/report-files.ts
var report_files = __webpack_require__(604);
// EXTERNAL MODULE: ./src/plan/wording.ts
var wording = __webpack_require__(979);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/log-integrity.ts
var log_integrity = __webpack_require__(7434);
;// CONCATENATED MODULE: ./src/report/rollup.ts



/** Every output of the summarize action (summarize/action.yml and docs/evidence.md's table are written from it). */
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
    const logs = (0,log_integrity/* renderIntegrityRollup */.ES)(reports);
    const failures = [
        ...failedRuns.map((r) => `${organizationOf(r)} (${r.trail.homeRegion}): ${r.status}`),
        ...[...altered, ...unusable].map((p) => `${p.source}: ${p.problem}`),
        ...logs.failures
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
    if (logs.markdown)
        lines.push(logs.markdown, '');
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
var step = __webpack_require__(4614);
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

/***/ 649:
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

//# sourceMappingURL=969.index.js.map