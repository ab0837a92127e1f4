import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { collectPages } from '../../../shared/helpers/paginate';
import { simplifyRefundStep } from '../../../shared/helpers/simplifyRefund';
import { asArray, asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { readPaging } from '../paging';
import { readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['getHistory'] };

/** Records per page: the doc page's example asks for 100. */
const PAGE_SIZE = 100;

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	refundIdField(showFor),
	...returnAllOrLimit(showFor),
	simplifyField(
		showFor,
		'step (time, who, what, statuses before and after in words, waybill, evidence)',
	),
];

/** A refund's operation records, newest first (OpQueryOrderRefundOperationList): one item per step. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const refundId = readRefundId.call(this, itemIndex);
	const { returnAll, limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const steps = await collectPages(
		async (pageNo, pageSize) => {
			const response = await callApi.call(this, API.refundOperations, {
				refundId,
				pageNo,
				pageSize,
			});
			return { items: asArray(asObject(response.result).opOrderRefundOperationModels) };
		},
		{ returnAll, limit, pageSize: PAGE_SIZE },
	);
	return simplify ? steps.map((step) => ({ refundId, ...simplifyRefundStep(step) })) : steps;
}
