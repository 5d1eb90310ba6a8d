export const id = 231;
export const ids = [231];
export const modules = {

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   publishComment: () => (/* binding */ publishComment)
/* harmony export */ });
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The hidden line that finds our comment again, one per trail and region. */
function commentMarker(trailName, region) {
    return `<!-- org-trail:${trailName}:${region} -->`;
}
/**
 * Posts the plan on the pull request that triggered the run, editing the comment of an earlier run
 * instead of adding another. Without a token, or outside a pull request, it does nothing.
 */
async function publishComment(token, marker, body) {
    if (token === '' || !PR_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? ''))
        return 'skipped';
    // Octokit is loaded only when a comment is due.
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const { context } = github;
    const pull = context.payload.pull_request;
    if (!pull)
        return 'skipped';
    const octokit = github.getOctokit(token);
    const { owner, repo } = context.repo;
    const text = `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pull.number,
        per_page: 100
    });
    const ours = comments.find((c) => c.body?.includes(marker));
    if (ours) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: text });
        return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text });
    return 'created';
}


/***/ })

};

//# sourceMappingURL=231.index.js.map