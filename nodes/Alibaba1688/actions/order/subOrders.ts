import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { asArray, asId, asNumber, asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { API } from '../../../shared/apis';

/** One sub-order (line) of an order: its ID (18-19 digits, exact) and how many pieces were bought. */
export interface SubOrder {
	subOrderId: string;
	quantity: number;
}

/** The sub-orders of an order, read from the order (alibaba.trade.get.buyerView, productItems). */
export async function subOrdersOf(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	orderId: string,
): Promise<SubOrder[]> {
	const response = await callApi.call(this, API.orderGet, { webSite: '1688', orderId });
	return asArray(asObject(response.result).productItems)
		.map((item) => ({
			subOrderId: asId(item.subItemIDString) ?? asId(item.subItemID) ?? '',
			quantity: asNumber(item.quantity) ?? 0,
		}))
		.filter((item) => item.subOrderId !== '');
}

/**
 * The sub-orders a refund operation is about: the ones given, or (none given) every sub-order of the order, read
 * from it. Given ones are not checked against the order here: 1688 refuses a sub-order of another order.
 */
export async function chosenSubOrderIds(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	orderId: string,
	given: string[],
): Promise<string[]> {
	if (given.length) return given;
	const ids = (await subOrdersOf.call(this, orderId)).map((item) => item.subOrderId);
	if (ids.length === 0)
		throw new InputError(
			'Sub-Order IDs',
			`1688 lists no sub-orders for order ${orderId}`,
			'Give the sub-order IDs (subOrderId of Order → Get) yourself.',
		);
	return ids;
}
