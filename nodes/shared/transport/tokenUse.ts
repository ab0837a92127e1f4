import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	INode,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './api';

/**
 * How one call uses the account's access token, told to n8n through the credential data it signs with
 * (`httpRequestWithAuthentication`'s `credentialsDecrypted`, on n8n 1.x and 2.x alike).
 *
 * n8n runs the credential's `preAuthentication` (which renews the token from the refresh token and stores
 * it) before a request whenever the credential's expirable field, `oauthAccessToken`, is empty (n8n's
 * CredentialsHelper.preAuthentication: `credentials[expirable] === ''`). Its own retry after a refusal
 * only follows an HTTP 401, and 1688 refuses tokens at other statuses too, so the transport asks for the
 * renewal itself: it resends once with that field emptied. n8n then renews, stores the new token in the
 * credential (merged into the stored data) and signs with it.
 */
export type TokenUse =
	/** The stored credential as it is (n8n renews first only if no token was fetched yet). */
	| 'stored'
	/** Renew the access token before sending: after 1688 refused it. */
	| 'renew'
	/** An API whose doc page says "no user authorisation": App Key and Secret only, no token sent or renewed. */
	| 'none';

/** Fields that carry or yield the account's token; none is sent or used for an API without user authorisation. */
const USER_TOKEN_FIELDS = [
	'accessToken',
	'refreshToken',
	'authorizationCode',
	'oauthAccessToken',
] as const;

export function credentialOptionsFor(
	use: TokenUse,
	node: INode,
	credentials: ICredentialDataDecryptedObject,
): IAdditionalCredentialOptions | undefined {
	if (use === 'stored') return undefined;
	const data: ICredentialDataDecryptedObject = { ...credentials };
	if (use === 'renew') {
		data.oauthAccessToken = '';
	} else {
		// Absent, not empty: an empty expirable field would make n8n fetch a token.
		for (const field of USER_TOKEN_FIELDS) delete data[field];
	}
	const stored = node.credentials?.[CREDENTIAL_TYPE];
	return {
		credentialsDecrypted: {
			id: stored?.id ?? '',
			name: stored?.name ?? '',
			type: CREDENTIAL_TYPE,
			data,
		},
	};
}
