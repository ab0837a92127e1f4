import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyPickupPlans } from '../../../shared/helpers/simplifyRefund';
import { requireQuantity } from '../../../shared/helpers/validation';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { packageCountField, pickupOptions, readPickupOptions } from './pickupFields';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getPickupPlans'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName:
			"Official return pickup: a courier collects a return at an address inside China (e.g. your warehouse) once the seller agreed to the return (status 'waiting for buyer to return the goods')",
		name: 'pickupPlansNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	refundIdField(showFor, 'A return and refund the seller agreed to'),
	packageCountField(showFor),
	pickupOptions(showFor),
	simplifyField(showFor, 'plan (code, carrier, fee in yuan, bookable time slots)'),
];

/** The couriers that can collect the return (refundofficialdelivery.solution.get): one item per plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const refundId = readRefundId.call(this, itemIndex);
	const packageCount = requireQuantity(
		'Packages',
		this.getNodeParameter('packageCount', itemIndex, 1),
	);
	const { totalWeight, totalVolume, couponId, senderInfo, receiverInfo } = readPickupOptions.call(
		this,
		itemIndex,
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.pickupPlans, {
		param: { refundId, packageCount, totalWeight, totalVolume, couponId, senderInfo, receiverInfo },
	});
	if (!simplify) return response;
	const result = asObject(asObject(response.result).result);
	return simplifyPickupPlans(result).map((plan) => ({ refundId, ...plan }));
}
