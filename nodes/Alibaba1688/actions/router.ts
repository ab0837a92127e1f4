import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { settleEach } from '../../shared/helpers/concurrency';
import { errorItemJson, toNodeError } from '../../shared/helpers/nodeErrors';
import * as address from './address/Address.resource';
import * as category from './category/Category.resource';
import * as customApi from './customApi/CustomApi.resource';
import * as logistics from './logistics/Logistics.resource';
import * as marketInsight from './marketInsight/MarketInsight.resource';
import type { ResourceOperations } from './operation';
import { withWritesDone } from './writeOnce';
import * as order from './order/Order.resource';
import * as product from './product/Product.resource';
import * as refund from './refund/Refund.resource';

/** The operations of every resource, by the Resource and Operation values the node description offers. */
export const resources: Record<string, ResourceOperations> = {
	address: address.operations,
	category: category.operations,
	customApi: customApi.operations,
	logistics: logistics.operations,
	marketInsight: marketInsight.operations,
	order: order.operations,
	product: product.operations,
	refund: refund.operations,
};

/** Input items of a read operation in flight at once; the transport's pacer sets the actual rate. */
const READ_CONCURRENCY = 8;

/**
 * Runs the chosen operation for every input item, pairing outputs. With `continueOnFail` (the node's
 * setting, read by the node's execute), a failed item becomes an error item and the others carry on;
 * without it the first failure stops the node.
 */
export async function router(
	this: IExecuteFunctions,
	{ continueOnFail }: { continueOnFail: boolean },
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" of "${resource}" is not supported`,
		);
	}

	const outcomes = await settleEach(
		items.map((_, itemIndex) => itemIndex),
		operation.readOnly ? READ_CONCURRENCY : 1,
		async (itemIndex) => await operation.execute.call(this, itemIndex),
		{ stopAfterFailure: !continueOnFail },
	);

	// Output in input order, exactly as if the items had run one after another.
	const returnData: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (outcome === undefined) continue;
		if (outcome.ok) {
			for (const json of Array.isArray(outcome.value) ? outcome.value : [outcome.value]) {
				returnData.push({ json, pairedItem: { item: itemIndex } });
			}
			continue;
		}
		const nodeError = toNodeError(this.getNode(), outcome.error, itemIndex);
		if (!continueOnFail) throw withWritesDone(this, nodeError);
		returnData.push({ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } });
	}
	return [returnData];
}
