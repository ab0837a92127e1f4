import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { API } from '../nodes/shared/apis';
import {
	apiRoute,
	DEFAULT_GATEWAY_URL,
	DEFAULT_REQUESTS_PER_SECOND,
	DEFAULT_TIMEOUT_SECONDS,
} from '../nodes/shared/transport/api';
import { obtainAccessToken } from '../nodes/shared/transport/oauth';
import { signRequestOptions } from '../nodes/shared/transport/signRequest';

/**
 * App Key / App Secret of a 1688 Open Platform app plus the user's OAuth tokens. Every request made
 * with it is signed (`_aop_signature`) by `authenticate`, so the 1688 node, the credential test and
 * n8n's HTTP Request node all sign the same way.
 */
export class Alibaba1688Api implements ICredentialType {
	name = 'alibaba1688Api';

	displayName = '1688 API';

	icon: Icon = {
		light: 'file:../nodes/Alibaba1688/alibaba1688.svg',
		dark: 'file:../nodes/Alibaba1688/alibaba1688.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-1688/n8n-nodes-1688#connecting-your-1688-account';

	properties: INodeProperties[] = [
		{
			displayName:
				'Connect once: enter the App Key and App Secret of your app on open.1688.com, then either paste a refresh token, or authorise in the browser and paste the code (see the Authorization Code field). The node renews the 10-hour access token itself.',
			name: 'connectNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1234567',
			description: 'The App Key of your app on open.1688.com (My Apps → App Key management)',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The App Secret shown next to the App Key. It signs every request and is never sent.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. An OAuth access token of the 1688 account that authorised your app (valid 10 hours). With a refresh token or an authorization code it is fetched and renewed for you.',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The OAuth refresh token (valid about 180 days). The node uses it to get a new access token whenever the current one expires, and extends it in its last 30 days.',
		},
		{
			displayName: 'Authorization Code',
			name: 'authorizationCode',
			type: 'string',
			default: '',
			description:
				'To connect without copying tokens: open https://auth.1688.com/oauth/authorize?client_id=YOUR_APP_KEY&site=1688&redirect_uri=YOUR_REDIRECT_URL, approve, and paste the "code" from the address you land on here, then save within 2 minutes. The node exchanges it for tokens.',
		},
		{
			displayName: 'Redirect URL',
			name: 'redirectUri',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://your-n8n.example.com/',
			description:
				'The callback URL registered for your app on open.1688.com and used in the authorise link; needed with an authorization code',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 1 },
			default: DEFAULT_REQUESTS_PER_SECOND,
			description:
				"The most calls per second sent with this App Key from this n8n process, all executions together. 1688 publishes no limit; when it answers gw.QosAppFrequencyLimit, the node slows down by itself to the rate 1688 accepts. With several queue-mode workers, set each worker's share.",
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_TIMEOUT_SECONDS,
			description: 'How long to wait for the gateway to answer one call',
		},
		{
			displayName: 'Gateway URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_GATEWAY_URL,
			description:
				'Where API calls go. Keep the default for 1688; change it only for the sandbox gateway or a proxy.',
		},
		// Kept by the node: the access token in use (renewed by n8n when empty or refused) and what it came from.
		{
			displayName: 'Current Access Token',
			name: 'oauthAccessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Adopted Access Token',
			name: 'adoptedAccessToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Exchanged Authorization Code',
			name: 'exchangedCode',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Refresh Token Expires At',
			name: 'refreshTokenExpiresAt',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		return await obtainAccessToken(
			async (options) => await this.helpers.httpRequest(options),
			credentials,
			Date.now(),
		);
	}

	authenticate: IAuthenticate = async (credentials, requestOptions: IHttpRequestOptions) =>
		signRequestOptions(
			requestOptions,
			{
				appSecret: String(credentials.appSecret ?? ''),
				accessToken:
					String(credentials.oauthAccessToken || credentials.accessToken || '') || undefined,
			},
			Date.now(),
		);

	// The test reads the authorised account: it checks the App Key, the signature (App Secret) and the token at once.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{ ($credentials.baseUrl || "${DEFAULT_GATEWAY_URL}").replace(/\\/+$/, "") }}`,
			url: `=/openapi/${apiRoute(API.accountBasic)}/{{ $credentials.appKey }}`,
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: {},
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error_code',
					value: 'gw.SignatureInvalid',
					message:
						'The App Secret does not belong to this App Key (gw.SignatureInvalid). Copy it again from open.1688.com → My Apps.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error_code',
					value: 'gw.AppKeyNotFound',
					message:
						'1688 does not know this App Key (gw.AppKeyNotFound). Check the App Key and the Gateway URL.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error_code',
					value: '401',
					message:
						'The App Key and Secret are right, but the access token is missing, expired or belongs to another app (401). Authorise the app again and paste the new tokens.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error_code',
					value: 'gw.APIACLDecline',
					message:
						'The signature is valid, but this app may not call alibaba.account.basic (gw.APIACLDecline), so the token could not be checked. Grant the app this API on open.1688.com.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error_code',
					value: 'gw.QosAppFrequencyLimit',
					message:
						'1688 throttled the test call (gw.QosAppFrequencyLimit). Wait a few seconds and test again.',
				},
			},
		],
	};
}
