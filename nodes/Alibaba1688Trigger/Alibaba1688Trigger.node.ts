import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { triggerProperties } from './description';
import { pollOffers } from './offerPoll';
import { pollOrders } from './orderPoll';
import { pollError } from './pollErrors';

export class Alibaba1688Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Trigger',
		name: 'alibaba1688Trigger',
		icon: { light: 'file:../Alibaba1688/alibaba1688.svg', dark: 'file:../Alibaba1688/alibaba1688.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description: 'Starts the workflow when stock, prices or buyer order statuses change on 1688.com',
		defaults: { name: '1688 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688Api', required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		try {
			if (event === 'orderStatusChanged') return await pollOrders.call(this);
			return await pollOffers.call(this, event === 'priceChanged' ? 'price' : 'stock');
		} catch (error) {
			throw pollError(this.getNode(), error);
		}
	}
}
