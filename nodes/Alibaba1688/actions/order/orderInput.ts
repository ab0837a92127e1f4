import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireOfferId, requireText } from '../../../shared/helpers/validation';
import { asObject, asText } from '../../../shared/helpers/values';

/**
 * What Order → Preview and Order → Create share: the shipping address, the cart (a list in the editor
 * or JSON from an earlier node), the trade flow, their fields and their validation. Everything is
 * checked before a request is sent.
 */

type ShowFor = Record<string, string[]>;

/** The order flows of alibaba.trade.fastCreateOrder / alibaba.createOrder.preview. */
const FLOW_OPTIONS = [
	{
		name: 'Boutique Distribution Price',
		value: 'boutiquefenxiao',
		description: 'Curated supply at the distribution price (free shipping for a quantity of 1)',
	},
	{
		name: 'Boutique Wholesale Price',
		value: 'boutiquepifa',
		description: 'Curated supply at the wholesale price (for quantities above 2)',
	},
	{ name: 'Distribution', value: 'fenxiao', description: 'A distribution (fenxiao) order' },
	{ name: 'General Marketplace', value: 'general', description: 'An ordinary 1688 marketplace order' },
	{ name: 'Group Buy', value: 'paired', description: 'A group-buy (huopin) order' },
	{
		name: 'Sale Proxy',
		value: 'saleproxy',
		description: 'A consignment order; 1688 checks your distribution relationship with the seller',
	},
];

const CART_JSON_HINT =
	'Give a JSON array of cart lines, e.g. [{"offerId": "624392716873", "specId": "b266e0726506185beaf205cbae88530d", "quantity": 2}].';

function addressField(
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
	required: boolean,
	show: ShowFor,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required,
		default: '',
		placeholder,
		description,
		displayOptions: { show },
	};
}

/** The editor fields of an order's address, cart and flow, shown for `show`. */
export function orderInputFields(show: ShowFor): INodeProperties[] {
	return [
		addressField('Recipient Name', 'fullName', '张三', 'Name of the person receiving the goods', true, show),
		addressField('Mobile', 'mobile', '13800138000', 'Mainland China mobile number of the recipient (11 digits)', true, show),
		addressField('Province', 'provinceText', '浙江省', 'Province as written in Chinese, e.g. 浙江省', true, show),
		addressField('City', 'cityText', '杭州市', 'City as written in Chinese, e.g. 杭州市', true, show),
		addressField('District', 'areaText', '滨江区', 'District or county, e.g. 滨江区', false, show),
		addressField('Town', 'townText', '长河街道', 'Town or street district, if any', false, show),
		addressField('Street Address', 'address', '网商路699号', 'Street, number and building', true, show),
		addressField('Postal Code', 'postCode', '310052', 'Six-digit postal code', false, show),
		{
			displayName: 'Cart Source',
			name: 'cartSource',
			type: 'options',
			options: [
				{ name: 'JSON', value: 'json', description: 'A JSON array of lines, e.g. from an earlier node' },
				{ name: 'UI List', value: 'ui', description: 'Lines entered here' },
			],
			default: 'ui',
			description: 'Where the goods to order come from',
			displayOptions: { show },
		},
		{
			displayName: 'Cart',
			name: 'cart',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line',
			default: {},
			description: 'The goods to order, all from one seller',
			displayOptions: { show: { ...show, cartSource: ['ui'] } },
			options: [
				{
					displayName: 'Line',
					name: 'line',
					values: [
						{
							displayName: 'Offer ID',
							name: 'offerId',
							type: 'string',
							default: '',
							placeholder: '624392716873',
							description: 'The offer ID (12-13 digits, from Product → Search or Get), or the offer page URL',
						},
						{
							displayName: 'Spec ID',
							name: 'specId',
							type: 'string',
							default: '',
							placeholder: 'b266e0726506185beaf205cbae88530d',
							description:
								'The SKU\'s specId, 32 letters and digits; a SKU is one variant of the offer (e.g. colour and size) and Product → Get lists specId per SKU. May be empty for an offer with a single SKU.',
						},
						{
							displayName: 'Quantity',
							name: 'quantity',
							type: 'number',
							typeOptions: { minValue: 1, numberPrecision: 0 },
							default: 1,
							description: 'How many units (pieces) of this SKU to buy',
						},
					],
				},
			],
		},
		{
			displayName: 'Cart (JSON)',
			name: 'cartJson',
			type: 'json',
			default: '[]',
			description:
				'The goods to order as a JSON array of {"offerId", "specId", "quantity"} lines, all from one seller: offerId from Product → Search or Get, specId from the SKUs of Product → Get, quantity in pieces. An expression may give the array itself.',
			displayOptions: { show: { ...show, cartSource: ['json'] } },
		},
		{
			displayName: 'Flow',
			name: 'flow',
			type: 'options',
			options: FLOW_OPTIONS,
			default: 'general',
			description: 'The 1688 order flow; prices and buyer protection can differ between flows',
			displayOptions: { show },
		},
	];
}

/** The address 1688 expects in `addressParam`, checked. */
export interface OrderAddress extends IDataObject {
	fullName: string;
	mobile: string;
	provinceText: string;
	cityText: string;
	address: string;
}

