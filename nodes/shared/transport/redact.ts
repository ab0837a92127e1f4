import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { GatewayError } from './gatewayError';

/**
 * Keeping the credential's secrets out of every error text. 1688 (or a proxy, or the token endpoint) may repeat
 * request parameters in an error message, and those parameters hold the access token, and for the token
 * endpoint the App Secret and refresh token. Every error the transport throws passes through here once.
 */

/** The credential fields whose values are secret. */
const SECRET_FIELDS = [
	'appSecret',
	'accessToken',
	'refreshToken',
	'authorizationCode',
	'oauthAccessToken',
	'adoptedAccessToken',
];

/** Shorter values are not hidden: they would blank out ordinary words, and no real secret is that short. */
const MIN_SECRET_LENGTH = 6;

export const REDACTED = '[redacted]';

/** The secret values of one or more versions of a credential (a renewal stores a new token). */
export function secretsOf(
	...credentials: Array<ICredentialDataDecryptedObject | undefined>
): string[] {
	const values = credentials.flatMap((data) => SECRET_FIELDS.map((field) => data?.[field]));
	const secrets = values
		.filter(
			(value): value is string =>
				typeof value === 'string' && value.trim().length >= MIN_SECRET_LENGTH,
		)
		.map((value) => value.trim());
	// Also as they appear inside a URL or form body; longest first, so no secret is half-replaced by a shorter one.
	const spellings = secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]);
	return [...new Set(spellings)].sort((a, b) => b.length - a.length);
}

/** The text with every secret replaced by [redacted]. */
export function redact(text: string, secrets: string[]): string {
	return secrets.reduce((result, secret) => result.split(secret).join(REDACTED), text);
}

/** The error with its texts (message, code, request ID) free of the secrets; the same error when it held none. */
export function redactGatewayError(error: GatewayError, secrets: string[]): GatewayError {
	const [gatewayMessage, code, requestId] = [error.gatewayMessage, error.code, error.requestId].map(
		(text) => (text === undefined ? undefined : redact(text, secrets)),
	);
	if (
		gatewayMessage === error.gatewayMessage &&
		code === error.code &&
		requestId === error.requestId
	)
		return error;
	return new GatewayError({
		api: error.api,
		code: code ?? error.code,
		gatewayMessage: gatewayMessage ?? '',
		httpStatus: error.httpStatus,
		requestId,
		outcomeUnknown: error.outcomeUnknown,
	});
}
