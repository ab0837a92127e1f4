import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { simplifyRefund, type SimpleRefund } from '../shared/helpers/simplifyRefund';
import { pollStatusChanges, windowParams, type StatusWatch } from './statusPoll';
import { REFUND_PAGE_SIZE, refundListPage } from '../shared/listPages';
import { readRefundStatuses, refundStatusWords } from '../shared/refundStatus';

function statusFilter(value: unknown): Set<string> | undefined {
	const statuses = readRefundStatuses(value);
	return statuses.length ? new Set(statuses) : undefined;
}

/** One refund's change: its status before and now, as codes and in words, and the refund as Refund → Get gives it. */
function statusEvent(refund: SimpleRefund, previousStatus: string | null): IDataObject {
	const { refundId, orderId, status, statusCode, ...details } = refund;
	return {
		event: 'refundStatusChanged',
		refundId,
		orderId,
		previousStatus,
		previousStatusText:
			previousStatus === null ? null : (refundStatusWords(previousStatus) ?? null),
		currentStatus: statusCode ?? null,
		currentStatusText: status ?? null,
		...details,
	};
}

/**
 * The buyer's refunds by modification time (alibaba.trade.refund.buyer.queryOrderRefundList, granted to the
 * cross-border solution), pages from 0 (its sample answers currentPageNum 0).
 */
const REFUND_WATCH: StatusWatch = {
	key: 'refunds',
	pageSize: REFUND_PAGE_SIZE,
	firstPage: 0,
	finished: new Set(['refundsuccess', 'refundclose']),
	async listPage(window, page, pageSize) {
		return await refundListPage.call(this, windowParams(window), page, pageSize);
	},
	read(record) {
		const refund = simplifyRefund(record);
		return {
			id: refund.refundId,
			status: refund.statusCode,
			event: (previous) => statusEvent(refund, previous),
		};
	},
};

/** Fetch Test Event: the latest refund (in the first wanted status, when filtered) as it is now. */
async function fetchSample(
	this: IPollFunctions,
	wanted: Set<string> | undefined,
): Promise<INodeExecutionData[][] | null> {
	const refundStatusSet = wanted ? [[...wanted][0]] : undefined;
	const {
		items: [latest],
	} = await refundListPage.call(this, { refundStatusSet }, 0, 1);
	if (!latest) return null;
	const refund = simplifyRefund(latest);
	return [[{ json: statusEvent(refund, refund.statusCode ?? null) }]];
}

/**
 * Refund Status Changed: the buyer's refunds (and returns) whose status differs from the one last seen: a baseline of
 * every refund, then the refunds modified since the previous window (statusPoll.ts), like Order Status Changed.
 */
export async function pollRefunds(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const wanted = statusFilter(options.refundStatuses);
	// The saved state is not touched by Fetch Test Event.
	if (this.getMode() === 'manual') return await fetchSample.call(this, wanted);
	const events = await pollStatusChanges.call(this, REFUND_WATCH, {
		wanted,
		emitExisting: options.emitExisting === true,
	});
	return events.length ? [events.map((json) => ({ json }))] : null;
}
