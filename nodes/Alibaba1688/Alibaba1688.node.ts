import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as address from './actions/address/Address.resource';
import * as category from './actions/category/Category.resource';
import * as customApi from './actions/customApi/CustomApi.resource';
import * as logistics from './actions/logistics/Logistics.resource';
import * as marketInsight from './actions/marketInsight/MarketInsight.resource';
import * as order from './actions/order/Order.resource';
import * as product from './actions/product/Product.resource';
import * as refund from './actions/refund/Refund.resource';
import { router } from './actions/router';
import * as listSearch from './methods/listSearch';
import { BUILDER_HINT, USABLE_AS_TOOL } from './agentGuidance';

export class Alibaba1688 implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688',
		name: 'alibaba1688',
		icon: { light: 'file:alibaba1688.svg', dark: 'file:alibaba1688.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			"Source products and place orders on 1688.com, Alibaba's B2B wholesale marketplace",
		defaults: { name: '1688' },
		usableAsTool: USABLE_AS_TOOL,
		builderHint: BUILDER_HINT,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688Api', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					// Not "Custom API Call": n8n adds an entry of that name itself (the HTTP Request node with this credential).
					{ name: 'Address', value: 'address' },
					{ name: 'Any 1688 API', value: 'customApi' },
					{ name: 'Category', value: 'category' },
					{ name: 'Logistics Info', value: 'logistics' },
					{ name: 'Market Insight', value: 'marketInsight' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
					{ name: 'Refund', value: 'refund' },
				],
				default: 'product',
			},
			...product.description,
			...order.description,
			...refund.description,
			...logistics.description,
			...category.description,
			...marketInsight.description,
			...address.description,
			...customApi.description,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// Read here, where n8n's lint rule (require-continue-on-fail) looks for it; the router applies it to each item.
		return await router.call(this, { continueOnFail: this.continueOnFail() });
	}
}
