import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { errorItemJson, toNodeError } from '../helpers/nodeErrors';
import * as category from './category/Category.resource';
import * as customApi from './customApi/CustomApi.resource';
import * as logistics from './logistics/Logistics.resource';
import type { ResourceOperations } from './operation';
import * as order from './order/Order.resource';
import * as product from './product/Product.resource';

const resources: Record<string, ResourceOperations> = {
	category: category.operations,
	customApi: customApi.operations,
	logistics: logistics.operations,
	order: order.operations,
	product: product.operations,
};

/** Runs the chosen operation for every input item, pairing outputs and applying continue-on-fail. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await operation.execute.call(this, itemIndex);
			for (const json of Array.isArray(result) ? result : [result]) {
				returnData.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw nodeError;
			returnData.push({ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } });
		}
	}
	return [returnData];
}