/** A mainland China mobile number: 11 digits from 1, optionally written with +86, spaces or dashes. */
export function normalizeMobile(value: unknown): string {
	const text = typeof value === 'string' ? value.replace(/[\s-]/g, '') : '';
	const digits = text.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
	if (!/^1[3-9]\d{9}$/.test(digits)) {
		throw new InputError(
			'Mobile',
			`must be a mainland China mobile number (11 digits starting with 1), got ${JSON.stringify(value)}`,
			'1688 delivers only to addresses in mainland China; give the recipient\'s mobile number, e.g. 13800138000.',
		);
	}
	return digits;
}

function optionalText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Checks the address fields (keyed by their API names) and returns `addressParam`. */
export function parseAddress(fields: Record<string, unknown>): OrderAddress {
	const address: OrderAddress = {
		fullName: requireText('Recipient Name', fields.fullName),
		mobile: normalizeMobile(fields.mobile),
		provinceText: requireText('Province', fields.provinceText),
		cityText: requireText('City', fields.cityText),
		address: requireText('Street Address', fields.address),
	};
	const areaText = optionalText(fields.areaText);
	const townText = optionalText(fields.townText);
	const postCode = optionalText(fields.postCode);
	if (postCode !== undefined && !/^\d{6}$/.test(postCode)) {
		throw new InputError('Postal Code', `must be 6 digits, got ${JSON.stringify(fields.postCode)}`);
	}
	if (areaText !== undefined) address.areaText = areaText;
	if (townText !== undefined) address.townText = townText;
	if (postCode !== undefined) address.postCode = postCode;
	return address;
}

/** One line of `cargoParamList`. */
export interface CartLine extends IDataObject {
	offerId: number | string;
	specId?: string;
	quantity: number;
}

function requireQuantity(field: string, value: unknown): number {
	const quantity = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
		throw new InputError(field, `must be a whole number of at least 1, got ${JSON.stringify(value)}`);
	}
	return quantity;
}

function parseLine(raw: unknown, lineNumber: number): CartLine {
	const line = asObject(raw);
	const where = `(cart line ${lineNumber})`;
	const offerId = requireOfferId(`Offer ID ${where}`, line.offerId ?? line.offerID);
	const specId = asText(line.specId)?.trim();
	if (specId !== undefined && specId !== '' && !/^[A-Za-z0-9_-]{1,64}$/.test(specId)) {
		throw new InputError(`Spec ID ${where}`, `must be a 1688 spec ID (letters and digits), got ${JSON.stringify(line.specId)}`);
	}
	const cartLine: CartLine = {
		// Offer IDs are 12-13 digits, exact as JSON numbers, which is what the API documents (Long).
		offerId: Number.isSafeInteger(Number(offerId)) ? Number(offerId) : offerId,
		quantity: requireQuantity(`Quantity ${where}`, line.quantity),
	};
	if (specId) cartLine.specId = specId;
	return cartLine;
}

function cartLinesFromJson(value: unknown): unknown[] {
	let parsed = value;
	if (typeof value === 'string') {
		let syntaxError: string | undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			syntaxError = (error as Error).message;
		}
		if (syntaxError !== undefined) throw new InputError('Cart (JSON)', `is not valid JSON (${syntaxError})`, CART_JSON_HINT);
	}
	if (Array.isArray(parsed)) return parsed;
	// A single line given as an object is a cart of one line.
	if (typeof parsed === 'object' && parsed !== null) return [parsed];
	throw new InputError('Cart (JSON)', `must be a JSON array of cart lines, got ${JSON.stringify(parsed)}`, CART_JSON_HINT);
}

/** Checks a cart given as editor rows (`{ line: [...] }`) or as JSON, and returns `cargoParamList`. */
export function parseCart(source: string, value: unknown): CartLine[] {
	const lines = source === 'json' ? cartLinesFromJson(value) : (asObject(value).line as unknown[] | undefined) ?? [];
	if (!Array.isArray(lines) || lines.length === 0) {
		throw new InputError(source === 'json' ? 'Cart (JSON)' : 'Cart', 'needs at least one line', CART_JSON_HINT);
	}
	return lines.map((line, index) => parseLine(line, index + 1));
}

const ADDRESS_PARAMETERS = ['fullName', 'mobile', 'provinceText', 'cityText', 'areaText', 'townText', 'address', 'postCode'];

/** Reads and checks the address, cart and flow of one item: the parameters both operations send. */
export function readOrderInput(
	this: IExecuteFunctions,
	itemIndex: number,
): { addressParam: OrderAddress; cargoParamList: CartLine[]; flow: string } {
	const fields = Object.fromEntries(
		ADDRESS_PARAMETERS.map((name) => [name, this.getNodeParameter(name, itemIndex, '')]),
	);
	const source = this.getNodeParameter('cartSource', itemIndex, 'ui') as string;
	const cart = this.getNodeParameter(source === 'json' ? 'cartJson' : 'cart', itemIndex, source === 'json' ? '[]' : {});
	return {
		addressParam: parseAddress(fields),
		cargoParamList: parseCart(source, cart),
		flow: this.getNodeParameter('flow', itemIndex, 'general') as string,
	};
}
