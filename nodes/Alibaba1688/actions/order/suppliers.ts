import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	offersWithoutSupplier,
	splitCart,
	type CartLine,
	type CartPart,
} from '../../helpers/cartParts';
import { InputError } from '../../../shared/helpers/inputError';
import { asText } from '../../../shared/helpers/values';
import { GatewayError } from '../../../shared/transport';
import { fetchCrossBorderDetail } from '../product/offerDetail';

/** A failed look-up, saying what it was for and how to avoid it. */
function lookUpFailure(offerId: string, error: unknown): unknown {
	if (!(error instanceof GatewayError)) return error;
	return new GatewayError({
		api: error.api,
		code: error.code,
		gatewayMessage: `Looking up the supplier of offer ${offerId} to split the cart by supplier failed: ${error.gatewayMessage}. Give each cart line its Supplier ID (the product detail's sellerOpenId) to skip the look-up`,
		requestId: error.requestId,
		httpStatus: error.httpStatus,
		outcomeUnknown: error.outcomeUnknown,
	});
}

/**
 * Which supplier sells each offer, so a cart can become one order per supplier. Preview cannot tell (it
 * refuses carts of several suppliers with 500_002 and names no seller), so the supplier comes from the cart
 * line (`supplierId`) or else from the cross-border product detail (product.search.queryProductDetail,
 * `sellerOpenId`, "Merchant's encrypted ID"), which the cross-border solution grants. One read per offer
 * whose supplier is unknown, only when the cart holds more than one offer.
 */
async function lookUpSuppliers(
	this: IExecuteFunctions,
	offerIds: string[],
): Promise<Map<string, string>> {
	const suppliers = new Map<string, string>();
	for (const offerId of offerIds) {
		let model: IDataObject;
		try {
			({ model } = await fetchCrossBorderDetail.call(this, offerId, 'en'));
		} catch (error) {
			throw lookUpFailure(offerId, error);
		}
		const supplierId = asText(model.sellerOpenId);
		if (supplierId) suppliers.set(offerId, supplierId);
	}
	return suppliers;
}

/** The most 1688 orders one input item may become (checked before any is placed). */
export const MAX_ORDERS_PER_ITEM = 20;

/**
 * The cart as orders: one per supplier (looked up where the cart does not say), at most 50 lines each, and at
 * most MAX_ORDERS_PER_ITEM of them.
 */
export async function cartParts(this: IExecuteFunctions, cart: CartLine[]): Promise<CartPart[]> {
	const looked = await lookUpSuppliers.call(this, offersWithoutSupplier(cart));
	const parts = splitCart(cart, (line) => line.supplierId ?? looked.get(line.offerId));
	if (parts.length > MAX_ORDERS_PER_ITEM) {
		throw new InputError(
			'Cart',
			`would become ${parts.length} 1688 orders (one per supplier, at most 50 lines each); one item may place at most ${MAX_ORDERS_PER_ITEM}`,
			'Split the goods over several input items, e.g. one per supplier.',
		);
	}
	return parts;
}

/** What every output item of a cart part says about it: its number, the number of parts, its supplier. */
export function partOf(part: CartPart, partCount: number): IDataObject {
	return {
		part: part.number,
		partCount,
		...(part.supplierId ? { supplierId: part.supplierId } : {}),
	};
}
