import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNodeError } from '../../../shared/helpers/nodeErrors';
import { asObject, asText } from '../../../shared/helpers/values';
import { callApi, formatApiId, GatewayError } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/**
 * A link that opens an AliWangWang chat with a seller: account.wangwangUrl.get takes the seller's OpenUID
 * (`toOpenUid`), which the cross-border product APIs show as sellerOpenId; an order names its seller only by loginId
 * (sellerLoginId, the WangWang ID), which loginid.openuid.encrypt turns into that OpenUID. Neither page asks for
 * wangwangnick.openuid.decrypt (OpenUID → WangWang nickname): the link API takes the OpenUID itself, and the decrypt
 * page forbids showing the nickname it gives, so the node does not call it.
 */

/** The link in account.wangwangUrl.get's answer (`result.result`). */
export function chatLinkIn(answer: IDataObject): string | undefined {
	return asText(asObject(answer.result).result);
}

/** The OpenUID in loginid.openuid.encrypt's answer. */
export function openUidIn(answer: IDataObject): string | undefined {
	return asText(answer.openUid);
}

/** The chat link for a seller's OpenUID. */
export async function chatLinkFor(this: IExecuteFunctions, openUid: string): Promise<string> {
	const link = chatLinkIn(await callApi.call(this, API.chatLink, { toOpenUid: openUid }));
	if (!link) {
		throw new GatewayError({
			api: formatApiId(API.chatLink),
			code: 'NO_CHAT_LINK',
			gatewayMessage: '1688 answered without a chat link',
		});
	}
	return link;
}

/** The OpenUID of a seller's loginId, then its chat link. */
export async function sellerChatLink(
	this: IExecuteFunctions,
	sellerLoginId: string,
): Promise<{ sellerOpenUid: string; chatLink: string }> {
	const sellerOpenUid = openUidIn(
		await callApi.call(this, API.loginIdToOpenUid, { loginId: sellerLoginId }),
	);
	if (!sellerOpenUid) {
		throw new GatewayError({
			api: formatApiId(API.loginIdToOpenUid),
			code: 'NO_OPEN_UID',
			gatewayMessage: `1688 gave no OpenUID for the seller ${sellerLoginId}`,
		});
	}
	return { sellerOpenUid, chatLink: await chatLinkFor.call(this, sellerOpenUid) };
}

/**
 * Order → Get's optional chat link: `sellerChatLink`, or, when 1688 refuses it (an app not granted the two APIs, a
 * member it does not know, a passing fault after retries), `sellerChatLink: null` and `sellerChatLinkError` in words,
 * so the order itself still comes.
 */
export async function orderChatLinkFields(
	this: IExecuteFunctions,
	itemIndex: number,
	sellerLoginId: string | undefined,
): Promise<IDataObject> {
	if (!sellerLoginId)
		return {
			sellerChatLink: null,
			sellerChatLinkError: 'The order names no seller loginId to open a chat with',
		};
	try {
		return { sellerChatLink: (await sellerChatLink.call(this, sellerLoginId)).chatLink };
	} catch (error) {
		const nodeError = toNodeError(this.getNode(), error, itemIndex);
		if (!(error instanceof GatewayError)) throw nodeError;
		return { sellerChatLink: null, sellerChatLinkError: nodeError.message };
	}
}
