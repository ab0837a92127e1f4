import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit, simplifyField } from '../common.descriptions';
import { InputError } from '../../../shared/helpers/inputError';
import { simplifyRefund } from '../../../shared/helpers/simplifyRefund';
import { requireNumericId } from '../../../shared/helpers/validation';
import { asTrimmedText } from '../../../shared/helpers/values';
import { readRefundStatuses, REFUND_STATUS_OPTIONS } from '../../../shared/refundStatus';
import { readPaging } from '../paging';
import { timeFilter, timeRange } from '../timeFilters';
import { listRefunds } from './refundList';

const showFor = { resource: ['refund'], operation: ['getMany'] };

/** dipsuteType (sic) of queryOrderRefundList-1: 1 in-sale, 2 after-sale, 0 every refund. */
const STAGES = [
	{ name: 'All', value: '0' },
	{ name: 'After-Sale', value: '2', description: 'Refunds asked for after receipt was confirmed' },
	{ name: 'In-Sale', value: '1', description: 'Refunds asked for before receipt was confirmed' },
];

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...returnAllOrLimit(showFor),
	filtersCollection(showFor, [
		timeFilter(
			'Applied After',
			'appliedAfter',
			'Only refunds asked for at or after this time (1688 keeps the last 730 days)',
		),
		timeFilter('Applied Before', 'appliedBefore', 'Only refunds asked for at or before this time'),
		timeFilter(
			'Modified After',
			'modifiedAfter',
			'Only refunds last changed at or after this time',
		),
		timeFilter(
			'Modified Before',
			'modifiedBefore',
			'Only refunds last changed at or before this time',
		),
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2304567890123456789',
			description: 'Only the refunds of this 1688 order (19 digits, as text)',
		},
		{
			displayName: 'Refund Status',
			name: 'statuses',
			type: 'multiOptions',
			options: REFUND_STATUS_OPTIONS,
			default: [],
			description: 'Only refunds in one of these states; none selected means every state',
		},
		{
			displayName: 'Return Waybill Number',
			name: 'returnWaybill',
			type: 'string',
			default: '',
			description: 'Only the refund whose return went by this waybill (needs Seller Member ID too)',
		},
		{
			displayName: 'Seller Member ID',
			name: 'sellerMemberId',
			type: 'string',
			default: '',
			placeholder: 'e.g. b2b-1623492085',
			description: "Only refunds of this seller (the seller's memberId)",
		},
		{
			displayName: 'Stage',
			name: 'stage',
			type: 'options',
			options: STAGES,
			default: '0',
			description: 'In-sale (before receipt was confirmed) or after-sale refunds',
		},
	]),
	simplifyField(showFor, 'refund (status in words, amounts in yuan, sub-orders, return waybill)'),
];

/** The queryOrderRefundList parameters a Filters collection gives, checked. */
export function refundQuery(filters: IDataObject): IDataObject {
	const [applyStartTime, applyEndTime] = timeRange(
		filters,
		['appliedAfter', 'Applied After'],
		['appliedBefore', 'Applied Before'],
	);
	const [modifyStartTime, modifyEndTime] = timeRange(
		filters,
		['modifiedAfter', 'Modified After'],
		['modifiedBefore', 'Modified Before'],
	);
	const orderText = asTrimmedText(filters.orderId);
	const statuses = readRefundStatuses(filters.statuses);
	const sellerMemberId = asTrimmedText(filters.sellerMemberId);
	const logisticsNo = asTrimmedText(filters.returnWaybill);
	if (logisticsNo && !sellerMemberId) {
		throw new InputError(
			'Return Waybill Number',
			'needs Seller Member ID as well (1688 looks a return waybill up per seller)',
		);
	}
	const stage = String(filters.stage ?? '0');
	if (!STAGES.some((option) => option.value === stage))
		throw new InputError('Stage', `must be 0, 1 or 2, got ${stage}`);
	return {
		orderId: orderText ? requireNumericId('Order ID', orderText) : undefined,
		applyStartTime,
		applyEndTime,
		modifyStartTime,
		modifyEndTime,
		refundStatusSet: statuses.length ? statuses : undefined,
		sellerMemberId,
		logisticsNo,
		dipsuteType: stage === '0' ? undefined : stage,
	};
}

/** The buyer's refunds, newest first (alibaba.trade.refund.buyer.queryOrderRefundList). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const paging = readPaging.call(this, itemIndex);
	const query = refundQuery(this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const refunds = await listRefunds.call(this, query, paging);
	return simplify ? refunds.map(simplifyRefund) : refunds;
}
