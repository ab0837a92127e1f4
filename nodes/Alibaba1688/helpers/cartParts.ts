import { jsonId } from '../../shared/helpers/crossBorder';

/**
 * Splitting a cart into the orders 1688 can take: createCrossOrder takes the goods of one supplier and at
 * most 50 SKUs per order ("For multiple suppliers or more than 50 SKUs, split the order yourself before
 * submitting", its doc page), and preview checks one supplier at a time. The official Python SDK's comment
 * allows up to 100 SKUs; 50 is within both.
 */

/** One checked cart line: what `cargoParamList` takes, plus the supplier when the cart names it. */
export interface CartLine {
	offerId: string;
	specId: string;
	quantity: number;
	/** The supplier (the cross-border detail's `sellerOpenId`), when the cart line gives it. */
	supplierId?: string;
}

/** One order's worth of the cart. */
export interface CartPart {
	/** 1-based, in cart order. */
	number: number;
	/** The supplier the part is for, when known. */
	supplierId?: string;
	lines: CartLine[];
}

export const MAX_LINES_PER_ORDER = 50;

/**
 * The offers whose supplier has to be looked up before the cart can be split: none when the cart holds a
 * single offer (one offer has one supplier) or every line names its supplier.
 */
export function offersWithoutSupplier(lines: CartLine[]): string[] {
	const offers = [...new Set(lines.map((line) => line.offerId))];
	if (offers.length < 2) return [];
	return offers.filter((offerId) =>
		lines.some((line) => line.offerId === offerId && line.supplierId === undefined),
	);
}

/**
 * The cart as orders: lines grouped by supplier (in the order suppliers first appear), each group cut into
 * parts of at most `maxLines` lines. `supplierOf` gives a line's supplier; lines without one form a group of
 * their offer alone, which is never wrong (at worst one order more than needed).
 */
export function splitCart(
	lines: CartLine[],
	supplierOf: (line: CartLine) => string | undefined = (line) => line.supplierId,
	maxLines = MAX_LINES_PER_ORDER,
): CartPart[] {
	const offers = new Set(lines.map((line) => line.offerId));
	const groups = new Map<string, { supplierId?: string; lines: CartLine[] }>();
	for (const line of lines) {
		const supplierId = supplierOf(line);
		// A single-offer cart is one supplier even when nobody named it.
		const key =
			supplierId !== undefined
				? `supplier:${supplierId}`
				: offers.size === 1
					? 'cart'
					: `offer:${line.offerId}`;
		const group = groups.get(key) ?? { supplierId, lines: [] };
		group.lines.push(line);
		groups.set(key, group);
	}
	const parts: CartPart[] = [];
	for (const group of groups.values()) {
		for (let start = 0; start < group.lines.length; start += maxLines) {
			const part: CartPart = {
				number: parts.length + 1,
				lines: group.lines.slice(start, start + maxLines),
			};
			if (group.supplierId !== undefined) part.supplierId = group.supplierId;
			parts.push(part);
		}
	}
	return parts;
}

/** `cargoParamList` of a part: offer IDs as JSON numbers (12-13 digits, exact), the documented Long. */
export function cargoOf(
	part: CartPart,
): Array<{ offerId: number | string; specId: string; quantity: number }> {
	return part.lines.map((line) => ({
		offerId: jsonId(line.offerId),
		specId: line.specId,
		quantity: line.quantity,
	}));
}

/**
 * The cart with identical lines (same offer and SKU) merged into one, quantities added, in the order the SKUs
 * first appear: 1688 would take them as separate cargo entries of one order, or split them over orders.
 * `problem` is told why lines cannot be merged (their supplier IDs differ) or the sum is too large.
 */
export function mergeIdenticalLines(
	lines: CartLine[],
	maxQuantity: number,
	problem: (message: string) => Error,
): CartLine[] {
	const merged = new Map<string, CartLine>();
	const lineNumbers = new Map<string, number[]>();
	for (const [index, line] of lines.entries()) {
		const key = `${line.offerId} ${line.specId}`;
		const numbers = [...(lineNumbers.get(key) ?? []), index + 1];
		lineNumbers.set(key, numbers);
		const earlier = merged.get(key);
		if (!earlier) {
			merged.set(key, { ...line });
			continue;
		}
		const where = `cart lines ${numbers.join(', ')} (offer ${line.offerId}, spec ${line.specId})`;
		if (
			line.supplierId !== undefined &&
			earlier.supplierId !== undefined &&
			line.supplierId !== earlier.supplierId
		) {
			throw problem(
				`${where} are the same SKU with different Supplier IDs (${earlier.supplierId}, ${line.supplierId})`,
			);
		}
		earlier.quantity += line.quantity;
		earlier.supplierId ??= line.supplierId;
		if (earlier.quantity > maxQuantity) {
			throw problem(
				`${where} are the same SKU and add up to ${earlier.quantity} pieces, more than the ${maxQuantity.toLocaleString('en-US')} one line may ask for`,
			);
		}
	}
	return [...merged.values()];
}
