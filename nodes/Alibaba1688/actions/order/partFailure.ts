import type { CartPart } from '../../helpers/cartParts';

/**
 * What to tell the user when one part of a split cart failed: which orders 1688 had already created
 * (by ID), which parts were never sent, and that nothing is re-sent. The failed part's own error follows.
 */
export function describePartFailure({
	failedPart,
	parts,
	createdOrderIds,
	failedMayExist,
}: {
	failedPart: CartPart;
	parts: CartPart[];
	createdOrderIds: string[];
	/** The failed part's answer was lost: it may have been created. */
	failedMayExist: boolean;
}): { message: string; description: string } {
	const count = createdOrderIds.length;
	const created =
		count === 0
			? 'no order was created for the parts before it'
			: `1688 created ${count} order${count === 1 ? '' : 's'} for the parts before it (${createdOrderIds.join(', ')})`;
	const describe = (part: CartPart) => {
		const offers = [...new Set(part.lines.map((line) => line.offerId))];
		return `part ${part.number} (${part.supplierId ? `supplier ${part.supplierId}, ` : ''}offer${offers.length === 1 ? '' : 's'} ${offers.join(', ')})`;
	};
	const notSent = parts.filter((part) => part.number > failedPart.number);
	return {
		message: `Part ${failedPart.number} of ${parts.length} of the cart failed; ${created}`,
		description: [
			`Created: ${count === 0 ? 'no order' : createdOrderIds.join(', ')}.`,
			failedMayExist
				? `Failed, and MAY have been created: ${describe(failedPart)}.`
				: `Failed, not created: ${describe(failedPart)}.`,
			`Not sent: ${notSent.length === 0 ? 'nothing' : notSent.map(describe).join('; ')}.`,
			failedMayExist
				? 'Nothing is re-sent automatically: check whether the failed part was created, keep or cancel the created orders, then order the lines still missing in a new run with only those lines.'
				: 'Nothing is re-sent automatically: keep or cancel the created orders, then order the failed and unsent lines in a new run with only those lines.',
		].join(' '),
	};
}
