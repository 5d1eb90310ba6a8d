export const id = 630;
export const ids = [630];
export const modules = {

/***/ 7392:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultCloudTrailHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "cloudtrail",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCloudTrailHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "cloudtrail",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1136.0";
var packageInfo = {
	version: version};

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { [m]: "Region" }, k = {}, l = [j];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://cloudtrail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://cloudtrail.us-gov-east-1.amazonaws.com", k],
        ["https://cloudtrail.us-gov-west-1.amazonaws.com", k],
        ["https://cloudtrail-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://cloudtrail.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://cloudtrail.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 14, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 8, 6,
    4, 7, r + 12,
    5, r + 10, r + 11,
    4, 12, 9,
    6, 10, r + 9,
    7, r + 6, 11,
    8, r + 7, r + 8,
    5, 13, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 15,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class CloudTrailServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CloudTrailServiceException.prototype);
    }
}

class AccessDeniedException extends CloudTrailServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class AccountHasOngoingImportException extends CloudTrailServiceException {
    name = "AccountHasOngoingImportException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountHasOngoingImportException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountHasOngoingImportException.prototype);
        this.Message = opts.Message;
    }
}
class AccountNotFoundException extends CloudTrailServiceException {
    name = "AccountNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class AccountNotRegisteredException extends CloudTrailServiceException {
    name = "AccountNotRegisteredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountNotRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountNotRegisteredException.prototype);
        this.Message = opts.Message;
    }
}
class AccountRegisteredException extends CloudTrailServiceException {
    name = "AccountRegisteredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountRegisteredException.prototype);
        this.Message = opts.Message;
    }
}
class ChannelARNInvalidException extends CloudTrailServiceException {
    name = "ChannelARNInvalidException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChannelARNInvalidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChannelARNInvalidException.prototype);
        this.Message = opts.Message;
    }
}
class ChannelNotFoundException extends CloudTrailServiceException {
    name = "ChannelNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChannelNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChannelNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class CloudTrailARNInvalidException extends CloudTrailServiceException {
    name = "CloudTrailARNInvalidException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CloudTrailARNInvalidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CloudTrailARNInvalidException.prototype);
        this.Message = opts.Message;
    }
}
class ConflictException extends CloudTrailServiceException {
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreARNInvalidException extends CloudTrailServiceException {
    name = "EventDataStoreARNInvalidException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreARNInvalidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreARNInvalidException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreNotFoundException extends CloudTrailServiceException {
    name = "EventDataStoreNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InactiveEventDataStoreException extends CloudTrailServiceException {
    name = "InactiveEventDataStoreException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InactiveEventDataStoreException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InactiveEventDataStoreException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidTagParameterException extends CloudTrailServiceException {
    name = "InvalidTagParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidTagParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTagParameterException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidTrailNameException extends CloudTrailServiceException {
    name = "InvalidTrailNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidTrailNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTrailNameException.prototype);
        this.Message = opts.Message;
    }
}
class NoManagementAccountSLRExistsException extends CloudTrailServiceException {
    name = "NoManagementAccountSLRExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NoManagementAccountSLRExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoManagementAccountSLRExistsException.prototype);
        this.Message = opts.Message;
    }
}
class NotOrganizationMasterAccountException extends CloudTrailServiceException {
    name = "NotOrganizationMasterAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NotOrganizationMasterAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NotOrganizationMasterAccountException.prototype);
        this.Message = opts.Message;
    }
}
class OperationNotPermittedException extends CloudTrailServiceException {
    name = "OperationNotPermittedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotPermittedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotPermittedException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends CloudTrailServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceTypeNotSupportedException extends CloudTrailServiceException {
    name = "ResourceTypeNotSupportedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceTypeNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceTypeNotSupportedException.prototype);
        this.Message = opts.Message;
    }
}
class TagsLimitExceededException extends CloudTrailServiceException {
    name = "TagsLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TagsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagsLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class UnsupportedOperationException extends CloudTrailServiceException {
    name = "UnsupportedOperationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
        this.Message = opts.Message;
    }
}
class InactiveQueryException extends CloudTrailServiceException {
    name = "InactiveQueryException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InactiveQueryException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InactiveQueryException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends CloudTrailServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class QueryIdNotFoundException extends CloudTrailServiceException {
    name = "QueryIdNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "QueryIdNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, QueryIdNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class CannotDelegateManagementAccountException extends CloudTrailServiceException {
    name = "CannotDelegateManagementAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CannotDelegateManagementAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CannotDelegateManagementAccountException.prototype);
        this.Message = opts.Message;
    }
}
class ChannelAlreadyExistsException extends CloudTrailServiceException {
    name = "ChannelAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChannelAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChannelAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class ChannelExistsForEDSException extends CloudTrailServiceException {
    name = "ChannelExistsForEDSException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChannelExistsForEDSException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChannelExistsForEDSException.prototype);
        this.Message = opts.Message;
    }
}
class ChannelMaxLimitExceededException extends CloudTrailServiceException {
    name = "ChannelMaxLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChannelMaxLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChannelMaxLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidEventDataStoreCategoryException extends CloudTrailServiceException {
    name = "InvalidEventDataStoreCategoryException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidEventDataStoreCategoryException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEventDataStoreCategoryException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidSourceException extends CloudTrailServiceException {
    name = "InvalidSourceException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSourceException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientEncryptionPolicyException extends CloudTrailServiceException {
    name = "InsufficientEncryptionPolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientEncryptionPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientEncryptionPolicyException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidQueryStatementException extends CloudTrailServiceException {
    name = "InvalidQueryStatementException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidQueryStatementException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidQueryStatementException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceQuotaExceededException extends CloudTrailServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
    }
}
class CloudTrailAccessNotEnabledException extends CloudTrailServiceException {
    name = "CloudTrailAccessNotEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CloudTrailAccessNotEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CloudTrailAccessNotEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreAlreadyExistsException extends CloudTrailServiceException {
    name = "EventDataStoreAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreMaxLimitExceededException extends CloudTrailServiceException {
    name = "EventDataStoreMaxLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreMaxLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreMaxLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientDependencyServiceAccessPermissionException extends CloudTrailServiceException {
    name = "InsufficientDependencyServiceAccessPermissionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientDependencyServiceAccessPermissionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientDependencyServiceAccessPermissionException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidEventSelectorsException extends CloudTrailServiceException {
    name = "InvalidEventSelectorsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidEventSelectorsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEventSelectorsException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidKmsKeyIdException extends CloudTrailServiceException {
    name = "InvalidKmsKeyIdException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidKmsKeyIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidKmsKeyIdException.prototype);
        this.Message = opts.Message;
    }
}
class KmsException extends CloudTrailServiceException {
    name = "KmsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "KmsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KmsException.prototype);
        this.Message = opts.Message;
    }
}
class KmsKeyNotFoundException extends CloudTrailServiceException {
    name = "KmsKeyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "KmsKeyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KmsKeyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationNotInAllFeaturesModeException extends CloudTrailServiceException {
    name = "OrganizationNotInAllFeaturesModeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationNotInAllFeaturesModeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationNotInAllFeaturesModeException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationsNotInUseException extends CloudTrailServiceException {
    name = "OrganizationsNotInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationsNotInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottlingException extends CloudTrailServiceException {
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
class CloudTrailInvalidClientTokenIdException extends CloudTrailServiceException {
    name = "CloudTrailInvalidClientTokenIdException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CloudTrailInvalidClientTokenIdException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CloudTrailInvalidClientTokenIdException.prototype);
        this.Message = opts.Message;
    }
}
class CloudWatchLogsDeliveryUnavailableException extends CloudTrailServiceException {
    name = "CloudWatchLogsDeliveryUnavailableException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CloudWatchLogsDeliveryUnavailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CloudWatchLogsDeliveryUnavailableException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientS3BucketPolicyException extends CloudTrailServiceException {
    name = "InsufficientS3BucketPolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientS3BucketPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientS3BucketPolicyException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientSnsTopicPolicyException extends CloudTrailServiceException {
    name = "InsufficientSnsTopicPolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientSnsTopicPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientSnsTopicPolicyException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidCloudWatchLogsLogGroupArnException extends CloudTrailServiceException {
    name = "InvalidCloudWatchLogsLogGroupArnException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidCloudWatchLogsLogGroupArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCloudWatchLogsLogGroupArnException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidCloudWatchLogsRoleArnException extends CloudTrailServiceException {
    name = "InvalidCloudWatchLogsRoleArnException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidCloudWatchLogsRoleArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCloudWatchLogsRoleArnException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterCombinationException extends CloudTrailServiceException {
    name = "InvalidParameterCombinationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterCombinationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidS3BucketNameException extends CloudTrailServiceException {
    name = "InvalidS3BucketNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidS3BucketNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidS3BucketNameException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidS3PrefixException extends CloudTrailServiceException {
    name = "InvalidS3PrefixException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidS3PrefixException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidS3PrefixException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidSnsTopicNameException extends CloudTrailServiceException {
    name = "InvalidSnsTopicNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSnsTopicNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSnsTopicNameException.prototype);
        this.Message = opts.Message;
    }
}
class KmsKeyDisabledException extends CloudTrailServiceException {
    name = "KmsKeyDisabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "KmsKeyDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KmsKeyDisabledException.prototype);
        this.Message = opts.Message;
    }
}
class MaximumNumberOfTrailsExceededException extends CloudTrailServiceException {
    name = "MaximumNumberOfTrailsExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaximumNumberOfTrailsExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaximumNumberOfTrailsExceededException.prototype);
        this.Message = opts.Message;
    }
}
class S3BucketDoesNotExistException extends CloudTrailServiceException {
    name = "S3BucketDoesNotExistException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "S3BucketDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3BucketDoesNotExistException.prototype);
        this.Message = opts.Message;
    }
}
class TrailAlreadyExistsException extends CloudTrailServiceException {
    name = "TrailAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrailAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrailAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class TrailNotProvidedException extends CloudTrailServiceException {
    name = "TrailNotProvidedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrailNotProvidedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrailNotProvidedException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreFederationEnabledException extends CloudTrailServiceException {
    name = "EventDataStoreFederationEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreFederationEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreFederationEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreHasOngoingImportException extends CloudTrailServiceException {
    name = "EventDataStoreHasOngoingImportException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreHasOngoingImportException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreHasOngoingImportException.prototype);
        this.Message = opts.Message;
    }
}
class EventDataStoreTerminationProtectedException extends CloudTrailServiceException {
    name = "EventDataStoreTerminationProtectedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EventDataStoreTerminationProtectedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EventDataStoreTerminationProtectedException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceARNNotValidException extends CloudTrailServiceException {
    name = "ResourceARNNotValidException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceARNNotValidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceARNNotValidException.prototype);
        this.Message = opts.Message;
    }
}
class ResourcePolicyNotFoundException extends CloudTrailServiceException {
    name = "ResourcePolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourcePolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidHomeRegionException extends CloudTrailServiceException {
    name = "InvalidHomeRegionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidHomeRegionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidHomeRegionException.prototype);
        this.Message = opts.Message;
    }
}
class TrailNotFoundException extends CloudTrailServiceException {
    name = "TrailNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TrailNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TrailNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class NotOrganizationManagementAccountException extends CloudTrailServiceException {
    name = "NotOrganizationManagementAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NotOrganizationManagementAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NotOrganizationManagementAccountException.prototype);
        this.Message = opts.Message;
    }
}
class ConcurrentModificationException extends CloudTrailServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
class GenerateResponseException extends CloudTrailServiceException {
    name = "GenerateResponseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "GenerateResponseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GenerateResponseException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidEventDataStoreStatusException extends CloudTrailServiceException {
    name = "InvalidEventDataStoreStatusException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidEventDataStoreStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEventDataStoreStatusException.prototype);
        this.Message = opts.Message;
    }
}
class ImportNotFoundException extends CloudTrailServiceException {
    name = "ImportNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ImportNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ImportNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InsightNotEnabledException extends CloudTrailServiceException {
    name = "InsightNotEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsightNotEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsightNotEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidMaxResultsException extends CloudTrailServiceException {
    name = "InvalidMaxResultsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidMaxResultsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidMaxResultsException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidNextTokenException extends CloudTrailServiceException {
    name = "InvalidNextTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidTimeRangeException extends CloudTrailServiceException {
    name = "InvalidTimeRangeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidTimeRangeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTimeRangeException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidTokenException extends CloudTrailServiceException {
    name = "InvalidTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTokenException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidDateRangeException extends CloudTrailServiceException {
    name = "InvalidDateRangeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidDateRangeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidDateRangeException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidQueryStatusException extends CloudTrailServiceException {
    name = "InvalidQueryStatusException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidQueryStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidQueryStatusException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidEventCategoryException extends CloudTrailServiceException {
    name = "InvalidEventCategoryException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidEventCategoryException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEventCategoryException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidLookupAttributesException extends CloudTrailServiceException {
    name = "InvalidLookupAttributesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidLookupAttributesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidLookupAttributesException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientIAMAccessPermissionException extends CloudTrailServiceException {
    name = "InsufficientIAMAccessPermissionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientIAMAccessPermissionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientIAMAccessPermissionException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidInsightSelectorsException extends CloudTrailServiceException {
    name = "InvalidInsightSelectorsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidInsightSelectorsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInsightSelectorsException.prototype);
        this.Message = opts.Message;
    }
}
class ResourcePolicyNotValidException extends CloudTrailServiceException {
    name = "ResourcePolicyNotValidException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourcePolicyNotValidException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourcePolicyNotValidException.prototype);
        this.Message = opts.Message;
    }
}
class DelegatedAdminAccountLimitExceededException extends CloudTrailServiceException {
    name = "DelegatedAdminAccountLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DelegatedAdminAccountLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DelegatedAdminAccountLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidImportSourceException extends CloudTrailServiceException {
    name = "InvalidImportSourceException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidImportSourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidImportSourceException.prototype);
        this.Message = opts.Message;
    }
}
class MaxConcurrentQueriesException extends CloudTrailServiceException {
    name = "MaxConcurrentQueriesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaxConcurrentQueriesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaxConcurrentQueriesException.prototype);
        this.Message = opts.Message;
    }
}

