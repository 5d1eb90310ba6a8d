export const id = 931;
export const ids = [931];
export const modules = {

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ s3DataEventCoverage),
/* harmony export */   o: () => (/* binding */ managementEventCoverage)
/* harmony export */ });
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1626);

/** A trail without selectors logs all management events, read and write: CloudTrail's default. */
function managementEventCoverage(selectors, advanced) {
    if (selectors.length === 0 && advanced.length === 0)
        return { any: true, readAndWrite: true };
    const basic = selectors.filter((s) => s.IncludeManagementEvents !== false);
    const isManagement = (f) => f.Field === 'eventCategory' && Array.isArray(f.Equals) && f.Equals.includes('Management');
    const advancedManagement = advanced.filter((s) => s.FieldSelectors?.some(isManagement));
    const advancedAll = advancedManagement.some((s) => !s.FieldSelectors?.some((f) => f.Field === 'readOnly'));
    const basicAll = basic.some((s) => (s.ReadWriteType ?? 'All') === 'All');
    return { any: basic.length > 0 || advancedManagement.length > 0, readAndWrite: basicAll || advancedAll };
}
/** The DataResources values that mean every bucket: S3's ARN prefix in each partition, not a bucket's ARN. */
const ALL_BUCKETS = new Set(['arn:aws:s3:::', ..._aws_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .PARTITIONS */ .S1.map((partition) => `arn:${partition}:s3`)]);
/**
 * Only selectors that cover every bucket count: a list of buckets, or an advanced selector narrowed by
 * ARN, event name or anything else, leaves objects of other buckets unlogged. A trail without selectors
 * logs no data events (CloudTrail's default).
 */
function s3DataEventCoverage(selectors, advanced) {
    let read = false;
    let write = false;
    for (const s of selectors) {
        const allBuckets = (s.DataResources ?? []).some((d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => ALL_BUCKETS.has(v)));
        if (!allBuckets)
            continue;
        const type = s.ReadWriteType ?? 'All';
        if (type !== 'WriteOnly')
            read = true;
        if (type !== 'ReadOnly')
            write = true;
    }
    for (const s of advanced) {
        const fields = s.FieldSelectors ?? [];
        const equals = (field, value) => fields.some((f) => f.Field === field &&
            Array.isArray(f.Equals) &&
            f.Equals.length === 1 &&
            f.Equals[0] === value);
        if (!equals('eventCategory', 'Data') || !equals('resources.type', 'AWS::S3::Object'))
            continue;
        const other = fields.filter((f) => !['eventCategory', 'resources.type', 'readOnly'].includes(String(f.Field)));
        if (other.length > 0)
            continue;
        const readOnly = fields.find((f) => f.Field === 'readOnly');
        if (readOnly === undefined) {
            read = true;
            write = true;
        }
        else if (equals('readOnly', 'true'))
            read = true;
        else if (equals('readOnly', 'false'))
            write = true;
    }
    return { read, write };
}


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

/**
 * Runs one read. `absent` turns the error codes that mean "not there" into a value; any other failure
 * becomes a ReadFailure that the plan reports, so one denied read never hides the others.
 */
async function read(action, send, absent = {}) {
    try {
        return { ok: true, value: await send() };
    }
    catch (error) {
        const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
        if (Object.hasOwn(absent, code))
            return { ok: true, value: absent[code] };
        // A read made of several calls names the one that failed.
        const failedAction = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.action : action;
        const message = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ ? error.awsMessage : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        return { ok: false, failure: { action: failedAction, code, message } };
    }
}


/***/ }),

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reread: () => (/* binding */ reread)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7392);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _trail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3072);



const valueOf = (read) => (read?.ok ? read.value : null);
/**
 * The trail as AWS reports it after this run's writes: the outcome shows this, not what we meant to do.
 * Its selectors too, and its insight selectors and tags when the run read them before (they are declared):
 * the state the run report keeps.
 */
async function reread(clients, arn, region, also = { insights: false, tags: false }) {
    const cloudtrail = clients.cloudtrail(region);
    const [trail, status, selectors, insights, tags] = await Promise.all([
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('cloudtrail:GetTrail', () => cloudtrail.send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_2__/* .GetTrailCommand */ .mp6({ Name: arn }))),
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('cloudtrail:GetTrailStatus', () => cloudtrail.send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_2__/* .GetTrailStatusCommand */ .aMm({ Name: arn }))),
        (0,_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .readSelectors */ ["do"])(clients, arn, region),
        also.insights ? (0,_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .readInsights */ .Q9)(clients, arn, region) : null,
        also.tags ? (0,_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .readTags */ .g$)(clients, arn, region) : null
    ]);
    return {
        trail: trail.Trail ? (0,_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .toTrailConfig */ .E_)(trail.Trail) : null,
        status: (0,_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .toTrailStatus */ .Q_)(status),
        selectors: valueOf(selectors),
        insightSelectors: valueOf(insights),
        tags: valueOf(tags)
    };
}


