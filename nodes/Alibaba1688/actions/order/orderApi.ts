import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { formatApiId, GatewayError, type ApiParams, type ApiRef } from '../../../shared/transport';
import { API } from '../../../shared/apis';
import { sendWrite } from '../writeOnce';

/**
 * Which API places an order. An app is granted the create API of its solution: createCrossOrder on the
 * cross-border solution (overseas resellers), fastCreateOrder on the domestic buyer solutions.
 *
 * Automatic tries createCrossOrder first (the cross-border solution's, and the one that honours the
 * cross-border options; an app granted both gets cross-border orders) and fastCreateOrder only when 1688
 * answered gw.APIACLDecline: the gateway refuses an API the app was not granted before the API runs, so
 * that answer proves nothing was created. No other answer (an error, a timeout, a lost answer) ever leads
 * to a second create. An API declined once is not tried again for the rest of the execution.
 */
export type OrderApiChoice = 'automatic' | 'crossBorder' | 'domestic';

export function orderApiField(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'Order API',
		name: 'orderApi',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Automatic',
				value: 'automatic',
				description:
					'The create API this app is granted: cross-border first, domestic when 1688 declines it (nothing is created twice)',
			},
			{
				name: 'Cross-Border',
				value: 'crossBorder',
				description:
					'Alibaba.trade.createCrossOrder, of the cross-border solution (overseas resellers)',
			},
			{
				name: 'Domestic',
				value: 'domestic',
				description: 'Alibaba.trade.fastCreateOrder, of the domestic buyer solutions',
			},
		],
		default: 'automatic',
		description: 'Which 1688 API places the order; an app is granted the one of its solution',
		displayOptions: { show },
	};
}

export function readOrderApi(this: IExecuteFunctions, itemIndex: number): OrderApiChoice {
	const choice = this.getNodeParameter('orderApi', itemIndex, 'automatic') as string;
	if (choice === 'automatic' || choice === 'crossBorder' || choice === 'domestic') return choice;
	throw new InputError('Order API', `"${choice}" is not one of automatic, crossBorder, domestic`);
}

// APIs 1688 declined for this execution (keyed by the execution's context, so nothing outlives it).
const declined = new WeakMap<object, Set<ApiRef>>();

function declinedIn(context: object): Set<ApiRef> {
	let set = declined.get(context);
	if (!set) {
		set = new Set();
		declined.set(context, set);
	}
	return set;
}

/** The APIs a choice may use, in the order they are tried. */
export function createApisOf(choice: OrderApiChoice): ApiRef[] {
	if (choice === 'crossBorder') return [API.orderCrossCreate];
	if (choice === 'domestic') return [API.orderFastCreate];
	return [API.orderCrossCreate, API.orderFastCreate];
}

export interface CreateCall {
	/** The input item the orders are for. */
	itemIndex: number;
	choice: OrderApiChoice;
	/** The parameters for an API (the cross-border one takes more). */
	paramsFor(api: ApiRef): ApiParams;
	/** Options only createCrossOrder honours, set by the user: Automatic must not fall back to fastCreateOrder without them. */
	crossBorderOnly: string[];
	/** The orders an answer reports, in a few words for an error message. */
	done(answer: IDataObject): string;
}

/**
 * Why Automatic placed nothing: createCrossOrder declined and fastCreateOrder declined too, or not tried because
 * cross-border-only options were set. A gw.APIACLDecline naming what to apply for; nothing was created.
 */
function noCreateApi(crossBorderOnly: string[], lastDecline?: GatewayError): GatewayError {
	const cross = formatApiId(API.orderCrossCreate);
	const needsCross = crossBorderOnly.length > 0;
	return new GatewayError({
		api: needsCross ? cross : `${cross} or ${formatApiId(API.orderFastCreate)}`,
		code: 'gw.APIACLDecline',
		gatewayMessage: needsCross
			? `${crossBorderOnly.join(', ')} need${crossBorderOnly.length === 1 ? 's' : ''} ${API.orderCrossCreate.name}, which this app is not granted; nothing was created`
			: `this app is granted neither create API; nothing was created`,
		requestId: lastDecline?.requestId,
		httpStatus: lastDecline?.httpStatus,
	});
}

/**
 * Sends one create, exactly once per API tried: the chosen API, or (Automatic) createCrossOrder and, only
 * after gw.APIACLDecline, fastCreateOrder. Returns the API that created the order(s) and its answer; any
 * failure is thrown as the transport's GatewayError.
 */
export async function createOnce(
	this: IExecuteFunctions,
	call: CreateCall,
): Promise<{ api: ApiRef; response: IDataObject }> {
	const known = declinedIn(this);
	const candidates = createApisOf(call.choice);
	let lastDecline: GatewayError | undefined;
	for (const api of candidates) {
		if (call.choice === 'automatic' && known.has(api)) continue;
		if (
			call.choice === 'automatic' &&
			api === API.orderFastCreate &&
			call.crossBorderOnly.length > 0
		)
			break;
		let failure: unknown;
		try {
			return {
				api,
				response: await sendWrite.call(this, call.itemIndex, api, call.paramsFor(api), {
					done: call.done,
				}),
			};
		} catch (error) {
			failure = error;
		}
		const isDecline = failure instanceof GatewayError && failure.code === 'gw.APIACLDecline';
		if (!isDecline || call.choice !== 'automatic') throw failure;
		known.add(api);
		lastDecline = failure as GatewayError;
	}
	throw noCreateApi(call.crossBorderOnly, lastDecline);
}
