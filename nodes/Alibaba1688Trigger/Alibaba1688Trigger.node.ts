import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { triggerProperties } from './description';
import { pollMessages } from './messagePoll';
import { pollOffers } from './offerPoll';
import { pollOrders } from './orderPoll';
import { pollRefunds } from './refundPoll';
import { pollError } from './pollErrors';
import { CREDENTIALS, PACKAGE_ICON } from '../shared/fields';

export class Alibaba1688Trigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Trigger',
		name: 'alibaba1688Trigger',
		icon: PACKAGE_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		// n8n's nodes panel merges this trigger into the 1688 node's entry (same name but "Trigger") and shows this
		// description there, above the node's actions and triggers: so it speaks for both.
		description:
			"Source products and buy on 1688.com, Alibaba's B2B wholesale marketplace, and start workflows when stock, prices, orders or refunds change or 1688 sends a message",
		defaults: { name: '1688 Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		try {
			if (event === 'orderStatusChanged') return await pollOrders.call(this);
			if (event === 'refundStatusChanged') return await pollRefunds.call(this);
			if (event === 'messagesPulled') return await pollMessages.call(this);
			return await pollOffers.call(this, event === 'priceChanged' ? 'price' : 'stock');
		} catch (error) {
			throw pollError(this.getNode(), error);
		}
	}
}
