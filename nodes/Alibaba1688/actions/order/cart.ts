import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { mergeIdenticalLines, type CartLine } from '../../helpers/cartParts';
import { InputError } from '../../../shared/helpers/inputError';
import { MAX_QUANTITY, requireOfferId, requireQuantity } from '../../../shared/helpers/validation';
import { asObject, asText } from '../../../shared/helpers/values';
import { listEntries, listInputFields, readListInput, type ListInput } from '../listInput';

/** The cart of Order → Preview and Order → Create: editor rows or JSON, checked line by line before anything is sent. */

type ShowFor = Record<string, string[]>;

const CART_JSON_HINT =
	'Give a JSON array of cart lines, e.g. [{"offerId": "624392716873", "specId": "b266e0726506185beaf205cbae88530d", "quantity": 2}].';

const SUPPLIER_DESCRIPTION =
	"The supplier's ID (sellerOpenId of the cross-border product detail), if you have it; otherwise the node looks it up when the cart holds several offers, to place one order per supplier";

/** Where an item's cart is: editor rows or JSON. */
const CART: ListInput = {
	sourceName: 'cartSource',
	rowsName: 'cart',
	rowName: 'line',
	jsonName: 'cartJson',
	rowsLabel: 'Cart',
	jsonLabel: 'Cart (JSON)',
	what: 'cart lines',
	emptyMessage: 'needs at least one line',
	hint: CART_JSON_HINT,
};

export function cartFields(show: ShowFor): INodeProperties[] {
	return listInputFields(show, CART, {
		sourceDisplayName: 'Cart Source',
		sourceDescription: 'Where the goods to order come from',
		jsonOption: 'A JSON array of lines, e.g. from an earlier node',
		uiOption: 'Lines entered here',
		rowDisplayName: 'Line',
		placeholder: 'Add Line',
		rowsDescription:
			'The goods to order; lines of several suppliers become one 1688 order per supplier',
		rowValues: [
			{
				displayName: 'Offer ID',
				name: 'offerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 624392716873',
				description:
					'The offer ID (12-13 digits, from Product → Search or Get), or the offer page URL',
			},
			{
				displayName: 'Spec ID',
				name: 'specId',
				type: 'string',
				default: '',
				placeholder: 'e.g. b266e0726506185beaf205cbae88530d',
				description:
					"The SKU's specId, 32 letters and digits; a SKU is one variant of the offer (e.g. colour and size) and Product → Get lists specId per SKU. Required by 1688 for every line.",
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many units (pieces) of this SKU to buy',
			},
			{
				displayName: 'Supplier ID',
				name: 'supplierId',
				type: 'string',
				default: '',
				description: SUPPLIER_DESCRIPTION,
			},
		],
		jsonDescription:
			'The goods to order as a JSON array of {"offerId", "specId", "quantity"} lines (optionally "supplierId"): offerId from Product → Search or Get, specId from the SKUs of Product → Get, quantity in pieces. An expression may give the array itself.',
	});
}

function parseLine(raw: unknown, lineNumber: number): CartLine {
	const line = asObject(raw);
	const where = `(cart line ${lineNumber})`;
	const offerId = requireOfferId(`Offer ID ${where}`, line.offerId ?? line.offerID);
	const specId = asText(line.specId)?.trim() ?? '';
	if (!/^[A-Za-z0-9_-]{1,64}$/.test(specId)) {
		throw new InputError(
			`Spec ID ${where}`,
			specId === ''
				? 'is required: 1688 needs the SKU of every line'
				: `must be a 1688 spec ID (letters and digits), got ${JSON.stringify(line.specId)}`,
			'Product → Get lists every SKU of an offer with its spec ID.',
		);
	}
	const cartLine: CartLine = {
		offerId,
		specId,
		quantity: requireQuantity(`Quantity ${where}`, line.quantity),
	};
	const supplierId = asText(line.supplierId ?? line.sellerOpenId)?.trim();
	if (supplierId) cartLine.supplierId = supplierId;
	return cartLine;
}

/**
 * The most lines one item's cart may have: four full orders of 50 SKUs. More is a runaway expression, or a
 * list meant for several items; a hostile test placed 200 real orders from one item of 10,000 lines.
 */
export const MAX_CART_LINES = 200;

/**
 * Checks a cart given as editor rows (`{ line: [...] }`) or as JSON: at most MAX_CART_LINES lines, every line
 * with offer, spec and quantity; identical lines (same offer and SKU) merged into one.
 */
export function parseCart(source: string, value: unknown): CartLine[] {
	const entries = listEntries(CART, source, value);
	const field = source === 'json' ? CART.jsonLabel : CART.rowsLabel;
	if (entries.length > MAX_CART_LINES) {
		throw new InputError(
			field,
			`has ${entries.length} lines; one item may order at most ${MAX_CART_LINES}`,
			'Give the goods of each shop order as one input item (each becomes its own 1688 orders), or check the expression that builds the cart.',
		);
	}
	const lines = entries.map((line, index) => parseLine(line, index + 1));
	return mergeIdenticalLines(lines, MAX_QUANTITY, (problem) => new InputError(field, problem));
}

/** The cart of one item, as the Cart Source chose it, checked. */
export function readCart(this: IExecuteFunctions, itemIndex: number): CartLine[] {
	const { source, value } = readListInput.call(this, itemIndex, CART);
	return parseCart(source, value);
}