/***/ }),

/***/ 3072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ toTrailConfig),
/* harmony export */   Q9: () => (/* binding */ readInsights),
/* harmony export */   Q_: () => (/* binding */ toTrailStatus),
/* harmony export */   YL: () => (/* binding */ readTrails),
/* harmony export */   Zc: () => (/* binding */ readTrailStatus),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   ao: () => (/* binding */ listTrails),
/* harmony export */   "do": () => (/* binding */ readSelectors),
/* harmony export */   g$: () => (/* binding */ readTags),
/* harmony export */   hd: () => (/* binding */ readTrail)
/* harmony export */ });
/* unused harmony export toSelectors */
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7392);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1626);
/* harmony import */ var _aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);
/* harmony import */ var _event_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4479);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7694);





function toTrailConfig(trail) {
    const arn = trail.TrailARN ?? '';
    return { name: trail.Name ?? '', arn, homeRegion: trail.HomeRegion ?? (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOf */ .AP)(arn), ...(0,_aws_trail_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .observedFields */ .iW)(trail) };
}
function toTrailStatus(s) {
    const fields = {
        startLoggingTime: s.StartLoggingTime,
        stopLoggingTime: s.StopLoggingTime,
        latestDeliveryTime: s.LatestDeliveryTime,
        latestDeliveryError: s.LatestDeliveryError,
        latestDigestDeliveryTime: s.LatestDigestDeliveryTime,
        latestDigestDeliveryError: s.LatestDigestDeliveryError,
        latestNotificationTime: s.LatestNotificationTime,
        latestNotificationError: s.LatestNotificationError,
        latestCloudWatchLogsDeliveryTime: s.LatestCloudWatchLogsDeliveryTime,
        latestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError
    };
    // An empty error or a missing time is no error or no time: the field is left out.
    const present = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '');
    return { isLogging: s.IsLogging === true, ...Object.fromEntries(present) };
}
/** Every trail visible in the region, shadows of other regions' multi-region trails included. */
function readTrails(clients, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:DescribeTrails', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .DescribeTrailsCommand */ .oSd({ includeShadowTrails: true }));
        return (out.trailList ?? []).map(toTrailConfig);
    });
}
/**
 * Every trail of the account, whatever its home region: DescribeTrails of one region does not show a
 * single-region trail homed in another, ListTrails does.
 */
function listTrails(clients, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:ListTrails', async () => {
        const trails = [];
        for await (const page of (0,_aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .paginateListTrails */ .zlR)({ client: clients.cloudtrail(region) }, {})) {
            for (const t of page.Trails ?? []) {
                const arn = t.TrailARN ?? '';
                trails.push({ name: t.Name ?? '', arn, homeRegion: t.HomeRegion ?? (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOf */ .AP)(arn) });
            }
        }
        return trails;
    });
}
/** One trail by its ARN, asked in its home region; null when there is none. */
function readTrail(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrail', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetTrailCommand */ .mp6({ Name: arn }));
        return out.Trail ? { ...toTrailConfig(out.Trail), homeRegion: out.Trail.HomeRegion ?? region } : null;
    }, { TrailNotFoundException: null });
}
/** The trail's status; null when no trail has that ARN. */
function readTrailStatus(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetTrailStatus', async () => {
        return toTrailStatus(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetTrailStatusCommand */ .aMm({ Name: arn })));
    }, { TrailNotFoundException: null });
}
function toSelectors(out) {
    return {
        event: out.EventSelectors ?? [],
        advanced: (out.AdvancedEventSelectors ?? []).map((a) => ({
            Name: a.Name,
            FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
        }))
    };
}
function readSelectors(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetEventSelectors', async () => toSelectors(await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetEventSelectorsCommand */ .ave({ TrailName: arn }))), { TrailNotFoundException: null });
}
function readInsights(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:GetInsightSelectors', async () => (await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .GetInsightSelectorsCommand */ .Qsx({ TrailName: arn }))).InsightSelectors ??
        [], { InsightNotEnabledException: [], TrailNotFoundException: null });
}
function readTags(clients, arn, region) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .L)('cloudtrail:ListTags', async () => {
        const out = await clients.cloudtrail(region).send(new _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .ListTagsCommand */ .bvr({ ResourceIdList: [arn] }));
        const tags = {};
        for (const t of out.ResourceTagList?.find((r) => r.ResourceId === arn)?.TagsList ??
            out.ResourceTagList?.[0]?.TagsList ??
            []) {
            if (t.Key !== undefined)
                tags[t.Key] = t.Value ?? '';
        }
        return tags;
    }, { ResourceNotFoundException: null, CloudTrailARNInvalidException: null, TrailNotFoundException: null });
}
function coverageOf(selectors) {
    return (0,_event_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .managementEventCoverage */ .o)(selectors.event, selectors.advanced);
}


/***/ })

};

//# sourceMappingURL=931.index.js.map