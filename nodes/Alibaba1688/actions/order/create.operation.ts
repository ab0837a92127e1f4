import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { cargoOf, type CartPart } from '../../helpers/cartParts';
import { InputError } from '../../../shared/helpers/inputError';
import {
	simplifyCreatedOrders,
	type SimpleCreatedOrder,
} from '../../../shared/helpers/simplifyOrder';
import { checkLength } from '../../../shared/helpers/validation';
import { asTrimmedText } from '../../../shared/helpers/values';
import { GatewayError, type ApiRef } from '../../../shared/transport';
import { writeFailure, type UncertainOutcome } from '../writeOnce';
import { checkFlow, CROSS_BORDER_FLOWS, DOMESTIC_FLOWS, flowField } from './flows';
import { createApisOf, createOnce, orderApiField, readOrderApi } from './orderApi';
import { orderInputFields, readOrderInput } from './orderInput';
import { describePartFailure } from './partFailure';
import { cartParts, partOf } from './suppliers';
import { API } from '../../../shared/apis';

const showFor = { resource: ['order'], operation: ['create'] };
/** The longest buyer message 1688 keeps (buyerFeedback). */
const MAX_MESSAGE_LENGTH = 500;
/** The longest External Order Reference the node sends (createCrossOrder-1 types outOrderId String, no limit given). */
const MAX_REFERENCE_LENGTH = 100;

export const description: INodeProperties[] = [
	{
		displayName:
			"Places real orders that the sellers see at once, one per supplier. Each is sent exactly once: if 1688's answer is lost, the node stops and tells you to check before you run it again. Set an External Order Reference so the orders can be found.",
		name: 'createOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	orderApiField(showFor),
	...orderInputFields(showFor),
	flowField({ ...showFor, orderApi: ['automatic', 'domestic'] }, DOMESTIC_FLOWS),
	flowField({ ...showFor, orderApi: ['crossBorder'] }, CROSS_BORDER_FLOWS),
	{
		displayName: 'External Order Reference',
		name: 'outOrderId',
		type: 'string',
		default: '',
		placeholder: 'e.g. SHOP-10023',
		description:
			'Your own reference for this order (e.g. the shop order number), stored by 1688 as outOrderId on every order placed; Order → Get Many can find the orders by it',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Message to Seller',
		name: 'sellerMessage',
		type: 'string',
		default: '',
		description: 'A note the seller sees with the order (at most 500 characters)',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Options',
		name: 'createOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Cross-Border Logistics Solution ID',
				name: 'crossBorderLogisticsSolutionId',
				type: 'string',
				default: '',
				placeholder: 'e.g. GLOBAL_CAINIAO_VN_TRANSIT_LAND',
				description:
					'The sourceId of an official cross-border logistics solution to ship with (Cross-Border API only)',
				displayOptions: { show: { '/orderApi': ['automatic', 'crossBorder'] } },
			},
			{
				displayName: 'Dropshipping',
				name: 'dropshipping',
				type: 'boolean',
				default: false,
				description:
					'Whether the order is a dropshipping (transshipment) order (Cross-Border API only)',
				displayOptions: { show: { '/orderApi': ['automatic', 'crossBorder'] } },
			},
			{
				displayName: 'Trade Type',
				name: 'tradeType',
				type: 'string',
				default: '',
				placeholder: 'e.g. assureTrade',
				description:
					'How the order is paid: one of the tradeTypes Order → Preview lists for the cart; empty lets 1688 choose',
			},
		],
	},
	simplifyField(showFor, 'item per 1688 order with its ID and amounts in yuan'),
];

interface CreateOptions {
	tradeType?: string;
	dropshipping?: 'y';
	crossBorderLogisticsSolutionId?: string;
	/** The display names of the cross-border-only options that are set. */
	crossBorderOnly: string[];
}

function readCreateOptions(this: IExecuteFunctions, itemIndex: number): CreateOptions {
	const options = this.getNodeParameter('createOptions', itemIndex, {}) as IDataObject;
	const tradeType = asTrimmedText(options.tradeType);
	if (tradeType !== undefined && !/^[A-Za-z0-9_]{1,40}$/.test(tradeType)) {
		throw new InputError(
			'Trade Type',
			`must be a 1688 trade type such as assureTrade, got ${JSON.stringify(options.tradeType)}`,
		);
	}
	const dropshipping = options.dropshipping === true ? 'y' : undefined;
	const crossBorderLogisticsSolutionId = asTrimmedText(options.crossBorderLogisticsSolutionId);
	const crossBorderOnly = [
		...(dropshipping ? ['Dropshipping'] : []),
		...(crossBorderLogisticsSolutionId ? ['Cross-Border Logistics Solution ID'] : []),
	];
	// With Order API Domestic, n8n hides the two cross-border options and drops their values.
	return { tradeType, dropshipping, crossBorderLogisticsSolutionId, crossBorderOnly };
}

