import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { apiUrl, CREDENTIAL_TYPE, formatApiId, gatewayBaseUrl, type ApiRef } from './api';
import { GatewayError } from './gatewayError';
import { toGatewayError } from './index';
import { multipartBody, type FilePart } from './multipart';
import { hasUserAuthorisation, noUserTokenMessage } from './oauth';
import { isTokenRefusal, unwrapResponse } from './response';
import { paceOutcome, retryDelayMs } from './retryPolicy';
import { sharedPacer } from './sharedPacers';
import { credentialOptionsFor, type TokenUse } from './tokenUse';
import { toWireParams, type ApiParams } from './wireParams';

export type { FilePart } from './multipart';

const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_REQUESTS_PER_SECOND = 10;

function positiveNumber(value: unknown, fallback: number): number {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * Calls an API that takes a file (a byte[] parameter, e.g. alibaba.trade.uploadRefundVoucher's `imageData`): the
 * file goes as a multipart part, outside the signature, and every other parameter is signed and sent in the query
 * string, as the page's form sample sends them (the credential signs the query when the body is not a form).
 *
 * Otherwise as callApi: paced with every other call of the App Key, the token renewed once after a refusal,
 * throttling and passing faults retried (an upload only stores a file: sending it again stores another copy).
 * callApi sends forms only; this is its sibling for files until the transport takes file parts itself.
 */
export async function callApiWithFile(this: IExecuteFunctions, api: ApiRef, params: ApiParams, file: FilePart): Promise<IDataObject> {
	const apiId = formatApiId(api);
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	if (!hasUserAuthorisation(credentials)) {
		throw new GatewayError({ api: apiId, code: 'TOKEN_UNAVAILABLE', gatewayMessage: noUserTokenMessage(apiId) });
	}
	const gateway = gatewayBaseUrl(credentials);
	const appKey = String(credentials.appKey ?? '');
	const boundary = `----n8n1688${randomBytes(12).toString('hex')}`;
	const body = multipartBody(boundary, [file]);
	const ceiling = positiveNumber(credentials.requestsPerSecond, DEFAULT_REQUESTS_PER_SECOND);
	const timeout = positiveNumber(credentials.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS) * 1000;

	let tokenUse: TokenUse = 'stored';
	let renewed = false;
	for (let attempt = 0; ; ) {
		const pacer = sharedPacer(gateway, appKey, Date.now());
		const ticket = pacer.take(Date.now(), ceiling);
		for (let wait = pacer.waitMs(ticket, Date.now()); wait > 0; wait = pacer.waitMs(ticket, Date.now())) await sleep(wait);
		pacer.sent(ticket, Date.now());
		let failure: GatewayError;
		try {
			const data = tokenUse === 'renew' ? await this.getCredentials(CREDENTIAL_TYPE) : credentials;
			let response: IN8nHttpFullResponse;
			try {
				response = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					CREDENTIAL_TYPE,
					{
						method: 'POST',
						url: apiUrl(gateway, api, appKey),
						qs: toWireParams(params),
						headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Accept: 'application/json' },
						body,
						encoding: 'text',
						json: false,
						returnFullResponse: true,
						ignoreHttpStatusErrors: true,
						timeout,
					},
					credentialOptionsFor(tokenUse, this.getNode(), data),
				)) as IN8nHttpFullResponse;
			} catch (error) {
				throw toGatewayError(apiId, error);
			}
			const answer = unwrapResponse(apiId, response.statusCode, response.body) as IDataObject;
			pacer.answered(ticket, Date.now(), 'accepted');
			return answer;
		} catch (error) {
			failure = error as GatewayError;
		}
		pacer.answered(ticket, Date.now(), paceOutcome(failure));
		if (!renewed && isTokenRefusal(failure)) {
			renewed = true;
			tokenUse = 'renew';
			continue;
		}
		tokenUse = 'stored';
		const delay = retryDelayMs(failure, attempt++, false);
		if (delay === undefined) throw failure;
		if (delay > 0) await sleep(delay);
	}
}