const _AC = "AggregationConfiguration";
const _ACg = "AggregationConfigurations";
const _ADE = "AccessDeniedException";
const _AES = "AdvancedEventSelector";
const _AESd = "AdvancedEventSelectors";
const _AFS = "AdvancedFieldSelector";
const _AFSd = "AdvancedFieldSelectors";
const _AHOIE = "AccountHasOngoingImportException";
const _AK = "AttributeKey";
const _AKI = "AccessKeyId";
const _ANFE = "AccountNotFoundException";
const _ANRE = "AccountNotRegisteredException";
const _ARE = "AccountRegisteredException";
const _AT = "AddTags";
const _ATAR = "ApplyToAllRegions";
const _ATR = "AddTagsRequest";
const _ATRd = "AddTagsResponse";
const _AV = "AttributeValue";
const _BM = "BillingMode";
const _BS = "BytesScanned";
const _C = "Channel";
const _CA = "ChannelArn";
const _CAEE = "ChannelAlreadyExistsException";
const _CARNIE = "ChannelARNInvalidException";
const _CC = "CreateChannel";
const _CCR = "CreateChannelRequest";
const _CCRr = "CreateChannelResponse";
const _CD = "CreateDashboard";
const _CDMAE = "CannotDelegateManagementAccountException";
const _CDR = "CreateDashboardRequest";
const _CDRr = "CreateDashboardResponse";
const _CE = "ConflictException";
const _CEDS = "CreateEventDataStore";
const _CEDSR = "CreateEventDataStoreRequest";
const _CEDSRr = "CreateEventDataStoreResponse";
const _CEFEDSE = "ChannelExistsForEDSException";
const _CKS = "ContextKeySelector";
const _CKSo = "ContextKeySelectors";
const _CME = "ConcurrentModificationException";
const _CMLEE = "ChannelMaxLimitExceededException";
const _CNFE = "ChannelNotFoundException";
const _CQ = "CancelQuery";
const _CQR = "CancelQueryRequest";
const _CQRa = "CancelQueryResponse";
const _CT = "CreatedTimestamp";
const _CTANEE = "CloudTrailAccessNotEnabledException";
const _CTARNIE = "CloudTrailARNInvalidException";
const _CTE = "CloudTrailEvent";
const _CTICTIE = "CloudTrailInvalidClientTokenIdException";
const _CTR = "CreateTrailRequest";
const _CTRr = "CreateTrailResponse";
const _CTr = "CreationTime";
const _CTre = "CreateTrail";
const _CWLDUE = "CloudWatchLogsDeliveryUnavailableException";
const _CWLLGA = "CloudWatchLogsLogGroupArn";
const _CWLRA = "CloudWatchLogsRoleArn";
const _Ch = "Channels";
const _D = "Destinations";
const _DA = "DashboardArn";
const _DAAI = "DelegatedAdminAccountId";
const _DAALEE = "DelegatedAdminAccountLimitExceededException";
const _DARP = "DelegatedAdminResourcePolicy";
const _DC = "DeleteChannel";
const _DCR = "DeleteChannelRequest";
const _DCRe = "DeleteChannelResponse";
const _DD = "DashboardDetail";
const _DDR = "DeleteDashboardRequest";
const _DDRe = "DeleteDashboardResponse";
const _DDe = "DeleteDashboard";
const _DEDS = "DeleteEventDataStore";
const _DEDSR = "DeleteEventDataStoreRequest";
const _DEDSRe = "DeleteEventDataStoreResponse";
const _DF = "DisableFederation";
const _DFR = "DisableFederationRequest";
const _DFRi = "DisableFederationResponse";
const _DI = "DashboardId";
const _DODA = "DeregisterOrganizationDelegatedAdmin";
const _DODAR = "DeregisterOrganizationDelegatedAdminRequest";
const _DODARe = "DeregisterOrganizationDelegatedAdminResponse";
const _DQ = "DescribeQuery";
const _DQR = "DescribeQueryRequest";
const _DQRe = "DescribeQueryResponse";
const _DR = "DataResource";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRa = "DataResources";
const _DS = "DeliveryStatus";
const _DSU = "DeliveryS3Uri";
const _DT = "DataType";
const _DTR = "DeleteTrailRequest";
const _DTRe = "DeleteTrailResponse";
const _DTRes = "DescribeTrailsRequest";
const _DTResc = "DescribeTrailsResponse";
const _DTe = "DeleteTrail";
const _DTes = "DescribeTrails";
const _Da = "Dashboards";
const _De = "Destination";
const _Des = "Description";
const _Di = "Dimensions";
const _E = "Equals";
const _EC = "EventCategory";
const _ECr = "ErrorCode";
const _ECv = "EventsCompleted";
const _ECve = "EventCategories";
const _EDS = "EventDataStore";
const _EDSA = "EventDataStoreArn";
const _EDSAEE = "EventDataStoreAlreadyExistsException";
const _EDSARNIE = "EventDataStoreARNInvalidException";
const _EDSFEE = "EventDataStoreFederationEnabledException";
const _EDSHOIE = "EventDataStoreHasOngoingImportException";
const _EDSMLEE = "EventDataStoreMaxLimitExceededException";
const _EDSNFE = "EventDataStoreNotFoundException";
const _EDSOAI = "EventDataStoreOwnerAccountId";
const _EDSTPE = "EventDataStoreTerminationProtectedException";
const _EDSv = "EventDataStores";
const _EET = "EndEventTime";
const _EF = "EnableFederation";
const _EFR = "EnableFederationRequest";
const _EFRn = "EnableFederationResponse";
const _EI = "EventId";
const _EL = "EventsList";
const _ELFV = "EnableLogFileValidation";
const _EM = "ErrorMessage";
const _EMES = "ExcludeManagementEventSources";
const _EMv = "EventsMatched";
const _EN = "EventName";
const _ES = "EventSource";
const _ESv = "EventSelector";
const _ESve = "EventSelectors";
const _ESven = "EventsScanned";
const _ET = "EventTime";
const _ETIM = "ExecutionTimeInMillis";
const _ETn = "EndTime";
const _ETr = "ErrorType";
const _EW = "EndsWith";
const _Ev = "Event";
const _Eve = "Events";
const _F = "Field";
const _FC = "FilesCompleted";
const _FE = "FailedEntries";
const _FRA = "FederationRoleArn";
const _FS = "FieldSelectors";
const _FSe = "FederationStatus";
const _Fa = "Failures";
const _Fi = "Fingerprint";
const _Fr = "Frequency";
const _GC = "GetChannel";
const _GCR = "GetChannelRequest";
const _GCRe = "GetChannelResponse";
const _GD = "GetDashboard";
const _GDR = "GetDashboardRequest";
const _GDRe = "GetDashboardResponse";
const _GEC = "GetEventConfiguration";
const _GECR = "GetEventConfigurationRequest";
const _GECRe = "GetEventConfigurationResponse";
const _GEDS = "GetEventDataStore";
const _GEDSR = "GetEventDataStoreRequest";
const _GEDSRe = "GetEventDataStoreResponse";
const _GES = "GetEventSelectors";
const _GESR = "GetEventSelectorsRequest";
const _GESRe = "GetEventSelectorsResponse";
const _GI = "GetImport";
const _GIR = "GetImportRequest";
const _GIRe = "GetImportResponse";
const _GIS = "GetInsightSelectors";
const _GISR = "GetInsightSelectorsRequest";
const _GISRe = "GetInsightSelectorsResponse";
const _GQ = "GenerateQuery";
const _GQR = "GenerateQueryRequest";
const _GQRR = "GetQueryResultsRequest";
const _GQRRe = "GetQueryResultsResponse";
const _GQRe = "GenerateQueryResponse";
const _GQRet = "GetQueryResults";
const _GRE = "GenerateResponseException";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _GT = "GetTrail";
const _GTR = "GetTrailRequest";
const _GTRe = "GetTrailResponse";
const _GTS = "GetTrailStatus";
const _GTSR = "GetTrailStatusRequest";
const _GTSRe = "GetTrailStatusResponse";
const _HCES = "HasCustomEventSelectors";
const _HIS = "HasInsightSelectors";
const _HR = "HomeRegion";
const _I = "Imports";
const _ICWLLGAE = "InvalidCloudWatchLogsLogGroupArnException";
const _ICWLRAE = "InvalidCloudWatchLogsRoleArnException";
const _ID = "InsightsDestination";
const _IDRE = "InvalidDateRangeException";
const _IDSAPE = "InsufficientDependencyServiceAccessPermissionException";
const _IECE = "InvalidEventCategoryException";
const _IEDSCE = "InvalidEventDataStoreCategoryException";
const _IEDSE = "InactiveEventDataStoreException";
const _IEDSSE = "InvalidEventDataStoreStatusException";
const _IEPE = "InsufficientEncryptionPolicyException";
const _IESE = "InvalidEventSelectorsException";
const _IFL = "ImportFailureList";
const _IFLI = "ImportFailureListItem";
const _IGSE = "IncludeGlobalServiceEvents";
const _IHRE = "InvalidHomeRegionException";
const _II = "ImportId";
const _IIAMAPE = "InsufficientIAMAccessPermissionException";
const _IISE = "InvalidImportSourceException";
const _IISEn = "InvalidInsightSelectorsException";
const _IKKIE = "InvalidKmsKeyIdException";
const _IL = "IsLogging";
const _ILAE = "InvalidLookupAttributesException";
const _ILI = "ImportsListItem";
const _ILm = "ImportsList";
const _IME = "IncludeManagementEvents";
const _IMRE = "InvalidMaxResultsException";
const _IMRT = "IsMultiRegionTrail";
const _INEE = "InsightNotEnabledException";
const _INFE = "ImportNotFoundException";
const _INTE = "InvalidNextTokenException";
const _IOT = "IsOrganizationTrail";
const _IPCE = "InvalidParameterCombinationException";
const _IPE = "InvalidParameterException";
const _IQE = "InactiveQueryException";
const _IQSE = "InvalidQueryStatementException";
const _IQSEn = "InvalidQueryStatusException";
const _IS = "IngestionStatus";
const _ISBNE = "InvalidS3BucketNameException";
const _ISBPE = "InsufficientS3BucketPolicyException";
const _ISE = "InvalidSourceException";
const _ISPE = "InvalidS3PrefixException";
const _ISTNE = "InvalidSnsTopicNameException";
const _ISTPE = "InsufficientSnsTopicPolicyException";
const _ISm = "ImportSource";
const _ISmp = "ImportStatus";
const _ISmpo = "ImportStatistics";
const _ISn = "InsightSelectors";
const _ISns = "InsightSelector";
const _ISnsi = "InsightSource";
const _IT = "InsightType";
const _ITE = "InvalidTokenException";
const _ITNE = "InvalidTrailNameException";
const _ITPE = "InvalidTagParameterException";
const _ITRE = "InvalidTimeRangeException";
const _K = "Key";
const _KE = "KmsException";
const _KKDE = "KmsKeyDisabledException";
const _KKI = "KmsKeyId";
const _KKNFE = "KmsKeyNotFoundException";
const _L = "Location";
const _LA = "LookupAttribute";
const _LAL = "LookupAttributesList";
const _LAo = "LookupAttributes";
const _LC = "ListChannels";
const _LCR = "ListChannelsRequest";
const _LCRi = "ListChannelsResponse";
const _LCWLDE = "LatestCloudWatchLogsDeliveryError";
const _LCWLDT = "LatestCloudWatchLogsDeliveryTime";
const _LD = "ListDashboards";
const _LDAS = "LatestDeliveryAttemptSucceeded";
const _LDAT = "LatestDeliveryAttemptTime";
const _LDDE = "LatestDigestDeliveryError";
const _LDDT = "LatestDigestDeliveryTime";
const _LDE = "LatestDeliveryError";
const _LDR = "ListDashboardsRequest";
const _LDRi = "ListDashboardsResponse";
const _LDT = "LatestDeliveryTime";
const _LE = "LookupEvents";
const _LEDS = "ListEventDataStores";
const _LEDSR = "ListEventDataStoresRequest";
const _LEDSRi = "ListEventDataStoresResponse";
const _LER = "LookupEventsRequest";
const _LERo = "LookupEventsResponse";
const _LFVE = "LogFileValidationEnabled";
const _LI = "ListImports";
const _LIAEID = "LatestIngestionAttemptEventID";
const _LIAT = "LatestIngestionAttemptTime";
const _LID = "ListInsightsData";
const _LIDR = "ListInsightsDataRequest";
const _LIDRi = "ListInsightsDataResponse";
const _LIEC = "LatestIngestionErrorCode";
const _LIF = "ListImportFailures";
const _LIFR = "ListImportFailuresRequest";
const _LIFRi = "ListImportFailuresResponse";
const _LIMD = "ListInsightsMetricData";
const _LIMDR = "ListInsightsMetricDataRequest";
const _LIMDRi = "ListInsightsMetricDataResponse";
const _LIR = "ListImportsRequest";
const _LIRi = "ListImportsResponse";
const _LISEID = "LatestIngestionSuccessEventID";
const _LIST = "LatestIngestionSuccessTime";
const _LNAS = "LatestNotificationAttemptSucceeded";
const _LNAT = "LatestNotificationAttemptTime";
const _LNE = "LatestNotificationError";
const _LNT = "LatestNotificationTime";
const _LPK = "ListPublicKeys";
const _LPKR = "ListPublicKeysRequest";
const _LPKRi = "ListPublicKeysResponse";
const _LQ = "ListQueries";
const _LQR = "ListQueriesRequest";
const _LQRi = "ListQueriesResponse";
const _LRFR = "LastRefreshFailureReason";
const _LRI = "LastRefreshId";
const _LT = "ListTags";
const _LTR = "ListTagsRequest";
const _LTRi = "ListTagsResponse";
const _LTRis = "ListTrailsRequest";
const _LTRist = "ListTrailsResponse";
const _LTi = "ListTrails";
const _LUT = "LastUpdatedTime";
const _M = "Message";
const _MAI = "MemberAccountId";
const _MCQE = "MaxConcurrentQueriesException";
const _MES = "MaxEventSize";
const _MNOTEE = "MaximumNumberOfTrailsExceededException";
const _MQR = "MaxQueryResults";
const _MR = "MaxResults";
const _MRE = "MultiRegionEnabled";
const _N = "Name";
const _NE = "NotEquals";
const _NEW = "NotEndsWith";
const _NMASLREE = "NoManagementAccountSLRExistsException";
const _NOMAE = "NotOrganizationManagementAccountException";
const _NOMAEo = "NotOrganizationMasterAccountException";
const _NP = "NamePrefix";
const _NSW = "NotStartsWith";
const _NT = "NextToken";
const _OE = "OrganizationEnabled";
const _ONIAFME = "OrganizationNotInAllFeaturesModeException";
const _ONIUE = "OrganizationsNotInUseException";
const _ONPE = "OperationNotPermittedException";
const _P = "Prompt";
const _PC = "PrefixesCompleted";
const _PEC = "PutEventConfiguration";
const _PECR = "PutEventConfigurationRequest";
const _PECRu = "PutEventConfigurationResponse";
const _PES = "PutEventSelectors";
const _PESR = "PutEventSelectorsRequest";
const _PESRu = "PutEventSelectorsResponse";
const _PF = "PrefixesFound";
const _PIS = "PutInsightSelectors";
const _PISR = "PutInsightSelectorsRequest";
const _PISRu = "PutInsightSelectorsResponse";
const _PK = "PartitionKeys";
const _PKL = "PublicKeyList";
const _PKLa = "PartitionKeyList";
const _PKa = "PartitionKey";
const _PKu = "PublicKey";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _Pe = "Period";
const _Q = "Queries";
const _QA = "QueryAlias";
const _QI = "QueryId";
const _QINFE = "QueryIdNotFoundException";
const _QP = "QueryParameters";
const _QPV = "QueryParameterValues";
const _QRR = "QueryResultRows";
const _QRRu = "QueryResultRow";
const _QS = "QueryStatus";
const _QSFDQ = "QueryStatisticsForDescribeQuery";
const _QSu = "QueryString";
const _QSue = "QueryStatistics";
const _QSuer = "QueryStatement";
const _Qu = "Query";
const _R = "Resources";
const _RA = "ResourceArn";
const _RARNNVE = "ResourceARNNotValidException";
const _RC = "ResultsCount";
const _REDS = "RestoreEventDataStore";
const _REDSR = "RestoreEventDataStoreRequest";
const _REDSRe = "RestoreEventDataStoreResponse";
const _RI = "ResourceId";
const _RIL = "ResourceIdList";
const _RIe = "RefreshId";
const _RL = "RecursiveLogging";
const _RLe = "ResourceList";
const _RN = "ResourceName";
const _RNFE = "ResourceNotFoundException";
const _RO = "ReadOnly";
const _RODA = "RegisterOrganizationDelegatedAdmin";
const _RODAR = "RegisterOrganizationDelegatedAdminRequest";
const _RODARe = "RegisterOrganizationDelegatedAdminResponse";
const _RP = "RetentionPeriod";
const _RPNFE = "ResourcePolicyNotFoundException";
const _RPNVE = "ResourcePolicyNotValidException";
const _RPe = "ResourcePolicy";
const _RS = "RefreshSchedule";
const _RSF = "RefreshScheduleFrequency";
const _RT = "ResourceType";
const _RTL = "ResourceTagList";
const _RTNSE = "ResourceTypeNotSupportedException";
const _RTR = "RemoveTagsRequest";
const _RTRe = "RemoveTagsResponse";
const _RTe = "ResourceTag";
const _RTem = "RemoveTags";
const _RW = "RequestWidget";
const _RWL = "RequestWidgetList";
const _RWT = "ReadWriteType";
const _Re = "Resource";
const _Rel = "Relevance";
const _S = "Source";
const _SBARA = "S3BucketAccessRoleArn";
const _SBDNEE = "S3BucketDoesNotExistException";
const _SBN = "S3BucketName";
const _SBR = "S3BucketRegion";
const _SC = "SourceConfig";
const _SDR = "StartDashboardRefresh";
const _SDRR = "StartDashboardRefreshRequest";
const _SDRRt = "StartDashboardRefreshResponse";
const _SEDSI = "StartEventDataStoreIngestion";
const _SEDSIR = "StartEventDataStoreIngestionRequest";
const _SEDSIRt = "StartEventDataStoreIngestionResponse";
const _SEDSIRto = "StopEventDataStoreIngestionRequest";
const _SEDSIRtop = "StopEventDataStoreIngestionResponse";
const _SEDSIt = "StopEventDataStoreIngestion";
const _SET = "StartEventTime";
const _SI = "StartIngestion";
const _SIR = "StartImportRequest";
const _SIRt = "StartImportResponse";
const _SIRto = "StopImportRequest";
const _SIRtop = "StopImportResponse";
const _SIS = "S3ImportSource";
const _SIt = "StartImport";
const _SIto = "StopImport";
const _SKP = "S3KeyPrefix";
const _SL = "StartLogging";
const _SLR = "StartLoggingRequest";
const _SLRt = "StartLoggingResponse";
const _SLRto = "StopLoggingRequest";
const _SLRtop = "StopLoggingResponse";
const _SLT = "StartLoggingTime";
const _SLTt = "StopLoggingTime";
const _SLU = "S3LocationUri";
const _SLt = "StopLogging";
const _SP = "SearchPhrase";
const _SQ = "StartQuery";
const _SQEE = "ServiceQuotaExceededException";
const _SQL = "SQL";
const _SQR = "StartQueryRequest";
const _SQRt = "StartQueryResponse";
const _SR = "SearchResults";
const _SSQ = "SearchSampleQueries";
const _SSQR = "SearchSampleQueriesRequest";
const _SSQRe = "SearchSampleQueriesResponse";
const _SSQSR = "SearchSampleQueriesSearchResult";
const _SSQSRe = "SearchSampleQueriesSearchResults";
const _ST = "StartTime";
const _STARN = "SnsTopicARN";
const _STN = "SnsTopicName";
const _SW = "StartsWith";
const _S_ = "S3";
const _St = "Status";
const _T = "Templates";
const _TAEE = "TrailAlreadyExistsException";
const _TARN = "TrailARN";
const _TE = "ThrottlingException";
const _TI = "TrailInfo";
const _TL = "TagsList";
const _TLEE = "TagsLimitExceededException";
const _TLS = "TimeLoggingStarted";
const _TLSi = "TimeLoggingStopped";
const _TLr = "TrailList";
const _TN = "TrailName";
const _TNFE = "TrailNotFoundException";
const _TNPE = "TrailNotProvidedException";
const _TOD = "TimeOfDay";
const _TPE = "TerminationProtectionEnabled";
const _TRC = "TotalResultsCount";
const _Ta = "Tags";
const _Tag = "Tag";
const _Ti = "Timestamps";
const _Tr = "Trail";
const _Tra = "Trails";
const _Ty = "Type";
const _U = "Username";
const _UC = "UpdateChannel";
const _UCR = "UpdateChannelRequest";
const _UCRp = "UpdateChannelResponse";
const _UD = "UpdateDashboard";
const _UDR = "UpdateDashboardRequest";
const _UDRp = "UpdateDashboardResponse";
const _UEDS = "UpdateEventDataStore";
const _UEDSR = "UpdateEventDataStoreRequest";
const _UEDSRp = "UpdateEventDataStoreResponse";
const _UOE = "UnsupportedOperationException";
const _UT = "UpdatedTimestamp";
const _UTR = "UpdateTrailRequest";
const _UTRp = "UpdateTrailResponse";
const _UTp = "UpdateTrail";
const _Un = "Unit";
const _V = "Values";
const _VET = "ValidityEndTime";
const _VP = "ViewProperties";
const _VST = "ValidityStartTime";
const _Va = "Value";
const _W = "Widgets";
const _WL = "WidgetList";
const _Wi = "Widget";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _iST = "includeShadowTrails";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudtrail";
const _tL = "trailList";
const _tNL = "trailNameList";
const n0 = "com.amazonaws.cloudtrail";
const _s_registry = TypeRegistry.for(_s);
var CloudTrailServiceException$ = [-3, _s, "CloudTrailServiceException", 0, [], []];
_s_registry.registerError(CloudTrailServiceException$, CloudTrailServiceException);
const n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_aQE]: [`ResourceAccessDenied`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AccountHasOngoingImportException$ = [-3, n0, _AHOIE,
    { [_aQE]: [`AccountHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AccountHasOngoingImportException$, AccountHasOngoingImportException);
var AccountNotFoundException$ = [-3, n0, _ANFE,
    { [_aQE]: [`AccountNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [-3, n0, _ANRE,
    { [_aQE]: [`AccountNotRegistered`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountRegisteredException$ = [-3, n0, _ARE,
    { [_aQE]: [`AccountRegistered`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AccountRegisteredException$, AccountRegisteredException);
var CannotDelegateManagementAccountException$ = [-3, n0, _CDMAE,
    { [_aQE]: [`CannotDelegateManagementAccount`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CannotDelegateManagementAccountException$, CannotDelegateManagementAccountException);
var ChannelAlreadyExistsException$ = [-3, n0, _CAEE,
    { [_aQE]: [`ChannelAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ChannelAlreadyExistsException$, ChannelAlreadyExistsException);
var ChannelARNInvalidException$ = [-3, n0, _CARNIE,
    { [_aQE]: [`ChannelARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ChannelARNInvalidException$, ChannelARNInvalidException);
var ChannelExistsForEDSException$ = [-3, n0, _CEFEDSE,
    { [_aQE]: [`ChannelExistsForEDS`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ChannelExistsForEDSException$, ChannelExistsForEDSException);
var ChannelMaxLimitExceededException$ = [-3, n0, _CMLEE,
    { [_aQE]: [`ChannelMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ChannelMaxLimitExceededException$, ChannelMaxLimitExceededException);
var ChannelNotFoundException$ = [-3, n0, _CNFE,
    { [_aQE]: [`ChannelNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ChannelNotFoundException$, ChannelNotFoundException);
var CloudTrailAccessNotEnabledException$ = [-3, n0, _CTANEE,
    { [_aQE]: [`CloudTrailAccessNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CloudTrailAccessNotEnabledException$, CloudTrailAccessNotEnabledException);
var CloudTrailARNInvalidException$ = [-3, n0, _CTARNIE,
    { [_aQE]: [`CloudTrailARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CloudTrailARNInvalidException$, CloudTrailARNInvalidException);
var CloudTrailInvalidClientTokenIdException$ = [-3, n0, _CTICTIE,
    { [_aQE]: [`CloudTrailInvalidClientTokenId`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CloudTrailInvalidClientTokenIdException$, CloudTrailInvalidClientTokenIdException);
var CloudWatchLogsDeliveryUnavailableException$ = [-3, n0, _CWLDUE,
    { [_aQE]: [`CloudWatchLogsDeliveryUnavailable`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CloudWatchLogsDeliveryUnavailableException$, CloudWatchLogsDeliveryUnavailableException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_aQE]: [`ConcurrentModification`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [-3, n0, _CE,
    { [_aQE]: [`ConflictException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DelegatedAdminAccountLimitExceededException$ = [-3, n0, _DAALEE,
    { [_aQE]: [`DelegatedAdminAccountLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(DelegatedAdminAccountLimitExceededException$, DelegatedAdminAccountLimitExceededException);
var EventDataStoreAlreadyExistsException$ = [-3, n0, _EDSAEE,
    { [_aQE]: [`EventDataStoreAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreAlreadyExistsException$, EventDataStoreAlreadyExistsException);
var EventDataStoreARNInvalidException$ = [-3, n0, _EDSARNIE,
    { [_aQE]: [`EventDataStoreARNInvalid`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreARNInvalidException$, EventDataStoreARNInvalidException);
var EventDataStoreFederationEnabledException$ = [-3, n0, _EDSFEE,
    { [_aQE]: [`EventDataStoreFederationEnabled`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreFederationEnabledException$, EventDataStoreFederationEnabledException);
var EventDataStoreHasOngoingImportException$ = [-3, n0, _EDSHOIE,
    { [_aQE]: [`EventDataStoreHasOngoingImport`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreHasOngoingImportException$, EventDataStoreHasOngoingImportException);
var EventDataStoreMaxLimitExceededException$ = [-3, n0, _EDSMLEE,
    { [_aQE]: [`EventDataStoreMaxLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreMaxLimitExceededException$, EventDataStoreMaxLimitExceededException);
var EventDataStoreNotFoundException$ = [-3, n0, _EDSNFE,
    { [_aQE]: [`EventDataStoreNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreNotFoundException$, EventDataStoreNotFoundException);
var EventDataStoreTerminationProtectedException$ = [-3, n0, _EDSTPE,
    { [_aQE]: [`EventDataStoreTerminationProtectedException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(EventDataStoreTerminationProtectedException$, EventDataStoreTerminationProtectedException);
var GenerateResponseException$ = [-3, n0, _GRE,
    { [_aQE]: [`GenerateResponse`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(GenerateResponseException$, GenerateResponseException);
var ImportNotFoundException$ = [-3, n0, _INFE,
    { [_aQE]: [`ImportNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ImportNotFoundException$, ImportNotFoundException);
var InactiveEventDataStoreException$ = [-3, n0, _IEDSE,
    { [_aQE]: [`InactiveEventDataStore`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InactiveEventDataStoreException$, InactiveEventDataStoreException);
var InactiveQueryException$ = [-3, n0, _IQE,
    { [_aQE]: [`InactiveQuery`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InactiveQueryException$, InactiveQueryException);
var InsightNotEnabledException$ = [-3, n0, _INEE,
    { [_aQE]: [`InsightNotEnabled`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InsightNotEnabledException$, InsightNotEnabledException);
var InsufficientDependencyServiceAccessPermissionException$ = [-3, n0, _IDSAPE,
    { [_aQE]: [`InsufficientDependencyServiceAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientDependencyServiceAccessPermissionException$, InsufficientDependencyServiceAccessPermissionException);
var InsufficientEncryptionPolicyException$ = [-3, n0, _IEPE,
    { [_aQE]: [`InsufficientEncryptionPolicy`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientEncryptionPolicyException$, InsufficientEncryptionPolicyException);
var InsufficientIAMAccessPermissionException$ = [-3, n0, _IIAMAPE,
    { [_aQE]: [`InsufficientIAMAccessPermission`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientIAMAccessPermissionException$, InsufficientIAMAccessPermissionException);
var InsufficientS3BucketPolicyException$ = [-3, n0, _ISBPE,
    { [_aQE]: [`InsufficientS3BucketPolicy`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientS3BucketPolicyException$, InsufficientS3BucketPolicyException);
var InsufficientSnsTopicPolicyException$ = [-3, n0, _ISTPE,
    { [_aQE]: [`InsufficientSnsTopicPolicy`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientSnsTopicPolicyException$, InsufficientSnsTopicPolicyException);
var InvalidCloudWatchLogsLogGroupArnException$ = [-3, n0, _ICWLLGAE,
    { [_aQE]: [`InvalidCloudWatchLogsLogGroupArn`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidCloudWatchLogsLogGroupArnException$, InvalidCloudWatchLogsLogGroupArnException);
var InvalidCloudWatchLogsRoleArnException$ = [-3, n0, _ICWLRAE,
    { [_aQE]: [`InvalidCloudWatchLogsRoleArn`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidCloudWatchLogsRoleArnException$, InvalidCloudWatchLogsRoleArnException);
var InvalidDateRangeException$ = [-3, n0, _IDRE,
    { [_aQE]: [`InvalidDateRange`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidDateRangeException$, InvalidDateRangeException);
var InvalidEventCategoryException$ = [-3, n0, _IECE,
    { [_aQE]: [`InvalidEventCategory`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidEventCategoryException$, InvalidEventCategoryException);
var InvalidEventDataStoreCategoryException$ = [-3, n0, _IEDSCE,
    { [_aQE]: [`InvalidEventDataStoreCategory`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidEventDataStoreCategoryException$, InvalidEventDataStoreCategoryException);
var InvalidEventDataStoreStatusException$ = [-3, n0, _IEDSSE,
    { [_aQE]: [`InvalidEventDataStoreStatus`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidEventDataStoreStatusException$, InvalidEventDataStoreStatusException);
var InvalidEventSelectorsException$ = [-3, n0, _IESE,
    { [_aQE]: [`InvalidEventSelectors`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidEventSelectorsException$, InvalidEventSelectorsException);
var InvalidHomeRegionException$ = [-3, n0, _IHRE,
    { [_aQE]: [`InvalidHomeRegion`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidHomeRegionException$, InvalidHomeRegionException);
var InvalidImportSourceException$ = [-3, n0, _IISE,
    { [_aQE]: [`InvalidImportSource`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidImportSourceException$, InvalidImportSourceException);
var InvalidInsightSelectorsException$ = [-3, n0, _IISEn,
    { [_aQE]: [`InvalidInsightSelectors`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidInsightSelectorsException$, InvalidInsightSelectorsException);
var InvalidKmsKeyIdException$ = [-3, n0, _IKKIE,
    { [_aQE]: [`InvalidKmsKeyId`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidKmsKeyIdException$, InvalidKmsKeyIdException);
var InvalidLookupAttributesException$ = [-3, n0, _ILAE,
    { [_aQE]: [`InvalidLookupAttributes`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidLookupAttributesException$, InvalidLookupAttributesException);
var InvalidMaxResultsException$ = [-3, n0, _IMRE,
    { [_aQE]: [`InvalidMaxResults`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterCombinationException$ = [-3, n0, _IPCE,
    { [_aQE]: [`InvalidParameterCombinationError`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_aQE]: [`InvalidParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidQueryStatementException$ = [-3, n0, _IQSE,
    { [_aQE]: [`InvalidQueryStatement`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidQueryStatementException$, InvalidQueryStatementException);
var InvalidQueryStatusException$ = [-3, n0, _IQSEn,
    { [_aQE]: [`InvalidQueryStatus`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidQueryStatusException$, InvalidQueryStatusException);
var InvalidS3BucketNameException$ = [-3, n0, _ISBNE,
    { [_aQE]: [`InvalidS3BucketName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidS3BucketNameException$, InvalidS3BucketNameException);
var InvalidS3PrefixException$ = [-3, n0, _ISPE,
    { [_aQE]: [`InvalidS3Prefix`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidS3PrefixException$, InvalidS3PrefixException);
var InvalidSnsTopicNameException$ = [-3, n0, _ISTNE,
    { [_aQE]: [`InvalidSnsTopicName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidSnsTopicNameException$, InvalidSnsTopicNameException);
var InvalidSourceException$ = [-3, n0, _ISE,
    { [_aQE]: [`InvalidSource`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidSourceException$, InvalidSourceException);
var InvalidTagParameterException$ = [-3, n0, _ITPE,
    { [_aQE]: [`InvalidTagParameter`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
var InvalidTimeRangeException$ = [-3, n0, _ITRE,
    { [_aQE]: [`InvalidTimeRange`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
var InvalidTokenException$ = [-3, n0, _ITE,
    { [_aQE]: [`InvalidToken`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidTokenException$, InvalidTokenException);
var InvalidTrailNameException$ = [-3, n0, _ITNE,
    { [_aQE]: [`InvalidTrailName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidTrailNameException$, InvalidTrailNameException);
var KmsException$ = [-3, n0, _KE,
    { [_aQE]: [`KmsException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(KmsException$, KmsException);
var KmsKeyDisabledException$ = [-3, n0, _KKDE,
    { [_aQE]: [`KmsKeyDisabled`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [-3, n0, _KKNFE,
    { [_aQE]: [`KmsKeyNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var MaxConcurrentQueriesException$ = [-3, n0, _MCQE,
    { [_aQE]: [`MaxConcurrentQueries`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(MaxConcurrentQueriesException$, MaxConcurrentQueriesException);
var MaximumNumberOfTrailsExceededException$ = [-3, n0, _MNOTEE,
    { [_aQE]: [`MaximumNumberOfTrailsExceeded`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(MaximumNumberOfTrailsExceededException$, MaximumNumberOfTrailsExceededException);
var NoManagementAccountSLRExistsException$ = [-3, n0, _NMASLREE,
    { [_aQE]: [`NoManagementAccountSLRExists`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(NoManagementAccountSLRExistsException$, NoManagementAccountSLRExistsException);
var NotOrganizationManagementAccountException$ = [-3, n0, _NOMAE,
    { [_aQE]: [`NotOrganizationManagementAccount`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(NotOrganizationManagementAccountException$, NotOrganizationManagementAccountException);
var NotOrganizationMasterAccountException$ = [-3, n0, _NOMAEo,
    { [_aQE]: [`NotOrganizationMasterAccount`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(NotOrganizationMasterAccountException$, NotOrganizationMasterAccountException);
var OperationNotPermittedException$ = [-3, n0, _ONPE,
    { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var OrganizationNotInAllFeaturesModeException$ = [-3, n0, _ONIAFME,
    { [_aQE]: [`OrganizationNotInAllFeaturesMode`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var OrganizationsNotInUseException$ = [-3, n0, _ONIUE,
    { [_aQE]: [`OrganizationsNotInUse`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationsNotInUseException$, OrganizationsNotInUseException);
var QueryIdNotFoundException$ = [-3, n0, _QINFE,
    { [_aQE]: [`QueryIdNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(QueryIdNotFoundException$, QueryIdNotFoundException);
var ResourceARNNotValidException$ = [-3, n0, _RARNNVE,
    { [_aQE]: [`ResourceARNNotValid`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceARNNotValidException$, ResourceARNNotValidException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_aQE]: [`ResourceNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourcePolicyNotFoundException$ = [-3, n0, _RPNFE,
    { [_aQE]: [`ResourcePolicyNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResourcePolicyNotValidException$ = [-3, n0, _RPNVE,
    { [_aQE]: [`ResourcePolicyNotValid`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourcePolicyNotValidException$, ResourcePolicyNotValidException);
var ResourceTypeNotSupportedException$ = [-3, n0, _RTNSE,
    { [_aQE]: [`ResourceTypeNotSupported`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
var S3BucketDoesNotExistException$ = [-3, n0, _SBDNEE,
    { [_aQE]: [`S3BucketDoesNotExist`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(S3BucketDoesNotExistException$, S3BucketDoesNotExistException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_aQE]: [`ServiceQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var TagsLimitExceededException$ = [-3, n0, _TLEE,
    { [_aQE]: [`TagsLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TagsLimitExceededException$, TagsLimitExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TrailAlreadyExistsException$ = [-3, n0, _TAEE,
    { [_aQE]: [`TrailAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TrailAlreadyExistsException$, TrailAlreadyExistsException);
var TrailNotFoundException$ = [-3, n0, _TNFE,
    { [_aQE]: [`TrailNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TrailNotFoundException$, TrailNotFoundException);
var TrailNotProvidedException$ = [-3, n0, _TNPE,
    { [_aQE]: [`TrailNotProvided`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TrailNotProvidedException$, TrailNotProvidedException);
var UnsupportedOperationException$ = [-3, n0, _UOE,
    { [_aQE]: [`UnsupportedOperation`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AddTagsRequest$ = [3, n0, _ATR,
    0,
    [_RI, _TL],
    [0, () => TagsList], 2
];
var AddTagsResponse$ = [3, n0, _ATRd,
    0,
    [],
    []
];
var AdvancedEventSelector$ = [3, n0, _AES,
    0,
    [_FS, _N],
    [() => AdvancedFieldSelectors, 0], 1
];
var AdvancedFieldSelector$ = [3, n0, _AFS,
    0,
    [_F, _E, _SW, _EW, _NE, _NSW, _NEW],
    [0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0], 1
];
var AggregationConfiguration$ = [3, n0, _AC,
    0,
    [_T, _EC],
    [64 | 0, 0], 2
];
var CancelQueryRequest$ = [3, n0, _CQR,
    0,
    [_QI, _EDS, _EDSOAI],
    [0, 0, 0], 1
];
var CancelQueryResponse$ = [3, n0, _CQRa,
    0,
    [_QI, _QS, _EDSOAI],
    [0, 0, 0], 2
];
var Channel$ = [3, n0, _C,
    0,
    [_CA, _N],
    [0, 0]
];
var ContextKeySelector$ = [3, n0, _CKS,
    0,
    [_Ty, _E],
    [0, 64 | 0], 2
];
var CreateChannelRequest$ = [3, n0, _CCR,
    0,
    [_N, _S, _D, _Ta],
    [0, 0, () => Destinations, () => TagsList], 3
];
var CreateChannelResponse$ = [3, n0, _CCRr,
    0,
    [_CA, _N, _S, _D, _Ta],
    [0, 0, 0, () => Destinations, () => TagsList]
];
var CreateDashboardRequest$ = [3, n0, _CDR,
    0,
    [_N, _RS, _TL, _TPE, _W],
    [0, () => RefreshSchedule$, () => TagsList, 2, () => RequestWidgetList], 1
];
var CreateDashboardResponse$ = [3, n0, _CDRr,
    0,
    [_DA, _N, _Ty, _W, _TL, _RS, _TPE],
    [0, 0, 0, () => WidgetList, () => TagsList, () => RefreshSchedule$, 2]
];
var CreateEventDataStoreRequest$ = [3, n0, _CEDSR,
    0,
    [_N, _AESd, _MRE, _OE, _RP, _TPE, _TL, _KKI, _SI, _BM],
    [0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 0, 2, 0], 1
];
var CreateEventDataStoreResponse$ = [3, n0, _CEDSRr,
    0,
    [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _TL, _CT, _UT, _KKI, _BM],
    [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, () => TagsList, 4, 4, 0, 0]
];
var CreateTrailRequest$ = [3, n0, _CTR,
    0,
    [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _TL, _RL],
    [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, () => TagsList, 2], 2
];
var CreateTrailResponse$ = [3, n0, _CTRr,
    0,
    [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
    [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
];
var DashboardDetail$ = [3, n0, _DD,
    0,
    [_DA, _Ty],
    [0, 0]
];
var DataResource$ = [3, n0, _DR,
    0,
    [_Ty, _V],
    [0, 64 | 0]
];
var DeleteChannelRequest$ = [3, n0, _DCR,
    0,
    [_C],
    [0], 1
];
var DeleteChannelResponse$ = [3, n0, _DCRe,
    0,
    [],
    []
];
var DeleteDashboardRequest$ = [3, n0, _DDR,
    0,
    [_DI],
    [0], 1
];
var DeleteDashboardResponse$ = [3, n0, _DDRe,
    0,
    [],
    []
];
var DeleteEventDataStoreRequest$ = [3, n0, _DEDSR,
    0,
    [_EDS],
    [0], 1
];
var DeleteEventDataStoreResponse$ = [3, n0, _DEDSRe,
    0,
    [],
    []
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_RA],
    [0], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeleteTrailRequest$ = [3, n0, _DTR,
    0,
    [_N],
    [0], 1
];
var DeleteTrailResponse$ = [3, n0, _DTRe,
    0,
    [],
    []
];
var DeregisterOrganizationDelegatedAdminRequest$ = [3, n0, _DODAR,
    0,
    [_DAAI],
    [0], 1
];
var DeregisterOrganizationDelegatedAdminResponse$ = [3, n0, _DODARe,
    0,
    [],
    []
];
var DescribeQueryRequest$ = [3, n0, _DQR,
    0,
    [_EDS, _QI, _QA, _RIe, _EDSOAI],
    [0, 0, 0, 0, 0]
];
var DescribeQueryResponse$ = [3, n0, _DQRe,
    0,
    [_QI, _QSu, _QS, _QSue, _EM, _DSU, _DS, _P, _EDSOAI],
    [0, 0, 0, () => QueryStatisticsForDescribeQuery$, 0, 0, 0, 0, 0]
];
var DescribeTrailsRequest$ = [3, n0, _DTRes,
    0,
    [_tNL, _iST],
    [64 | 0, 2]
];
var DescribeTrailsResponse$ = [3, n0, _DTResc,
    0,
    [_tL],
    [() => TrailList]
];
var Destination$ = [3, n0, _De,
    0,
    [_Ty, _L],
    [0, 0], 2
];
var DisableFederationRequest$ = [3, n0, _DFR,
    0,
    [_EDS],
    [0], 1
];
var DisableFederationResponse$ = [3, n0, _DFRi,
    0,
    [_EDSA, _FSe],
    [0, 0]
];
var EnableFederationRequest$ = [3, n0, _EFR,
    0,
    [_EDS, _FRA],
    [0, 0], 2
];
var EnableFederationResponse$ = [3, n0, _EFRn,
    0,
    [_EDSA, _FSe, _FRA],
    [0, 0, 0]
];
var Event$ = [3, n0, _Ev,
    0,
    [_EI, _EN, _RO, _AKI, _ET, _ES, _U, _R, _CTE],
    [0, 0, 0, 0, 4, 0, 0, () => ResourceList, 0]
];
var EventDataStore$ = [3, n0, _EDS,
    0,
    [_EDSA, _N, _TPE, _St, _AESd, _MRE, _OE, _RP, _CT, _UT],
    [0, 0, 2, 0, () => AdvancedEventSelectors, 2, 2, 1, 4, 4]
];
var EventSelector$ = [3, n0, _ESv,
    0,
    [_RWT, _IME, _DRa, _EMES],
    [0, 2, () => DataResources, 64 | 0]
];
var GenerateQueryRequest$ = [3, n0, _GQR,
    0,
    [_EDSv, _P],
    [64 | 0, 0], 2
];
var GenerateQueryResponse$ = [3, n0, _GQRe,
    0,
    [_QSuer, _QA, _EDSOAI],
    [0, 0, 0]
];
var GetChannelRequest$ = [3, n0, _GCR,
    0,
    [_C],
    [0], 1
];
var GetChannelResponse$ = [3, n0, _GCRe,
    0,
    [_CA, _N, _S, _SC, _D, _IS],
    [0, 0, 0, () => SourceConfig$, () => Destinations, () => IngestionStatus$]
];
var GetDashboardRequest$ = [3, n0, _GDR,
    0,
    [_DI],
    [0], 1
];
var GetDashboardResponse$ = [3, n0, _GDRe,
    0,
    [_DA, _Ty, _St, _W, _RS, _CT, _UT, _LRI, _LRFR, _TPE],
    [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 4, 4, 0, 0, 2]
];
var GetEventConfigurationRequest$ = [3, n0, _GECR,
    0,
    [_TN, _EDS],
    [0, 0]
];
var GetEventConfigurationResponse$ = [3, n0, _GECRe,
    0,
    [_TARN, _EDSA, _MES, _CKSo, _ACg],
    [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var GetEventDataStoreRequest$ = [3, n0, _GEDSR,
    0,
    [_EDS],
    [0], 1
];
var GetEventDataStoreResponse$ = [3, n0, _GEDSRe,
    0,
    [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA, _PK],
    [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0, () => PartitionKeyList]
];
var GetEventSelectorsRequest$ = [3, n0, _GESR,
    0,
    [_TN],
    [0], 1
];
var GetEventSelectorsResponse$ = [3, n0, _GESRe,
    0,
    [_TARN, _ESve, _AESd],
    [0, () => EventSelectors, () => AdvancedEventSelectors]
];
var GetImportRequest$ = [3, n0, _GIR,
    0,
    [_II],
    [0], 1
];
var GetImportResponse$ = [3, n0, _GIRe,
    0,
    [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT, _ISmpo],
    [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4, () => ImportStatistics$]
];
var GetInsightSelectorsRequest$ = [3, n0, _GISR,
    0,
    [_TN, _EDS],
    [0, 0]
];
var GetInsightSelectorsResponse$ = [3, n0, _GISRe,
    0,
    [_TARN, _ISn, _EDSA, _ID],
    [0, () => InsightSelectors, 0, 0]
];
var GetQueryResultsRequest$ = [3, n0, _GQRR,
    0,
    [_QI, _EDS, _NT, _MQR, _EDSOAI],
    [0, 0, 0, 1, 0], 1
];
var GetQueryResultsResponse$ = [3, n0, _GQRRe,
    0,
    [_QS, _QSue, _QRR, _NT, _EM],
    [0, () => QueryStatistics$, [1, n0, _QRR, 0, [1, n0, _QRRu, 0, 128 | 0]], 0, 0]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_RA],
    [0], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_RA, _RPe, _DARP],
    [0, 0, 0]
];
var GetTrailRequest$ = [3, n0, _GTR,
    0,
    [_N],
    [0], 1
];
var GetTrailResponse$ = [3, n0, _GTRe,
    0,
    [_Tr],
    [() => Trail$]
];
var GetTrailStatusRequest$ = [3, n0, _GTSR,
    0,
    [_N],
    [0], 1
];
var GetTrailStatusResponse$ = [3, n0, _GTSRe,
    0,
    [_IL, _LDE, _LNE, _LDT, _LNT, _SLT, _SLTt, _LCWLDE, _LCWLDT, _LDDT, _LDDE, _LDAT, _LNAT, _LNAS, _LDAS, _TLS, _TLSi],
    [2, 0, 0, 4, 4, 4, 4, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0]
];
var ImportFailureListItem$ = [3, n0, _IFLI,
    0,
    [_L, _St, _ETr, _EM, _LUT],
    [0, 0, 0, 0, 4]
];
var ImportsListItem$ = [3, n0, _ILI,
    0,
    [_II, _ISmp, _D, _CT, _UT],
    [0, 0, 64 | 0, 4, 4]
];
var ImportSource$ = [3, n0, _ISm,
    0,
    [_S_],
    [() => S3ImportSource$], 1
];
var ImportStatistics$ = [3, n0, _ISmpo,
    0,
    [_PF, _PC, _FC, _ECv, _FE],
    [1, 1, 1, 1, 1]
];
var IngestionStatus$ = [3, n0, _IS,
    0,
    [_LIST, _LISEID, _LIEC, _LIAT, _LIAEID],
    [4, 0, 0, 4, 0]
];
var InsightSelector$ = [3, n0, _ISns,
    0,
    [_IT, _ECve],
    [0, 64 | 0]
];
var ListChannelsRequest$ = [3, n0, _LCR,
    0,
    [_MR, _NT],
    [1, 0]
];
var ListChannelsResponse$ = [3, n0, _LCRi,
    0,
    [_Ch, _NT],
    [() => Channels, 0]
];
var ListDashboardsRequest$ = [3, n0, _LDR,
    0,
    [_NP, _Ty, _NT, _MR],
    [0, 0, 0, 1]
];
var ListDashboardsResponse$ = [3, n0, _LDRi,
    0,
    [_Da, _NT],
    [() => Dashboards, 0]
];
var ListEventDataStoresRequest$ = [3, n0, _LEDSR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListEventDataStoresResponse$ = [3, n0, _LEDSRi,
    0,
    [_EDSv, _NT],
    [() => EventDataStores, 0]
];
var ListImportFailuresRequest$ = [3, n0, _LIFR,
    0,
    [_II, _MR, _NT],
    [0, 1, 0], 1
];
var ListImportFailuresResponse$ = [3, n0, _LIFRi,
    0,
    [_Fa, _NT],
    [() => ImportFailureList, 0]
];
var ListImportsRequest$ = [3, n0, _LIR,
    0,
    [_MR, _De, _ISmp, _NT],
    [1, 0, 0, 0]
];
var ListImportsResponse$ = [3, n0, _LIRi,
    0,
    [_I, _NT],
    [() => ImportsList, 0]
];
var ListInsightsDataRequest$ = [3, n0, _LIDR,
    0,
    [_ISnsi, _DT, _Di, _ST, _ETn, _MR, _NT],
    [0, 0, 128 | 0, 4, 4, 1, 0], 2
];
var ListInsightsDataResponse$ = [3, n0, _LIDRi,
    0,
    [_Eve, _NT],
    [() => EventsList, 0]
];
var ListInsightsMetricDataRequest$ = [3, n0, _LIMDR,
    0,
    [_ES, _EN, _IT, _TN, _ECr, _ST, _ETn, _Pe, _DT, _MR, _NT],
    [0, 0, 0, 0, 0, 4, 4, 1, 0, 1, 0], 3
];
var ListInsightsMetricDataResponse$ = [3, n0, _LIMDRi,
    0,
    [_TARN, _ES, _EN, _IT, _ECr, _Ti, _V, _NT],
    [0, 0, 0, 0, 0, 64 | 4, 64 | 1, 0]
];
var ListPublicKeysRequest$ = [3, n0, _LPKR,
    0,
    [_ST, _ETn, _NT],
    [4, 4, 0]
];
var ListPublicKeysResponse$ = [3, n0, _LPKRi,
    0,
    [_PKL, _NT],
    [() => PublicKeyList, 0]
];
var ListQueriesRequest$ = [3, n0, _LQR,
    0,
    [_EDS, _NT, _MR, _ST, _ETn, _QS],
    [0, 0, 1, 4, 4, 0], 1
];
var ListQueriesResponse$ = [3, n0, _LQRi,
    0,
    [_Q, _NT],
    [() => Queries, 0]
];
var ListTagsRequest$ = [3, n0, _LTR,
    0,
    [_RIL, _NT],
    [64 | 0, 0], 1
];
var ListTagsResponse$ = [3, n0, _LTRi,
    0,
    [_RTL, _NT],
    [() => ResourceTagList, 0]
];
var ListTrailsRequest$ = [3, n0, _LTRis,
    0,
    [_NT],
    [0]
];
var ListTrailsResponse$ = [3, n0, _LTRist,
    0,
    [_Tra, _NT],
    [() => Trails, 0]
];
var LookupAttribute$ = [3, n0, _LA,
    0,
    [_AK, _AV],
    [0, 0], 2
];
var LookupEventsRequest$ = [3, n0, _LER,
    0,
    [_LAo, _ST, _ETn, _EC, _MR, _NT],
    [() => LookupAttributesList, 4, 4, 0, 1, 0]
];
var LookupEventsResponse$ = [3, n0, _LERo,
    0,
    [_Eve, _NT],
    [() => EventsList, 0]
];
var PartitionKey$ = [3, n0, _PKa,
    0,
    [_N, _Ty],
    [0, 0], 2
];
var PublicKey$ = [3, n0, _PKu,
    0,
    [_Va, _VST, _VET, _Fi],
    [21, 4, 4, 0]
];
var PutEventConfigurationRequest$ = [3, n0, _PECR,
    0,
    [_TN, _EDS, _MES, _CKSo, _ACg],
    [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var PutEventConfigurationResponse$ = [3, n0, _PECRu,
    0,
    [_TARN, _EDSA, _MES, _CKSo, _ACg],
    [0, 0, 0, () => ContextKeySelectors, () => AggregationConfigurations]
];
var PutEventSelectorsRequest$ = [3, n0, _PESR,
    0,
    [_TN, _ESve, _AESd],
    [0, () => EventSelectors, () => AdvancedEventSelectors], 1
];
var PutEventSelectorsResponse$ = [3, n0, _PESRu,
    0,
    [_TARN, _ESve, _AESd],
    [0, () => EventSelectors, () => AdvancedEventSelectors]
];
var PutInsightSelectorsRequest$ = [3, n0, _PISR,
    0,
    [_ISn, _TN, _EDS, _ID],
    [() => InsightSelectors, 0, 0, 0], 1
];
var PutInsightSelectorsResponse$ = [3, n0, _PISRu,
    0,
    [_TARN, _ISn, _EDSA, _ID],
    [0, () => InsightSelectors, 0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_RA, _RPe],
    [0, 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_RA, _RPe, _DARP],
    [0, 0, 0]
];
var Query$ = [3, n0, _Qu,
    0,
    [_QI, _QS, _CTr],
    [0, 0, 4]
];
var QueryStatistics$ = [3, n0, _QSue,
    0,
    [_RC, _TRC, _BS],
    [1, 1, 1]
];
var QueryStatisticsForDescribeQuery$ = [3, n0, _QSFDQ,
    0,
    [_EMv, _ESven, _BS, _ETIM, _CTr],
    [1, 1, 1, 1, 4]
];
var RefreshSchedule$ = [3, n0, _RS,
    0,
    [_Fr, _St, _TOD],
    [() => RefreshScheduleFrequency$, 0, 0]
];
var RefreshScheduleFrequency$ = [3, n0, _RSF,
    0,
    [_Un, _Va],
    [0, 1]
];
var RegisterOrganizationDelegatedAdminRequest$ = [3, n0, _RODAR,
    0,
    [_MAI],
    [0], 1
];
var RegisterOrganizationDelegatedAdminResponse$ = [3, n0, _RODARe,
    0,
    [],
    []
];
var RemoveTagsRequest$ = [3, n0, _RTR,
    0,
    [_RI, _TL],
    [0, () => TagsList], 2
];
var RemoveTagsResponse$ = [3, n0, _RTRe,
    0,
    [],
    []
];
var RequestWidget$ = [3, n0, _RW,
    0,
    [_QSuer, _VP, _QP],
    [0, 128 | 0, 64 | 0], 2
];
var Resource$ = [3, n0, _Re,
    0,
    [_RT, _RN],
    [0, 0]
];
var ResourceTag$ = [3, n0, _RTe,
    0,
    [_RI, _TL],
    [0, () => TagsList]
];
var RestoreEventDataStoreRequest$ = [3, n0, _REDSR,
    0,
    [_EDS],
    [0], 1
];
var RestoreEventDataStoreResponse$ = [3, n0, _REDSRe,
    0,
    [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM],
    [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0]
];
var S3ImportSource$ = [3, n0, _SIS,
    0,
    [_SLU, _SBR, _SBARA],
    [0, 0, 0], 3
];
var SearchSampleQueriesRequest$ = [3, n0, _SSQR,
    0,
    [_SP, _MR, _NT],
    [0, 1, 0], 1
];
var SearchSampleQueriesResponse$ = [3, n0, _SSQRe,
    0,
    [_SR, _NT],
    [() => SearchSampleQueriesSearchResults, 0]
];
var SearchSampleQueriesSearchResult$ = [3, n0, _SSQSR,
    0,
    [_N, _Des, _SQL, _Rel],
    [0, 0, 0, 1]
];
var SourceConfig$ = [3, n0, _SC,
    0,
    [_ATAR, _AESd],
    [2, () => AdvancedEventSelectors]
];
var StartDashboardRefreshRequest$ = [3, n0, _SDRR,
    0,
    [_DI, _QPV],
    [0, 128 | 0], 1
];
var StartDashboardRefreshResponse$ = [3, n0, _SDRRt,
    0,
    [_RIe],
    [0]
];
var StartEventDataStoreIngestionRequest$ = [3, n0, _SEDSIR,
    0,
    [_EDS],
    [0], 1
];
var StartEventDataStoreIngestionResponse$ = [3, n0, _SEDSIRt,
    0,
    [],
    []
];
var StartImportRequest$ = [3, n0, _SIR,
    0,
    [_D, _ISm, _SET, _EET, _II],
    [64 | 0, () => ImportSource$, 4, 4, 0]
];
var StartImportResponse$ = [3, n0, _SIRt,
    0,
    [_II, _D, _ISm, _SET, _EET, _ISmp, _CT, _UT],
    [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4]
];
var StartLoggingRequest$ = [3, n0, _SLR,
    0,
    [_N],
    [0], 1
];
var StartLoggingResponse$ = [3, n0, _SLRt,
    0,
    [],
    []
];
var StartQueryRequest$ = [3, n0, _SQR,
    0,
    [_QSuer, _DSU, _QA, _QP, _EDSOAI],
    [0, 0, 0, 64 | 0, 0]
];
var StartQueryResponse$ = [3, n0, _SQRt,
    0,
    [_QI, _EDSOAI],
    [0, 0]
];
var StopEventDataStoreIngestionRequest$ = [3, n0, _SEDSIRto,
    0,
    [_EDS],
    [0], 1
];
var StopEventDataStoreIngestionResponse$ = [3, n0, _SEDSIRtop,
    0,
    [],
    []
];
var StopImportRequest$ = [3, n0, _SIRto,
    0,
    [_II],
    [0], 1
];
var StopImportResponse$ = [3, n0, _SIRtop,
    0,
    [_II, _ISm, _D, _ISmp, _CT, _UT, _SET, _EET, _ISmpo],
    [0, () => ImportSource$, 64 | 0, 0, 4, 4, 4, 4, () => ImportStatistics$]
];
var StopLoggingRequest$ = [3, n0, _SLRto,
    0,
    [_N],
    [0], 1
];
var StopLoggingResponse$ = [3, n0, _SLRtop,
    0,
    [],
    []
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _Va],
    [0, 0], 1
];
var Trail$ = [3, n0, _Tr,
    0,
    [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _HR, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _HCES, _HIS, _IOT, _RL],
    [0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 2, 2, 2, 2]
];
var TrailInfo$ = [3, n0, _TI,
    0,
    [_TARN, _N, _HR],
    [0, 0, 0]
];
var UpdateChannelRequest$ = [3, n0, _UCR,
    0,
    [_C, _D, _N],
    [0, () => Destinations, 0], 1
];
var UpdateChannelResponse$ = [3, n0, _UCRp,
    0,
    [_CA, _N, _S, _D],
    [0, 0, 0, () => Destinations]
];
var UpdateDashboardRequest$ = [3, n0, _UDR,
    0,
    [_DI, _W, _RS, _TPE],
    [0, () => RequestWidgetList, () => RefreshSchedule$, 2], 1
];
var UpdateDashboardResponse$ = [3, n0, _UDRp,
    0,
    [_DA, _N, _Ty, _W, _RS, _TPE, _CT, _UT],
    [0, 0, 0, () => WidgetList, () => RefreshSchedule$, 2, 4, 4]
];
var UpdateEventDataStoreRequest$ = [3, n0, _UEDSR,
    0,
    [_EDS, _N, _AESd, _MRE, _OE, _RP, _TPE, _KKI, _BM],
    [0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 0, 0], 1
];
var UpdateEventDataStoreResponse$ = [3, n0, _UEDSRp,
    0,
    [_EDSA, _N, _St, _AESd, _MRE, _OE, _RP, _TPE, _CT, _UT, _KKI, _BM, _FSe, _FRA],
    [0, 0, 0, () => AdvancedEventSelectors, 2, 2, 1, 2, 4, 4, 0, 0, 0, 0]
];
var UpdateTrailRequest$ = [3, n0, _UTR,
    0,
    [_N, _SBN, _SKP, _STN, _IGSE, _IMRT, _ELFV, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
    [0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, 2], 1
];
var UpdateTrailResponse$ = [3, n0, _UTRp,
    0,
    [_N, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _IOT, _RL],
    [0, 0, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 2, 2]
];
var Widget$ = [3, n0, _Wi,
    0,
    [_QA, _QSuer, _QP, _VP],
    [0, 0, 64 | 0, 128 | 0]
];
var AdvancedEventSelectors = [1, n0, _AESd,
    0, () => AdvancedEventSelector$
];
var AdvancedFieldSelectors = [1, n0, _AFSd,
    0, () => AdvancedFieldSelector$
];
var AggregationConfigurations = [1, n0, _ACg,
    0, () => AggregationConfiguration$
];
var Channels = [1, n0, _Ch,
    0, () => Channel$
];
var ContextKeySelectors = [1, n0, _CKSo,
    0, () => ContextKeySelector$
];
var Dashboards = [1, n0, _Da,
    0, () => DashboardDetail$
];
var DataResources = [1, n0, _DRa,
    0, () => DataResource$
];
var Destinations = [1, n0, _D,
    0, () => Destination$
];
var EventDataStores = [1, n0, _EDSv,
    0, () => EventDataStore$
];
var EventSelectors = [1, n0, _ESve,
    0, () => EventSelector$
];
var EventsList = [1, n0, _EL,
    0, () => Event$
];
var ImportFailureList = [1, n0, _IFL,
    0, () => ImportFailureListItem$
];
var ImportsList = [1, n0, _ILm,
    0, () => ImportsListItem$
];
var InsightSelectors = [1, n0, _ISn,
    0, () => InsightSelector$
];
var LookupAttributesList = [1, n0, _LAL,
    0, () => LookupAttribute$
];
var PartitionKeyList = [1, n0, _PKLa,
    0, () => PartitionKey$
];
var PublicKeyList = [1, n0, _PKL,
    0, () => PublicKey$
];
var Queries = [1, n0, _Q,
    0, () => Query$
];
var RequestWidgetList = [1, n0, _RWL,
    0, () => RequestWidget$
];
var ResourceList = [1, n0, _RLe,
    0, () => Resource$
];
var ResourceTagList = [1, n0, _RTL,
    0, () => ResourceTag$
];
var SearchSampleQueriesSearchResults = [1, n0, _SSQSRe,
    0, () => SearchSampleQueriesSearchResult$
];
var TagsList = [1, n0, _TL,
    0, () => Tag$
];
var TrailList = [1, n0, _TLr,
    0, () => Trail$
];
var Trails = [1, n0, _Tra,
    0, () => TrailInfo$
];
var WidgetList = [1, n0, _WL,
    0, () => Widget$
];
var AddTags$ = [9, n0, _AT,
    2, () => AddTagsRequest$, () => AddTagsResponse$
];
var CancelQuery$ = [9, n0, _CQ,
    2, () => CancelQueryRequest$, () => CancelQueryResponse$
];
var CreateChannel$ = [9, n0, _CC,
    0, () => CreateChannelRequest$, () => CreateChannelResponse$
];
var CreateDashboard$ = [9, n0, _CD,
    2, () => CreateDashboardRequest$, () => CreateDashboardResponse$
];
var CreateEventDataStore$ = [9, n0, _CEDS,
    0, () => CreateEventDataStoreRequest$, () => CreateEventDataStoreResponse$
];
var CreateTrail$ = [9, n0, _CTre,
    2, () => CreateTrailRequest$, () => CreateTrailResponse$
];
var DeleteChannel$ = [9, n0, _DC,
    0, () => DeleteChannelRequest$, () => DeleteChannelResponse$
];
var DeleteDashboard$ = [9, n0, _DDe,
    2, () => DeleteDashboardRequest$, () => DeleteDashboardResponse$
];
var DeleteEventDataStore$ = [9, n0, _DEDS,
    0, () => DeleteEventDataStoreRequest$, () => DeleteEventDataStoreResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    2, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteTrail$ = [9, n0, _DTe,
    2, () => DeleteTrailRequest$, () => DeleteTrailResponse$
];
var DeregisterOrganizationDelegatedAdmin$ = [9, n0, _DODA,
    2, () => DeregisterOrganizationDelegatedAdminRequest$, () => DeregisterOrganizationDelegatedAdminResponse$
];
var DescribeQuery$ = [9, n0, _DQ,
    2, () => DescribeQueryRequest$, () => DescribeQueryResponse$
];
var DescribeTrails$ = [9, n0, _DTes,
    2, () => DescribeTrailsRequest$, () => DescribeTrailsResponse$
];
var DisableFederation$ = [9, n0, _DF,
    0, () => DisableFederationRequest$, () => DisableFederationResponse$
];
var EnableFederation$ = [9, n0, _EF,
    0, () => EnableFederationRequest$, () => EnableFederationResponse$
];
var GenerateQuery$ = [9, n0, _GQ,
    2, () => GenerateQueryRequest$, () => GenerateQueryResponse$
];
var GetChannel$ = [9, n0, _GC,
    2, () => GetChannelRequest$, () => GetChannelResponse$
];
var GetDashboard$ = [9, n0, _GD,
    2, () => GetDashboardRequest$, () => GetDashboardResponse$
];
var GetEventConfiguration$ = [9, n0, _GEC,
    2, () => GetEventConfigurationRequest$, () => GetEventConfigurationResponse$
];
var GetEventDataStore$ = [9, n0, _GEDS,
    2, () => GetEventDataStoreRequest$, () => GetEventDataStoreResponse$
];
var GetEventSelectors$ = [9, n0, _GES,
    2, () => GetEventSelectorsRequest$, () => GetEventSelectorsResponse$
];
var GetImport$ = [9, n0, _GI,
    0, () => GetImportRequest$, () => GetImportResponse$
];
var GetInsightSelectors$ = [9, n0, _GIS,
    2, () => GetInsightSelectorsRequest$, () => GetInsightSelectorsResponse$
];
var GetQueryResults$ = [9, n0, _GQRet,
    0, () => GetQueryResultsRequest$, () => GetQueryResultsResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    2, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetTrail$ = [9, n0, _GT,
    2, () => GetTrailRequest$, () => GetTrailResponse$
];
var GetTrailStatus$ = [9, n0, _GTS,
    2, () => GetTrailStatusRequest$, () => GetTrailStatusResponse$
];
var ListChannels$ = [9, n0, _LC,
    2, () => ListChannelsRequest$, () => ListChannelsResponse$
];
var ListDashboards$ = [9, n0, _LD,
    2, () => ListDashboardsRequest$, () => ListDashboardsResponse$
];
var ListEventDataStores$ = [9, n0, _LEDS,
    2, () => ListEventDataStoresRequest$, () => ListEventDataStoresResponse$
];
var ListImportFailures$ = [9, n0, _LIF,
    2, () => ListImportFailuresRequest$, () => ListImportFailuresResponse$
];
var ListImports$ = [9, n0, _LI,
    2, () => ListImportsRequest$, () => ListImportsResponse$
];
var ListInsightsData$ = [9, n0, _LID,
    2, () => ListInsightsDataRequest$, () => ListInsightsDataResponse$
];
var ListInsightsMetricData$ = [9, n0, _LIMD,
    2, () => ListInsightsMetricDataRequest$, () => ListInsightsMetricDataResponse$
];
var ListPublicKeys$ = [9, n0, _LPK,
    2, () => ListPublicKeysRequest$, () => ListPublicKeysResponse$
];
var ListQueries$ = [9, n0, _LQ,
    2, () => ListQueriesRequest$, () => ListQueriesResponse$
];
var ListTags$ = [9, n0, _LT,
    2, () => ListTagsRequest$, () => ListTagsResponse$
];
var ListTrails$ = [9, n0, _LTi,
    2, () => ListTrailsRequest$, () => ListTrailsResponse$
];
var LookupEvents$ = [9, n0, _LE,
    2, () => LookupEventsRequest$, () => LookupEventsResponse$
];
var PutEventConfiguration$ = [9, n0, _PEC,
    2, () => PutEventConfigurationRequest$, () => PutEventConfigurationResponse$
];
var PutEventSelectors$ = [9, n0, _PES,
    2, () => PutEventSelectorsRequest$, () => PutEventSelectorsResponse$
];
var PutInsightSelectors$ = [9, n0, _PIS,
    2, () => PutInsightSelectorsRequest$, () => PutInsightSelectorsResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    2, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var RegisterOrganizationDelegatedAdmin$ = [9, n0, _RODA,
    2, () => RegisterOrganizationDelegatedAdminRequest$, () => RegisterOrganizationDelegatedAdminResponse$
];
var RemoveTags$ = [9, n0, _RTem,
    2, () => RemoveTagsRequest$, () => RemoveTagsResponse$
];
var RestoreEventDataStore$ = [9, n0, _REDS,
    0, () => RestoreEventDataStoreRequest$, () => RestoreEventDataStoreResponse$
];
var SearchSampleQueries$ = [9, n0, _SSQ,
    2, () => SearchSampleQueriesRequest$, () => SearchSampleQueriesResponse$
];
var StartDashboardRefresh$ = [9, n0, _SDR,
    2, () => StartDashboardRefreshRequest$, () => StartDashboardRefreshResponse$
];
var StartEventDataStoreIngestion$ = [9, n0, _SEDSI,
    0, () => StartEventDataStoreIngestionRequest$, () => StartEventDataStoreIngestionResponse$
];
var StartImport$ = [9, n0, _SIt,
    0, () => StartImportRequest$, () => StartImportResponse$
];
var StartLogging$ = [9, n0, _SL,
    2, () => StartLoggingRequest$, () => StartLoggingResponse$
];
var StartQuery$ = [9, n0, _SQ,
    2, () => StartQueryRequest$, () => StartQueryResponse$
];
var StopEventDataStoreIngestion$ = [9, n0, _SEDSIt,
    0, () => StopEventDataStoreIngestionRequest$, () => StopEventDataStoreIngestionResponse$
];
var StopImport$ = [9, n0, _SIto,
    0, () => StopImportRequest$, () => StopImportResponse$
];
var StopLogging$ = [9, n0, _SLt,
    2, () => StopLoggingRequest$, () => StopLoggingResponse$
];
var UpdateChannel$ = [9, n0, _UC,
    2, () => UpdateChannelRequest$, () => UpdateChannelResponse$
];
var UpdateDashboard$ = [9, n0, _UD,
    2, () => UpdateDashboardRequest$, () => UpdateDashboardResponse$
];
var UpdateEventDataStore$ = [9, n0, _UEDS,
    2, () => UpdateEventDataStoreRequest$, () => UpdateEventDataStoreResponse$
];
var UpdateTrail$ = [9, n0, _UTp,
    2, () => UpdateTrailRequest$, () => UpdateTrailResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2013-11-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudTrailHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.cloudtrail",
            errorTypeRegistries,
            xmlNamespace: "http://cloudtrail.amazonaws.com/doc/2013-11-01/",
            version: "2013-11-01",
            serviceTarget: "CloudTrail_20131101",
        },
        serviceId: config?.serviceId ?? "CloudTrail",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CloudTrailClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultCloudTrailHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "CloudTrail_20131101", "CloudTrailClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddTagsCommand extends command(_ep0, _mw0, "AddTags", AddTags$) {
}

class CancelQueryCommand extends command(_ep0, _mw0, "CancelQuery", CancelQuery$) {
}

class CreateChannelCommand extends command(_ep0, _mw0, "CreateChannel", CreateChannel$) {
}

class CreateDashboardCommand extends command(_ep0, _mw0, "CreateDashboard", CreateDashboard$) {
}

class CreateEventDataStoreCommand extends command(_ep0, _mw0, "CreateEventDataStore", CreateEventDataStore$) {
}

class CreateTrailCommand extends command(_ep0, _mw0, "CreateTrail", CreateTrail$) {
}

class DeleteChannelCommand extends command(_ep0, _mw0, "DeleteChannel", DeleteChannel$) {
}

class DeleteDashboardCommand extends command(_ep0, _mw0, "DeleteDashboard", DeleteDashboard$) {
}

class DeleteEventDataStoreCommand extends command(_ep0, _mw0, "DeleteEventDataStore", DeleteEventDataStore$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteTrailCommand extends command(_ep0, _mw0, "DeleteTrail", DeleteTrail$) {
}

class DeregisterOrganizationDelegatedAdminCommand extends command(_ep0, _mw0, "DeregisterOrganizationDelegatedAdmin", DeregisterOrganizationDelegatedAdmin$) {
}

class DescribeQueryCommand extends command(_ep0, _mw0, "DescribeQuery", DescribeQuery$) {
}

class DescribeTrailsCommand extends command(_ep0, _mw0, "DescribeTrails", DescribeTrails$) {
}

class DisableFederationCommand extends command(_ep0, _mw0, "DisableFederation", DisableFederation$) {
}

class EnableFederationCommand extends command(_ep0, _mw0, "EnableFederation", EnableFederation$) {
}

class GenerateQueryCommand extends command(_ep0, _mw0, "GenerateQuery", GenerateQuery$) {
}

class GetChannelCommand extends command(_ep0, _mw0, "GetChannel", GetChannel$) {
}

class GetDashboardCommand extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
}

class GetEventConfigurationCommand extends command(_ep0, _mw0, "GetEventConfiguration", GetEventConfiguration$) {
}

class GetEventDataStoreCommand extends command(_ep0, _mw0, "GetEventDataStore", GetEventDataStore$) {
}

class GetEventSelectorsCommand extends command(_ep0, _mw0, "GetEventSelectors", GetEventSelectors$) {
}

class GetImportCommand extends command(_ep0, _mw0, "GetImport", GetImport$) {
}

class GetInsightSelectorsCommand extends command(_ep0, _mw0, "GetInsightSelectors", GetInsightSelectors$) {
}

class GetQueryResultsCommand extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetTrailCommand extends command(_ep0, _mw0, "GetTrail", GetTrail$) {
}

class GetTrailStatusCommand extends command(_ep0, _mw0, "GetTrailStatus", GetTrailStatus$) {
}

class ListChannelsCommand extends command(_ep0, _mw0, "ListChannels", ListChannels$) {
}

class ListDashboardsCommand extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
}

class ListEventDataStoresCommand extends command(_ep0, _mw0, "ListEventDataStores", ListEventDataStores$) {
}

class ListImportFailuresCommand extends command(_ep0, _mw0, "ListImportFailures", ListImportFailures$) {
}

class ListImportsCommand extends command(_ep0, _mw0, "ListImports", ListImports$) {
}

class ListInsightsDataCommand extends command(_ep0, _mw0, "ListInsightsData", ListInsightsData$) {
}

class ListInsightsMetricDataCommand extends command(_ep0, _mw0, "ListInsightsMetricData", ListInsightsMetricData$) {
}

class ListPublicKeysCommand extends command(_ep0, _mw0, "ListPublicKeys", ListPublicKeys$) {
}

class ListQueriesCommand extends command(_ep0, _mw0, "ListQueries", ListQueries$) {
}

class ListTagsCommand extends command(_ep0, _mw0, "ListTags", ListTags$) {
}

class ListTrailsCommand extends command(_ep0, _mw0, "ListTrails", ListTrails$) {
}

class LookupEventsCommand extends command(_ep0, _mw0, "LookupEvents", LookupEvents$) {
}

class PutEventConfigurationCommand extends command(_ep0, _mw0, "PutEventConfiguration", PutEventConfiguration$) {
}

class PutEventSelectorsCommand extends command(_ep0, _mw0, "PutEventSelectors", PutEventSelectors$) {
}

class PutInsightSelectorsCommand extends command(_ep0, _mw0, "PutInsightSelectors", PutInsightSelectors$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RegisterOrganizationDelegatedAdminCommand extends command(_ep0, _mw0, "RegisterOrganizationDelegatedAdmin", RegisterOrganizationDelegatedAdmin$) {
}

class RemoveTagsCommand extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {
}

class RestoreEventDataStoreCommand extends command(_ep0, _mw0, "RestoreEventDataStore", RestoreEventDataStore$) {
}

class SearchSampleQueriesCommand extends command(_ep0, _mw0, "SearchSampleQueries", SearchSampleQueries$) {
}

class StartDashboardRefreshCommand extends command(_ep0, _mw0, "StartDashboardRefresh", StartDashboardRefresh$) {
}

class StartEventDataStoreIngestionCommand extends command(_ep0, _mw0, "StartEventDataStoreIngestion", StartEventDataStoreIngestion$) {
}

class StartImportCommand extends command(_ep0, _mw0, "StartImport", StartImport$) {
}

class StartLoggingCommand extends command(_ep0, _mw0, "StartLogging", StartLogging$) {
}

class StartQueryCommand extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
}

class StopEventDataStoreIngestionCommand extends command(_ep0, _mw0, "StopEventDataStoreIngestion", StopEventDataStoreIngestion$) {
}

class StopImportCommand extends command(_ep0, _mw0, "StopImport", StopImport$) {
}

class StopLoggingCommand extends command(_ep0, _mw0, "StopLogging", StopLogging$) {
}

class UpdateChannelCommand extends command(_ep0, _mw0, "UpdateChannel", UpdateChannel$) {
}

class UpdateDashboardCommand extends command(_ep0, _mw0, "UpdateDashboard", UpdateDashboard$) {
}

class UpdateEventDataStoreCommand extends command(_ep0, _mw0, "UpdateEventDataStore", UpdateEventDataStore$) {
}

class UpdateTrailCommand extends command(_ep0, _mw0, "UpdateTrail", UpdateTrail$) {
}

const paginateGetQueryResults = createPaginator(CloudTrailClient, GetQueryResultsCommand, "NextToken", "NextToken", "");

const paginateListChannels = createPaginator(CloudTrailClient, ListChannelsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEventDataStores = createPaginator(CloudTrailClient, ListEventDataStoresCommand, "NextToken", "NextToken", "MaxResults");

const paginateListImportFailures = createPaginator(CloudTrailClient, ListImportFailuresCommand, "NextToken", "NextToken", "MaxResults");

const paginateListImports = createPaginator(CloudTrailClient, ListImportsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInsightsData = createPaginator(CloudTrailClient, ListInsightsDataCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInsightsMetricData = createPaginator(CloudTrailClient, ListInsightsMetricDataCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPublicKeys = createPaginator(CloudTrailClient, ListPublicKeysCommand, "NextToken", "NextToken", "");

const paginateListQueries = createPaginator(CloudTrailClient, ListQueriesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTags = createPaginator(CloudTrailClient, ListTagsCommand, "NextToken", "NextToken", "");

const paginateListTrails = createPaginator(CloudTrailClient, ListTrailsCommand, "NextToken", "NextToken", "");

const paginateLookupEvents = createPaginator(CloudTrailClient, LookupEventsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AddTagsCommand,
    CancelQueryCommand,
    CreateChannelCommand,
    CreateDashboardCommand,
    CreateEventDataStoreCommand,
    CreateTrailCommand,
    DeleteChannelCommand,
    DeleteDashboardCommand,
    DeleteEventDataStoreCommand,
    DeleteResourcePolicyCommand,
    DeleteTrailCommand,
    DeregisterOrganizationDelegatedAdminCommand,
    DescribeQueryCommand,
    DescribeTrailsCommand,
    DisableFederationCommand,
    EnableFederationCommand,
    GenerateQueryCommand,
    GetChannelCommand,
    GetDashboardCommand,
    GetEventConfigurationCommand,
    GetEventDataStoreCommand,
    GetEventSelectorsCommand,
    GetImportCommand,
    GetInsightSelectorsCommand,
    GetQueryResultsCommand,
    GetResourcePolicyCommand,
    GetTrailCommand,
    GetTrailStatusCommand,
    ListChannelsCommand,
    ListDashboardsCommand,
    ListEventDataStoresCommand,
    ListImportFailuresCommand,
    ListImportsCommand,
    ListInsightsDataCommand,
    ListInsightsMetricDataCommand,
    ListPublicKeysCommand,
    ListQueriesCommand,
    ListTagsCommand,
    ListTrailsCommand,
    LookupEventsCommand,
    PutEventConfigurationCommand,
    PutEventSelectorsCommand,
    PutInsightSelectorsCommand,
    PutResourcePolicyCommand,
    RegisterOrganizationDelegatedAdminCommand,
    RemoveTagsCommand,
    RestoreEventDataStoreCommand,
    SearchSampleQueriesCommand,
    StartDashboardRefreshCommand,
    StartEventDataStoreIngestionCommand,
    StartImportCommand,
    StartLoggingCommand,
    StartQueryCommand,
    StopEventDataStoreIngestionCommand,
    StopImportCommand,
    StopLoggingCommand,
    UpdateChannelCommand,
    UpdateDashboardCommand,
    UpdateEventDataStoreCommand,
    UpdateTrailCommand,
};
const paginators = {
    paginateGetQueryResults,
    paginateListChannels,
    paginateListEventDataStores,
    paginateListImportFailures,
    paginateListImports,
    paginateListInsightsData,
    paginateListInsightsMetricData,
    paginateListPublicKeys,
    paginateListQueries,
    paginateListTags,
    paginateListTrails,
    paginateLookupEvents,
};
class CloudTrail extends CloudTrailClient {
}
createAggregatedClient(commands, CloudTrail, { paginators });

const EventCategoryAggregation = {
    Data: "Data",
};
const Template = {
    API_ACTIVITY: "API_ACTIVITY",
    RESOURCE_ACCESS: "RESOURCE_ACCESS",
    USER_ACTIONS: "USER_ACTIONS",
};
const BillingMode = {
    EXTENDABLE_RETENTION_PRICING: "EXTENDABLE_RETENTION_PRICING",
    FIXED_RETENTION_PRICING: "FIXED_RETENTION_PRICING",
};
const QueryStatus = {
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    FINISHED: "FINISHED",
    QUEUED: "QUEUED",
    RUNNING: "RUNNING",
    TIMED_OUT: "TIMED_OUT",
};
const DestinationType = {
    AWS_SERVICE: "AWS_SERVICE",
    EVENT_DATA_STORE: "EVENT_DATA_STORE",
};
const RefreshScheduleFrequencyUnit = {
    DAYS: "DAYS",
    HOURS: "HOURS",
};
const RefreshScheduleStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const DashboardType = {
    CUSTOM: "CUSTOM",
    MANAGED: "MANAGED",
};
const EventDataStoreStatus = {
    CREATED: "CREATED",
    ENABLED: "ENABLED",
    PENDING_DELETION: "PENDING_DELETION",
    STARTING_INGESTION: "STARTING_INGESTION",
    STOPPED_INGESTION: "STOPPED_INGESTION",
    STOPPING_INGESTION: "STOPPING_INGESTION",
};
const DeliveryStatus = {
    ACCESS_DENIED: "ACCESS_DENIED",
    ACCESS_DENIED_SIGNING_FILE: "ACCESS_DENIED_SIGNING_FILE",
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    FAILED_SIGNING_FILE: "FAILED_SIGNING_FILE",
    PENDING: "PENDING",
    RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
    SUCCESS: "SUCCESS",
    UNKNOWN: "UNKNOWN",
};
const FederationStatus = {
    DISABLED: "DISABLED",
    DISABLING: "DISABLING",
    ENABLED: "ENABLED",
    ENABLING: "ENABLING",
};
const DashboardStatus = {
    CREATED: "CREATED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATED: "UPDATED",
    UPDATING: "UPDATING",
};
const Type = {
    RequestContext: "RequestContext",
    TagContext: "TagContext",
};
const MaxEventSize = {
    Large: "Large",
    Standard: "Standard",
};
const ReadWriteType = {
    All: "All",
    ReadOnly: "ReadOnly",
    WriteOnly: "WriteOnly",
};
const ImportStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    INITIALIZING: "INITIALIZING",
    IN_PROGRESS: "IN_PROGRESS",
    STOPPED: "STOPPED",
};
const SourceEventCategory = {
    Data: "Data",
    Management: "Management",
};
const InsightType = {
    ApiCallRateInsight: "ApiCallRateInsight",
    ApiErrorRateInsight: "ApiErrorRateInsight",
};
const ImportFailureStatus = {
    FAILED: "FAILED",
    RETRY: "RETRY",
    SUCCEEDED: "SUCCEEDED",
};
const ListInsightsDataType = {
    INSIGHTS_EVENTS: "InsightsEvents",
};
const ListInsightsDataDimensionKey = {
    EVENT_ID: "EventId",
    EVENT_NAME: "EventName",
    EVENT_SOURCE: "EventSource",
};
const InsightsMetricDataType = {
    FILL_WITH_ZEROS: "FillWithZeros",
    NON_ZERO_DATA: "NonZeroData",
};
const EventCategory = {
    Insight: "insight",
};
const LookupAttributeKey = {
    ACCESS_KEY_ID: "AccessKeyId",
    EVENT_ID: "EventId",
    EVENT_NAME: "EventName",
    EVENT_SOURCE: "EventSource",
    READ_ONLY: "ReadOnly",
    RESOURCE_NAME: "ResourceName",
    RESOURCE_TYPE: "ResourceType",
    USERNAME: "Username",
};

__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccountHasOngoingImportException;
__webpack_unused_export__ = AccountHasOngoingImportException$;
__webpack_unused_export__ = AccountNotFoundException;
__webpack_unused_export__ = AccountNotFoundException$;
__webpack_unused_export__ = AccountNotRegisteredException;
__webpack_unused_export__ = AccountNotRegisteredException$;
__webpack_unused_export__ = AccountRegisteredException;
__webpack_unused_export__ = AccountRegisteredException$;
__webpack_unused_export__ = AddTags$;
exports.yjM = AddTagsCommand;
__webpack_unused_export__ = AddTagsRequest$;
__webpack_unused_export__ = AddTagsResponse$;
__webpack_unused_export__ = AdvancedEventSelector$;
__webpack_unused_export__ = AdvancedFieldSelector$;
__webpack_unused_export__ = AggregationConfiguration$;
__webpack_unused_export__ = BillingMode;
__webpack_unused_export__ = CancelQuery$;
__webpack_unused_export__ = CancelQueryCommand;
__webpack_unused_export__ = CancelQueryRequest$;
__webpack_unused_export__ = CancelQueryResponse$;
__webpack_unused_export__ = CannotDelegateManagementAccountException;
__webpack_unused_export__ = CannotDelegateManagementAccountException$;
__webpack_unused_export__ = Channel$;
__webpack_unused_export__ = ChannelARNInvalidException;
__webpack_unused_export__ = ChannelARNInvalidException$;
__webpack_unused_export__ = ChannelAlreadyExistsException;
__webpack_unused_export__ = ChannelAlreadyExistsException$;
__webpack_unused_export__ = ChannelExistsForEDSException;
__webpack_unused_export__ = ChannelExistsForEDSException$;
__webpack_unused_export__ = ChannelMaxLimitExceededException;
__webpack_unused_export__ = ChannelMaxLimitExceededException$;
__webpack_unused_export__ = ChannelNotFoundException;
__webpack_unused_export__ = ChannelNotFoundException$;
__webpack_unused_export__ = CloudTrail;
__webpack_unused_export__ = CloudTrailARNInvalidException;
__webpack_unused_export__ = CloudTrailARNInvalidException$;
__webpack_unused_export__ = CloudTrailAccessNotEnabledException;
__webpack_unused_export__ = CloudTrailAccessNotEnabledException$;
exports.Vsm = CloudTrailClient;
__webpack_unused_export__ = CloudTrailInvalidClientTokenIdException;
__webpack_unused_export__ = CloudTrailInvalidClientTokenIdException$;
__webpack_unused_export__ = CloudTrailServiceException;
__webpack_unused_export__ = CloudTrailServiceException$;
__webpack_unused_export__ = CloudWatchLogsDeliveryUnavailableException;
__webpack_unused_export__ = CloudWatchLogsDeliveryUnavailableException$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ContextKeySelector$;
__webpack_unused_export__ = CreateChannel$;
__webpack_unused_export__ = CreateChannelCommand;
__webpack_unused_export__ = CreateChannelRequest$;
__webpack_unused_export__ = CreateChannelResponse$;
__webpack_unused_export__ = CreateDashboard$;
__webpack_unused_export__ = CreateDashboardCommand;
__webpack_unused_export__ = CreateDashboardRequest$;
__webpack_unused_export__ = CreateDashboardResponse$;
__webpack_unused_export__ = CreateEventDataStore$;
__webpack_unused_export__ = CreateEventDataStoreCommand;
__webpack_unused_export__ = CreateEventDataStoreRequest$;
__webpack_unused_export__ = CreateEventDataStoreResponse$;
__webpack_unused_export__ = CreateTrail$;
exports.yib = CreateTrailCommand;
__webpack_unused_export__ = CreateTrailRequest$;
__webpack_unused_export__ = CreateTrailResponse$;
__webpack_unused_export__ = DashboardDetail$;
__webpack_unused_export__ = DashboardStatus;
__webpack_unused_export__ = DashboardType;
__webpack_unused_export__ = DataResource$;
__webpack_unused_export__ = DelegatedAdminAccountLimitExceededException;
__webpack_unused_export__ = DelegatedAdminAccountLimitExceededException$;
__webpack_unused_export__ = DeleteChannel$;
__webpack_unused_export__ = DeleteChannelCommand;
__webpack_unused_export__ = DeleteChannelRequest$;
__webpack_unused_export__ = DeleteChannelResponse$;
__webpack_unused_export__ = DeleteDashboard$;
__webpack_unused_export__ = DeleteDashboardCommand;
__webpack_unused_export__ = DeleteDashboardRequest$;
__webpack_unused_export__ = DeleteDashboardResponse$;
__webpack_unused_export__ = DeleteEventDataStore$;
__webpack_unused_export__ = DeleteEventDataStoreCommand;
__webpack_unused_export__ = DeleteEventDataStoreRequest$;
__webpack_unused_export__ = DeleteEventDataStoreResponse$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DeleteTrail$;
__webpack_unused_export__ = DeleteTrailCommand;
__webpack_unused_export__ = DeleteTrailRequest$;
__webpack_unused_export__ = DeleteTrailResponse$;
__webpack_unused_export__ = DeliveryStatus;
__webpack_unused_export__ = DeregisterOrganizationDelegatedAdmin$;
__webpack_unused_export__ = DeregisterOrganizationDelegatedAdminCommand;
__webpack_unused_export__ = DeregisterOrganizationDelegatedAdminRequest$;
__webpack_unused_export__ = DeregisterOrganizationDelegatedAdminResponse$;
__webpack_unused_export__ = DescribeQuery$;
__webpack_unused_export__ = DescribeQueryCommand;
__webpack_unused_export__ = DescribeQueryRequest$;
__webpack_unused_export__ = DescribeQueryResponse$;
__webpack_unused_export__ = DescribeTrails$;
exports.oSd = DescribeTrailsCommand;
__webpack_unused_export__ = DescribeTrailsRequest$;
__webpack_unused_export__ = DescribeTrailsResponse$;
__webpack_unused_export__ = Destination$;
__webpack_unused_export__ = DestinationType;
__webpack_unused_export__ = DisableFederation$;
__webpack_unused_export__ = DisableFederationCommand;
__webpack_unused_export__ = DisableFederationRequest$;
__webpack_unused_export__ = DisableFederationResponse$;
__webpack_unused_export__ = EnableFederation$;
__webpack_unused_export__ = EnableFederationCommand;
__webpack_unused_export__ = EnableFederationRequest$;
__webpack_unused_export__ = EnableFederationResponse$;
__webpack_unused_export__ = Event$;
__webpack_unused_export__ = EventCategory;
__webpack_unused_export__ = EventCategoryAggregation;
__webpack_unused_export__ = EventDataStore$;
__webpack_unused_export__ = EventDataStoreARNInvalidException;
__webpack_unused_export__ = EventDataStoreARNInvalidException$;
__webpack_unused_export__ = EventDataStoreAlreadyExistsException;
__webpack_unused_export__ = EventDataStoreAlreadyExistsException$;
__webpack_unused_export__ = EventDataStoreFederationEnabledException;
__webpack_unused_export__ = EventDataStoreFederationEnabledException$;
__webpack_unused_export__ = EventDataStoreHasOngoingImportException;
__webpack_unused_export__ = EventDataStoreHasOngoingImportException$;
__webpack_unused_export__ = EventDataStoreMaxLimitExceededException;
__webpack_unused_export__ = EventDataStoreMaxLimitExceededException$;
__webpack_unused_export__ = EventDataStoreNotFoundException;
__webpack_unused_export__ = EventDataStoreNotFoundException$;
__webpack_unused_export__ = EventDataStoreStatus;
__webpack_unused_export__ = EventDataStoreTerminationProtectedException;
__webpack_unused_export__ = EventDataStoreTerminationProtectedException$;
__webpack_unused_export__ = EventSelector$;
__webpack_unused_export__ = FederationStatus;
__webpack_unused_export__ = GenerateQuery$;
__webpack_unused_export__ = GenerateQueryCommand;
__webpack_unused_export__ = GenerateQueryRequest$;
__webpack_unused_export__ = GenerateQueryResponse$;
__webpack_unused_export__ = GenerateResponseException;
__webpack_unused_export__ = GenerateResponseException$;
__webpack_unused_export__ = GetChannel$;
__webpack_unused_export__ = GetChannelCommand;
__webpack_unused_export__ = GetChannelRequest$;
__webpack_unused_export__ = GetChannelResponse$;
__webpack_unused_export__ = GetDashboard$;
__webpack_unused_export__ = GetDashboardCommand;
__webpack_unused_export__ = GetDashboardRequest$;
__webpack_unused_export__ = GetDashboardResponse$;
__webpack_unused_export__ = GetEventConfiguration$;
__webpack_unused_export__ = GetEventConfigurationCommand;
__webpack_unused_export__ = GetEventConfigurationRequest$;
__webpack_unused_export__ = GetEventConfigurationResponse$;
__webpack_unused_export__ = GetEventDataStore$;
__webpack_unused_export__ = GetEventDataStoreCommand;
__webpack_unused_export__ = GetEventDataStoreRequest$;
__webpack_unused_export__ = GetEventDataStoreResponse$;
__webpack_unused_export__ = GetEventSelectors$;
exports.ave = GetEventSelectorsCommand;
__webpack_unused_export__ = GetEventSelectorsRequest$;
__webpack_unused_export__ = GetEventSelectorsResponse$;
__webpack_unused_export__ = GetImport$;
__webpack_unused_export__ = GetImportCommand;
__webpack_unused_export__ = GetImportRequest$;
__webpack_unused_export__ = GetImportResponse$;
__webpack_unused_export__ = GetInsightSelectors$;
exports.Qsx = GetInsightSelectorsCommand;
__webpack_unused_export__ = GetInsightSelectorsRequest$;
__webpack_unused_export__ = GetInsightSelectorsResponse$;
__webpack_unused_export__ = GetQueryResults$;
__webpack_unused_export__ = GetQueryResultsCommand;
__webpack_unused_export__ = GetQueryResultsRequest$;
__webpack_unused_export__ = GetQueryResultsResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetTrail$;
exports.mp6 = GetTrailCommand;
__webpack_unused_export__ = GetTrailRequest$;
__webpack_unused_export__ = GetTrailResponse$;
__webpack_unused_export__ = GetTrailStatus$;
exports.aMm = GetTrailStatusCommand;
__webpack_unused_export__ = GetTrailStatusRequest$;
__webpack_unused_export__ = GetTrailStatusResponse$;
__webpack_unused_export__ = ImportFailureListItem$;
__webpack_unused_export__ = ImportFailureStatus;
__webpack_unused_export__ = ImportNotFoundException;
__webpack_unused_export__ = ImportNotFoundException$;
__webpack_unused_export__ = ImportSource$;
__webpack_unused_export__ = ImportStatistics$;
__webpack_unused_export__ = ImportStatus;
__webpack_unused_export__ = ImportsListItem$;
__webpack_unused_export__ = InactiveEventDataStoreException;
__webpack_unused_export__ = InactiveEventDataStoreException$;
__webpack_unused_export__ = InactiveQueryException;
__webpack_unused_export__ = InactiveQueryException$;
__webpack_unused_export__ = IngestionStatus$;
__webpack_unused_export__ = InsightNotEnabledException;
__webpack_unused_export__ = InsightNotEnabledException$;
__webpack_unused_export__ = InsightSelector$;
__webpack_unused_export__ = InsightType;
__webpack_unused_export__ = InsightsMetricDataType;
__webpack_unused_export__ = InsufficientDependencyServiceAccessPermissionException;
__webpack_unused_export__ = InsufficientDependencyServiceAccessPermissionException$;
__webpack_unused_export__ = InsufficientEncryptionPolicyException;
__webpack_unused_export__ = InsufficientEncryptionPolicyException$;
__webpack_unused_export__ = InsufficientIAMAccessPermissionException;
__webpack_unused_export__ = InsufficientIAMAccessPermissionException$;
__webpack_unused_export__ = InsufficientS3BucketPolicyException;
__webpack_unused_export__ = InsufficientS3BucketPolicyException$;
__webpack_unused_export__ = InsufficientSnsTopicPolicyException;
__webpack_unused_export__ = InsufficientSnsTopicPolicyException$;
__webpack_unused_export__ = InvalidCloudWatchLogsLogGroupArnException;
__webpack_unused_export__ = InvalidCloudWatchLogsLogGroupArnException$;
__webpack_unused_export__ = InvalidCloudWatchLogsRoleArnException;
__webpack_unused_export__ = InvalidCloudWatchLogsRoleArnException$;
__webpack_unused_export__ = InvalidDateRangeException;
__webpack_unused_export__ = InvalidDateRangeException$;
__webpack_unused_export__ = InvalidEventCategoryException;
__webpack_unused_export__ = InvalidEventCategoryException$;
__webpack_unused_export__ = InvalidEventDataStoreCategoryException;
__webpack_unused_export__ = InvalidEventDataStoreCategoryException$;
__webpack_unused_export__ = InvalidEventDataStoreStatusException;
__webpack_unused_export__ = InvalidEventDataStoreStatusException$;
__webpack_unused_export__ = InvalidEventSelectorsException;
__webpack_unused_export__ = InvalidEventSelectorsException$;
__webpack_unused_export__ = InvalidHomeRegionException;
__webpack_unused_export__ = InvalidHomeRegionException$;
__webpack_unused_export__ = InvalidImportSourceException;
__webpack_unused_export__ = InvalidImportSourceException$;
__webpack_unused_export__ = InvalidInsightSelectorsException;
__webpack_unused_export__ = InvalidInsightSelectorsException$;
__webpack_unused_export__ = InvalidKmsKeyIdException;
__webpack_unused_export__ = InvalidKmsKeyIdException$;
__webpack_unused_export__ = InvalidLookupAttributesException;
__webpack_unused_export__ = InvalidLookupAttributesException$;
__webpack_unused_export__ = InvalidMaxResultsException;
__webpack_unused_export__ = InvalidMaxResultsException$;
__webpack_unused_export__ = InvalidNextTokenException;
__webpack_unused_export__ = InvalidNextTokenException$;
__webpack_unused_export__ = InvalidParameterCombinationException;
__webpack_unused_export__ = InvalidParameterCombinationException$;
__webpack_unused_export__ = InvalidParameterException;
__webpack_unused_export__ = InvalidParameterException$;
__webpack_unused_export__ = InvalidQueryStatementException;
__webpack_unused_export__ = InvalidQueryStatementException$;
__webpack_unused_export__ = InvalidQueryStatusException;
__webpack_unused_export__ = InvalidQueryStatusException$;
__webpack_unused_export__ = InvalidS3BucketNameException;
__webpack_unused_export__ = InvalidS3BucketNameException$;
__webpack_unused_export__ = InvalidS3PrefixException;
__webpack_unused_export__ = InvalidS3PrefixException$;
__webpack_unused_export__ = InvalidSnsTopicNameException;
__webpack_unused_export__ = InvalidSnsTopicNameException$;
__webpack_unused_export__ = InvalidSourceException;
__webpack_unused_export__ = InvalidSourceException$;
__webpack_unused_export__ = InvalidTagParameterException;
__webpack_unused_export__ = InvalidTagParameterException$;
__webpack_unused_export__ = InvalidTimeRangeException;
__webpack_unused_export__ = InvalidTimeRangeException$;
__webpack_unused_export__ = InvalidTokenException;
__webpack_unused_export__ = InvalidTokenException$;
__webpack_unused_export__ = InvalidTrailNameException;
__webpack_unused_export__ = InvalidTrailNameException$;
__webpack_unused_export__ = KmsException;
__webpack_unused_export__ = KmsException$;
__webpack_unused_export__ = KmsKeyDisabledException;
__webpack_unused_export__ = KmsKeyDisabledException$;
__webpack_unused_export__ = KmsKeyNotFoundException;
__webpack_unused_export__ = KmsKeyNotFoundException$;
__webpack_unused_export__ = ListChannels$;
__webpack_unused_export__ = ListChannelsCommand;
__webpack_unused_export__ = ListChannelsRequest$;
__webpack_unused_export__ = ListChannelsResponse$;
__webpack_unused_export__ = ListDashboards$;
__webpack_unused_export__ = ListDashboardsCommand;
__webpack_unused_export__ = ListDashboardsRequest$;
__webpack_unused_export__ = ListDashboardsResponse$;
__webpack_unused_export__ = ListEventDataStores$;
__webpack_unused_export__ = ListEventDataStoresCommand;
__webpack_unused_export__ = ListEventDataStoresRequest$;
__webpack_unused_export__ = ListEventDataStoresResponse$;
__webpack_unused_export__ = ListImportFailures$;
__webpack_unused_export__ = ListImportFailuresCommand;
__webpack_unused_export__ = ListImportFailuresRequest$;
__webpack_unused_export__ = ListImportFailuresResponse$;
__webpack_unused_export__ = ListImports$;
__webpack_unused_export__ = ListImportsCommand;
__webpack_unused_export__ = ListImportsRequest$;
__webpack_unused_export__ = ListImportsResponse$;
__webpack_unused_export__ = ListInsightsData$;
__webpack_unused_export__ = ListInsightsDataCommand;
__webpack_unused_export__ = ListInsightsDataDimensionKey;
__webpack_unused_export__ = ListInsightsDataRequest$;
__webpack_unused_export__ = ListInsightsDataResponse$;
__webpack_unused_export__ = ListInsightsDataType;
__webpack_unused_export__ = ListInsightsMetricData$;
__webpack_unused_export__ = ListInsightsMetricDataCommand;
__webpack_unused_export__ = ListInsightsMetricDataRequest$;
__webpack_unused_export__ = ListInsightsMetricDataResponse$;
__webpack_unused_export__ = ListPublicKeys$;
__webpack_unused_export__ = ListPublicKeysCommand;
__webpack_unused_export__ = ListPublicKeysRequest$;
__webpack_unused_export__ = ListPublicKeysResponse$;
__webpack_unused_export__ = ListQueries$;
__webpack_unused_export__ = ListQueriesCommand;
__webpack_unused_export__ = ListQueriesRequest$;
__webpack_unused_export__ = ListQueriesResponse$;
__webpack_unused_export__ = ListTags$;
exports.bvr = ListTagsCommand;
__webpack_unused_export__ = ListTagsRequest$;
__webpack_unused_export__ = ListTagsResponse$;
__webpack_unused_export__ = ListTrails$;
__webpack_unused_export__ = ListTrailsCommand;
__webpack_unused_export__ = ListTrailsRequest$;
__webpack_unused_export__ = ListTrailsResponse$;
__webpack_unused_export__ = LookupAttribute$;
__webpack_unused_export__ = LookupAttributeKey;
__webpack_unused_export__ = LookupEvents$;
__webpack_unused_export__ = LookupEventsCommand;
__webpack_unused_export__ = LookupEventsRequest$;
__webpack_unused_export__ = LookupEventsResponse$;
__webpack_unused_export__ = MaxConcurrentQueriesException;
__webpack_unused_export__ = MaxConcurrentQueriesException$;
__webpack_unused_export__ = MaxEventSize;
__webpack_unused_export__ = MaximumNumberOfTrailsExceededException;
__webpack_unused_export__ = MaximumNumberOfTrailsExceededException$;
__webpack_unused_export__ = NoManagementAccountSLRExistsException;
__webpack_unused_export__ = NoManagementAccountSLRExistsException$;
__webpack_unused_export__ = NotOrganizationManagementAccountException;
__webpack_unused_export__ = NotOrganizationManagementAccountException$;
__webpack_unused_export__ = NotOrganizationMasterAccountException;
__webpack_unused_export__ = NotOrganizationMasterAccountException$;
__webpack_unused_export__ = OperationNotPermittedException;
__webpack_unused_export__ = OperationNotPermittedException$;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException$;
__webpack_unused_export__ = OrganizationsNotInUseException;
__webpack_unused_export__ = OrganizationsNotInUseException$;
__webpack_unused_export__ = PartitionKey$;
__webpack_unused_export__ = PublicKey$;
__webpack_unused_export__ = PutEventConfiguration$;
__webpack_unused_export__ = PutEventConfigurationCommand;
__webpack_unused_export__ = PutEventConfigurationRequest$;
__webpack_unused_export__ = PutEventConfigurationResponse$;
__webpack_unused_export__ = PutEventSelectors$;
exports.PTj = PutEventSelectorsCommand;
__webpack_unused_export__ = PutEventSelectorsRequest$;
__webpack_unused_export__ = PutEventSelectorsResponse$;
__webpack_unused_export__ = PutInsightSelectors$;
exports.JYC = PutInsightSelectorsCommand;
__webpack_unused_export__ = PutInsightSelectorsRequest$;
__webpack_unused_export__ = PutInsightSelectorsResponse$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = Query$;
__webpack_unused_export__ = QueryIdNotFoundException;
__webpack_unused_export__ = QueryIdNotFoundException$;
__webpack_unused_export__ = QueryStatistics$;
__webpack_unused_export__ = QueryStatisticsForDescribeQuery$;
__webpack_unused_export__ = QueryStatus;
__webpack_unused_export__ = ReadWriteType;
__webpack_unused_export__ = RefreshSchedule$;
__webpack_unused_export__ = RefreshScheduleFrequency$;
__webpack_unused_export__ = RefreshScheduleFrequencyUnit;
__webpack_unused_export__ = RefreshScheduleStatus;
__webpack_unused_export__ = RegisterOrganizationDelegatedAdmin$;
__webpack_unused_export__ = RegisterOrganizationDelegatedAdminCommand;
__webpack_unused_export__ = RegisterOrganizationDelegatedAdminRequest$;
__webpack_unused_export__ = RegisterOrganizationDelegatedAdminResponse$;
__webpack_unused_export__ = RemoveTags$;
__webpack_unused_export__ = RemoveTagsCommand;
__webpack_unused_export__ = RemoveTagsRequest$;
__webpack_unused_export__ = RemoveTagsResponse$;
__webpack_unused_export__ = RequestWidget$;
__webpack_unused_export__ = Resource$;
__webpack_unused_export__ = ResourceARNNotValidException;
__webpack_unused_export__ = ResourceARNNotValidException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourcePolicyNotFoundException;
__webpack_unused_export__ = ResourcePolicyNotFoundException$;
__webpack_unused_export__ = ResourcePolicyNotValidException;
__webpack_unused_export__ = ResourcePolicyNotValidException$;
__webpack_unused_export__ = ResourceTag$;
__webpack_unused_export__ = ResourceTypeNotSupportedException;
__webpack_unused_export__ = ResourceTypeNotSupportedException$;
__webpack_unused_export__ = RestoreEventDataStore$;
__webpack_unused_export__ = RestoreEventDataStoreCommand;
__webpack_unused_export__ = RestoreEventDataStoreRequest$;
__webpack_unused_export__ = RestoreEventDataStoreResponse$;
__webpack_unused_export__ = S3BucketDoesNotExistException;
__webpack_unused_export__ = S3BucketDoesNotExistException$;
__webpack_unused_export__ = S3ImportSource$;
__webpack_unused_export__ = SearchSampleQueries$;
__webpack_unused_export__ = SearchSampleQueriesCommand;
__webpack_unused_export__ = SearchSampleQueriesRequest$;
__webpack_unused_export__ = SearchSampleQueriesResponse$;
__webpack_unused_export__ = SearchSampleQueriesSearchResult$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = SourceConfig$;
__webpack_unused_export__ = SourceEventCategory;
__webpack_unused_export__ = StartDashboardRefresh$;
__webpack_unused_export__ = StartDashboardRefreshCommand;
__webpack_unused_export__ = StartDashboardRefreshRequest$;
__webpack_unused_export__ = StartDashboardRefreshResponse$;
__webpack_unused_export__ = StartEventDataStoreIngestion$;
__webpack_unused_export__ = StartEventDataStoreIngestionCommand;
__webpack_unused_export__ = StartEventDataStoreIngestionRequest$;
__webpack_unused_export__ = StartEventDataStoreIngestionResponse$;
__webpack_unused_export__ = StartImport$;
__webpack_unused_export__ = StartImportCommand;
__webpack_unused_export__ = StartImportRequest$;
__webpack_unused_export__ = StartImportResponse$;
__webpack_unused_export__ = StartLogging$;
exports.NMP = StartLoggingCommand;
__webpack_unused_export__ = StartLoggingRequest$;
__webpack_unused_export__ = StartLoggingResponse$;
__webpack_unused_export__ = StartQuery$;
__webpack_unused_export__ = StartQueryCommand;
__webpack_unused_export__ = StartQueryRequest$;
__webpack_unused_export__ = StartQueryResponse$;
__webpack_unused_export__ = StopEventDataStoreIngestion$;
__webpack_unused_export__ = StopEventDataStoreIngestionCommand;
__webpack_unused_export__ = StopEventDataStoreIngestionRequest$;
__webpack_unused_export__ = StopEventDataStoreIngestionResponse$;
__webpack_unused_export__ = StopImport$;
__webpack_unused_export__ = StopImportCommand;
__webpack_unused_export__ = StopImportRequest$;
__webpack_unused_export__ = StopImportResponse$;
__webpack_unused_export__ = StopLogging$;
__webpack_unused_export__ = StopLoggingCommand;
__webpack_unused_export__ = StopLoggingRequest$;
__webpack_unused_export__ = StopLoggingResponse$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagsLimitExceededException;
__webpack_unused_export__ = TagsLimitExceededException$;
__webpack_unused_export__ = Template;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = Trail$;
__webpack_unused_export__ = TrailAlreadyExistsException;
__webpack_unused_export__ = TrailAlreadyExistsException$;
__webpack_unused_export__ = TrailInfo$;
__webpack_unused_export__ = TrailNotFoundException;
__webpack_unused_export__ = TrailNotFoundException$;
__webpack_unused_export__ = TrailNotProvidedException;
__webpack_unused_export__ = TrailNotProvidedException$;
__webpack_unused_export__ = Type;
__webpack_unused_export__ = UnsupportedOperationException;
__webpack_unused_export__ = UnsupportedOperationException$;
__webpack_unused_export__ = UpdateChannel$;
__webpack_unused_export__ = UpdateChannelCommand;
__webpack_unused_export__ = UpdateChannelRequest$;
__webpack_unused_export__ = UpdateChannelResponse$;
__webpack_unused_export__ = UpdateDashboard$;
__webpack_unused_export__ = UpdateDashboardCommand;
__webpack_unused_export__ = UpdateDashboardRequest$;
__webpack_unused_export__ = UpdateDashboardResponse$;
__webpack_unused_export__ = UpdateEventDataStore$;
__webpack_unused_export__ = UpdateEventDataStoreCommand;
__webpack_unused_export__ = UpdateEventDataStoreRequest$;
__webpack_unused_export__ = UpdateEventDataStoreResponse$;
__webpack_unused_export__ = UpdateTrail$;
exports.nXN = UpdateTrailCommand;
__webpack_unused_export__ = UpdateTrailRequest$;
__webpack_unused_export__ = UpdateTrailResponse$;
__webpack_unused_export__ = Widget$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateGetQueryResults;
__webpack_unused_export__ = paginateListChannels;
__webpack_unused_export__ = paginateListEventDataStores;
__webpack_unused_export__ = paginateListImportFailures;
__webpack_unused_export__ = paginateListImports;
__webpack_unused_export__ = paginateListInsightsData;
__webpack_unused_export__ = paginateListInsightsMetricData;
exports.BgR = paginateListPublicKeys;
__webpack_unused_export__ = paginateListQueries;
__webpack_unused_export__ = paginateListTags;
exports.zlR = paginateListTrails;
__webpack_unused_export__ = paginateLookupEvents;


/***/ })

};

//# sourceMappingURL=630.index.js.map