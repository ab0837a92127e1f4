import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { cargoOf } from '../../helpers/cartParts';
import { toNodeError } from '../../../shared/helpers/nodeErrors';
import { simplifyOrderPreview } from '../../../shared/helpers/simplifyOrder';
import { callApi } from '../../../shared/transport';
import { checkFlow, flowField, PREVIEW_FLOWS } from './flows';
import { orderInputFields, readOrderInput } from './orderInput';
import { cartParts, partOf } from './suppliers';
import { API } from '../../../shared/apis';

const showFor = { resource: ['order'], operation: ['preview'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...orderInputFields(showFor),
	flowField(showFor, PREVIEW_FLOWS),
	simplifyField(
		showFor,
		'preview per order 1688 would create (amounts in yuan, tradeTypes for Create)',
	),
];

/**
 * Previews the cart the way Create places it: one preview per supplier (and per 50 SKUs), since
 * alibaba.createOrder.preview takes one supplier's goods at a time.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { addressParam, cart } = readOrderInput.call(this, itemIndex);
	const flow = checkFlow(
		this.getNodeParameter('flow', itemIndex, 'general'),
		PREVIEW_FLOWS,
		API.orderPreview.name,
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const parts = await cartParts.call(this, cart);
	const output: IDataObject[] = [];
	for (const part of parts) {
		let response: IDataObject;
		try {
			// No flow: 1688 compares the flows and previews the best one.
			response = await callApi.call(this, API.orderPreview, {
				addressParam,
				cargoParamList: cargoOf(part),
				flow: flow || undefined,
			});
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, itemIndex);
			if (parts.length > 1)
				nodeError.message = `Part ${part.number} of ${parts.length} of the cart: ${nodeError.message}`;
			throw nodeError;
		}
		if (!simplify) {
			output.push(response);
			continue;
		}
		for (const preview of simplifyOrderPreview(response)) {
			output.push({ ...preview, ...partOf(part, parts.length) });
		}
	}
	return output;
}
