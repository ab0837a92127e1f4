import { AFTER_SALES_WORDS_BY_API } from './afterSalesErrors';
import type { GatewayError } from './gatewayError';
import {
	apiName,
	explainByMessage,
	ORDER_CODE_WORDS,
	ORDER_WORDS_BY_API,
	type CodeWords,
	type Explanation,
} from './orderErrorWords';

const OPEN_PLATFORM = 'open.1688.com';

/** What each known code means for the user, and what to do about it; undefined leaves 1688's own text. */
const KNOWN_CODES: Record<string, (error: GatewayError) => Explanation | undefined> = {
	...ORDER_CODE_WORDS,
	'gw.SignatureInvalid': () => ({
		message: '1688 rejected the request signature',
		hint: `The App Secret in the 1688 credential does not belong to its App Key. Copy the App Secret again from ${OPEN_PLATFORM} → My Apps → App Key management.`,
	}),
	'gw.AppKeyNotFound': () => ({
		message: '1688 does not know this App Key',
		hint: `Check the App Key in the 1688 credential against ${OPEN_PLATFORM} → My Apps, and the Gateway URL if you changed it.`,
	}),
	'gw.APIACLDecline': (error) => ({
		message: `This 1688 app is not allowed to call ${error.api}`,
		hint: `Apply for the API ${error.api} for your app on ${OPEN_PLATFORM} (My Apps → API permissions); 1688 grants APIs per app.`,
	}),
	'gw.APIUnsupported': (error) => ({
		message: `1688 does not offer the API ${error.api}`,
		hint: 'Check the namespace, API name and version against the API documentation page on open.1688.com (they are case-sensitive).',
	}),
	'gw.QosAppFrequencyLimit': () => ({
		message: '1688 throttled the request (too many calls per second)',
		hint: 'Lower the requests per second in the 1688 credential, or spread the workflow over more time.',
	}),
	'gw.QosRequestLimit': () => ({
		message: '1688 throttled the request (request limit reached)',
		hint: 'Lower the requests per second in the 1688 credential, or spread the workflow over more time.',
	}),
	'gw.NoUsageLeftError': () => ({
		message: 'The paid call quota of this 1688 app is used up',
		hint: `Buy more calls for this API on ${OPEN_PLATFORM}, or wait for the quota period to renew.`,
	}),
	'401': () => ({
		message: '1688 needs a valid access token (Request need user authorized)',
		hint: 'The access token in the 1688 credential is missing, expired (they last 10 hours) or was issued to another app. Authorise again and paste the new token, or store a refresh token so the node can renew it.',
	}),
	TOKEN_UNAVAILABLE: (error) => ({
		message: 'Could not get a valid 1688 access token',
		hint: error.gatewayMessage,
	}),
	EMPTY_RESPONSE: () => ({
		message: 'The 1688 gateway sent an empty answer',
		hint: 'This is usually a passing gateway fault; run the node again. If it persists, check the Gateway URL in the credential.',
	}),
	HTML_RESPONSE: () => ({
		message: 'The 1688 gateway sent a web page instead of data',
		hint: 'A proxy or the gateway itself is failing; check the Gateway URL in the credential and try again later.',
	}),
	INVALID_RESPONSE: () => ({
		message: 'The 1688 gateway sent an answer that is not valid JSON',
		hint: 'The answer was cut off or garbled on the way; run the node again.',
	}),
	ECONNREFUSED: () => ({
		message: 'Could not connect to the 1688 gateway (connection refused)',
		hint: 'Check the Gateway URL in the 1688 credential and that this n8n can reach it.',
	}),
	ECONNRESET: () => ({
		message: 'The connection to the 1688 gateway was reset before it answered',
		hint: 'This is usually a passing network fault; run the node again.',
	}),
	ETIMEDOUT: () => ({
		message: 'The 1688 gateway did not answer in time',
		hint: 'Run the node again; if it persists, raise the timeout or check the network.',
	}),
	ENOTFOUND: () => ({
		message: 'The 1688 gateway host name could not be resolved',
		hint: 'Check the Gateway URL in the 1688 credential.',
	}),
};

const NETWORK_CODE = /^E(CONN|TIMEDOUT|NOTFOUND|PIPE|AI_|SOCKET|HOST|NET)/;

/** Codes an API's page documents with its own meaning, by API name: 1688 reuses numbers across APIs. */
const WORDS_BY_API = new Map<string, Record<string, CodeWords>>(
	[...AFTER_SALES_WORDS_BY_API, ...ORDER_WORDS_BY_API].map(([api, words]) => [api.name, words]),
);

function explainApiOwnCode(error: GatewayError): Explanation | undefined {
	const words = WORDS_BY_API.get(apiName(error))?.[error.code];
	return typeof words === 'function' ? words(error) : words;
}

/** The user-facing message and hint for a failed gateway call; unknown codes keep 1688's own text. */
export function explainGatewayError(error: GatewayError): { message: string; description: string } {
	const known =
		explainApiOwnCode(error) ?? explainByMessage(error) ?? KNOWN_CODES[error.code]?.(error);
	// TOKEN_UNAVAILABLE's hint is its own message (the package's, not 1688's): said once.
	const gatewayText =
		error.gatewayMessage && known?.hint !== error.gatewayMessage
			? ` 1688 said: "${error.gatewayMessage}".`
			: '';
	const reference = error.requestId ? ` Request ID: ${error.requestId}.` : '';
	if (known && NETWORK_CODE.test(error.code)) {
		// n8n swaps any message naming a network code (ECONNRESET, ...) for its own generic text, so the
		// code goes into the description instead.
		return { message: known.message, description: `${known.hint} (${error.code})` };
	}
	if (known) {
		return {
			message: `${known.message} [${error.code}]`,
			description: `${known.hint}${gatewayText}${reference}`,
		};
	}
	return {
		message: `1688 API ${error.api} failed: ${error.gatewayMessage || 'no message'} [${error.code}]`,
		description: `Look up the error code ${error.code} on the API's documentation page on ${OPEN_PLATFORM}.${reference}`,
	};
}