function uncertainOutcome(outOrderId: string | undefined): UncertainOutcome {
	const howToCheck = outOrderId
		? `use Order → Get Many with the filter External Order Reference "${outOrderId}"`
		: 'look at your newest orders with Order → Get Many (set an External Order Reference next time, so the order can be found by it)';
	return {
		message:
			'The order MAY have been created on 1688: the request was sent but its answer was lost',
		hint: `Do not run this item again before checking: ${howToCheck}. The node never sends an order a second time by itself.`,
	};
}

/** "order 2304… (SHOP-1001)", "orders 2304…, 2304…": what an answer created, for the errors of later failures. */
function describeCreated(orders: SimpleCreatedOrder[], outOrderId: string | undefined): string {
	const ids = orders.map((order) => order.orderId ?? '(no ID in the answer)');
	return `${ids.length === 1 ? 'order' : 'orders'} ${ids.join(', ')}${outOrderId ? ` (${outOrderId})` : ''}`;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const choice = readOrderApi.call(this, itemIndex);
	const { addressParam, cart } = readOrderInput.call(this, itemIndex);
	const flow = checkFlow(
		this.getNodeParameter('flow', itemIndex, 'general'),
		choice === 'crossBorder' ? CROSS_BORDER_FLOWS : DOMESTIC_FLOWS,
		choice === 'automatic'
			? 'the Automatic Order API (the flows both create APIs document)'
			: createApisOf(choice)[0].name,
	);
	const outOrderId = asTrimmedText(this.getNodeParameter('outOrderId', itemIndex, ''));
	if (outOrderId !== undefined)
		checkLength('External Order Reference', outOrderId, MAX_REFERENCE_LENGTH);
	const message = asTrimmedText(this.getNodeParameter('sellerMessage', itemIndex, ''));
	if (message !== undefined) checkLength('Message to Seller', message, MAX_MESSAGE_LENGTH);
	const options = readCreateOptions.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	const parts = await cartParts.call(this, cart);
	const paramsFor = (part: CartPart) => (api: ApiRef) => ({
		flow,
		addressParam,
		cargoParamList: cargoOf(part),
		message,
		outOrderId,
		tradeType: options.tradeType,
		...(api === API.orderCrossCreate
			? {
					dropshipping: options.dropshipping,
					crossBorderLogisticsSolutionId: options.crossBorderLogisticsSolutionId,
				}
			: {}),
	});

	// Parts go one after another: when one fails, the later ones are not sent, and nothing is re-sent.
	const created: SimpleCreatedOrder[] = [];
	const output: IDataObject[] = [];
	for (const part of parts) {
		let placed: { api: ApiRef; response: IDataObject };
		try {
			placed = await createOnce.call(this, {
				itemIndex,
				choice,
				paramsFor: paramsFor(part),
				crossBorderOnly: options.crossBorderOnly,
				done: (answer) => describeCreated(simplifyCreatedOrders(answer, outOrderId), outOrderId),
			});
		} catch (error) {
			const nodeError = writeFailure.call(this, itemIndex, error, uncertainOutcome(outOrderId));
			if (parts.length === 1) throw nodeError;
			const { message: prefix, description: details } = describePartFailure({
				failedPart: part,
				parts,
				createdOrderIds: created.map((order) => order.orderId ?? '(no ID in the answer)'),
				failedMayExist: error instanceof GatewayError && error.outcomeUnknown,
			});
			nodeError.message = `${prefix}: ${nodeError.message}`;
			nodeError.description = `${details} ${nodeError.description ?? ''}`.trim();
			throw nodeError;
		}
		const orders = simplifyCreatedOrders(placed.response, outOrderId);
		created.push(...orders);
		if (!simplify) {
			output.push(placed.response);
			continue;
		}
		for (const order of orders) {
			output.push({ ...order, orderApi: placed.api.name, ...partOf(part, parts.length) });
		}
	}
	return output;
}
