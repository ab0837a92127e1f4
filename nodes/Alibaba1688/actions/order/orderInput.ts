import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CartLine } from '../../helpers/cartParts';
import { jsonId } from '../../../shared/helpers/crossBorder';
import { InputError } from '../../../shared/helpers/inputError';
import { checkLength, requireNumericId, requireText } from '../../../shared/helpers/validation';
import { asTrimmedText } from '../../../shared/helpers/values';
import { textField } from '../common.descriptions';
import { cartFields, readCart } from './cart';

/**
 * What Order → Preview and Order → Create share: the delivery address (a saved one from a picker, or typed)
 * and the cart, their fields and their validation. Everything is checked before a request is sent.
 *
 * addressParam takes three forms, which 1688 reads in this priority (createCrossOrder's doc page, "Shipping
 * address description"): {"addressId"} of a saved address (alibaba.trade.receiveAddress.get); a districtCode
 * (Address → Parse) with name, phone and street; province/city/district as text.
 */

type ShowFor = Record<string, string[]>;

/** The editor fields of an order's delivery address, shown for `show`. */
export function deliveryAddressFields(show: ShowFor): INodeProperties[] {
	const typed = { ...show, addressSource: ['typed'] };
	return [
		{
			displayName: 'Delivery Address',
			name: 'addressSource',
			type: 'options',
			options: [
				{
					name: 'Saved Address',
					value: 'saved',
					description: 'One of the delivery addresses saved in the 1688 account',
				},
				{
					name: 'Typed Fields',
					value: 'typed',
					description: 'Recipient, phone and address entered here',
				},
			],
			default: 'typed',
			description: 'Where the goods go',
			displayOptions: { show },
		},
		{
			displayName: 'Saved Address',
			name: 'savedAddress',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description:
				'A delivery address saved in the 1688 account; Address → Get Many lists them with their IDs',
			displayOptions: { show: { ...show, addressSource: ['saved'] } },
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select an address...',
					typeOptions: { searchListMethod: 'searchSavedAddresses', searchable: true },
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: 'e.g. 322683081',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: '^\\s*\\d+\\s*$',
								errorMessage: 'A saved address ID is a number, e.g. 322683081',
							},
						},
					],
				},
			],
		},
		textField(
			'Recipient Name',
			'fullName',
			'张三',
			'Name of the person receiving the goods',
			true,
			typed,
		),
		textField(
			'Mobile',
			'mobile',
			'13800138000',
			'Mobile number of the recipient: 11 digits for mainland China; with a District Code also an international number, e.g. +4915112345678',
			true,
			typed,
		),
		textField(
			'District Code',
			'districtCode',
			'330108',
			'The address code Address → Parse gives (6 digits for a mainland district, longer for an overseas place); when set, Province and City may stay empty',
			false,
			typed,
		),
		textField(
			'Province',
			'provinceText',
			'浙江省',
			'Province as written in Chinese, e.g. 浙江省 (not needed with a District Code)',
			false,
			typed,
		),
		textField(
			'City',
			'cityText',
			'杭州市',
			'City as written in Chinese, e.g. 杭州市 (not needed with a District Code)',
			false,
			typed,
		),
		textField('District', 'areaText', '滨江区', 'District or county, e.g. 滨江区', false, typed),
		textField('Town', 'townText', '长河街道', 'Town or street district, if any', false, typed),
		textField(
			'Street Address',
			'address',
			'网商路699号',
			'Street, number and building',
			true,
			typed,
		),
		textField('Postal Code', 'postCode', '310052', 'Six-digit postal code', false, typed),
	];
}

/** The editor fields of an order's delivery address and cart, shown for `show`. */
export function orderInputFields(show: ShowFor): INodeProperties[] {
	return [...deliveryAddressFields(show), ...cartFields(show)];
}

/** A typed address as 1688 expects it in `addressParam`, checked. */
export interface OrderAddress extends IDataObject {
	fullName: string;
	mobile: string;
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
			"Without a District Code 1688 delivers to mainland China addresses: give the recipient's mobile number, e.g. 13800138000, or parse an overseas address with Address → Parse and give its code.",
		);
	}
	return digits;
}

/** Any phone number (with a District Code the address may be overseas): digits with an optional +, spaces or dashes. */
function internationalPhone(value: unknown): string {
	const text = typeof value === 'string' ? value.replace(/[\s-]/g, '') : '';
	if (!/^\+?\d{5,20}$/.test(text)) {
		throw new InputError(
			'Mobile',
			`must be a phone number (digits, optionally starting with +), got ${JSON.stringify(value)}`,
		);
	}
	return text;
}

/**
 * The longest text each address field may have. 1688's pages give no limits (alibaba.trade.fast.address types
 * them String); these are several times a real address, to refuse runaway input (a 100,000-character address
 * went to 1688 in a hostile test) before anything is sent.
 */
const MAX_LENGTHS: Record<string, number> = {
	fullName: 50,
	address: 200,
	provinceText: 50,
	cityText: 50,
	areaText: 50,
	townText: 50,
};

const FIELD_NAMES: Record<string, string> = {
	fullName: 'Recipient Name',
	address: 'Street Address',
	provinceText: 'Province',
	cityText: 'City',
	areaText: 'District',
	townText: 'Town',
	postCode: 'Postal Code',
};

/** Checks typed address fields (keyed by their API names) and returns `addressParam`. */
export function parseAddress(fields: Record<string, unknown>): OrderAddress {
	const districtCode = asTrimmedText(fields.districtCode);
	if (districtCode !== undefined && !/^\d{6,20}$/.test(districtCode)) {
		throw new InputError(
			'District Code',
			`must be the digits of an address code, e.g. 330108, got ${JSON.stringify(fields.districtCode)}`,
		);
	}
	const required = (key: string) => requireText(FIELD_NAMES[key], fields[key], MAX_LENGTHS[key]);
	const address: OrderAddress = {
		fullName: required('fullName'),
		mobile:
			districtCode === undefined
				? normalizeMobile(fields.mobile)
				: internationalPhone(fields.mobile),
		address: required('address'),
	};
	if (districtCode === undefined) {
		address.provinceText = required('provinceText');
		address.cityText = required('cityText');
	} else {
		address.districtCode = districtCode;
	}
	// With a District Code, Province and City are optional too.
	const optional = [
		...(districtCode === undefined ? [] : ['provinceText', 'cityText']),
		'areaText',
		'townText',
		'postCode',
	];
	for (const key of optional) {
		const value = asTrimmedText(fields[key]);
		if (value !== undefined)
			address[key] =
				MAX_LENGTHS[key] === undefined
					? value
					: checkLength(FIELD_NAMES[key], value, MAX_LENGTHS[key]);
	}
	if (address.postCode !== undefined && !/^\d{6}$/.test(String(address.postCode))) {
		throw new InputError('Postal Code', `must be 6 digits, got ${JSON.stringify(fields.postCode)}`);
	}
	return address;
}

const ADDRESS_PARAMETERS = [
	'fullName',
	'mobile',
	'districtCode',
	'provinceText',
	'cityText',
	'areaText',
	'townText',
	'address',
	'postCode',
];

/** The `addressParam` of an item: {"addressId"} of the picked saved address, or the typed address. */
export function readDeliveryAddress(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const source = this.getNodeParameter('addressSource', itemIndex, 'typed') as string;
	if (source === 'saved') {
		const id = requireNumericId(
			'Saved Address',
			this.getNodeParameter('savedAddress', itemIndex, '', { extractValue: true }),
		);
		// A Long in the API: a JSON number while exact (saved-address IDs have 9-10 digits).
		return { addressId: jsonId(id) };
	}
	const fields = Object.fromEntries(
		ADDRESS_PARAMETERS.map((name) => [name, this.getNodeParameter(name, itemIndex, '')]),
	);
	return parseAddress(fields);
}

/** Reads and checks the address and cart of one item: what both operations send. */
export function readOrderInput(
	this: IExecuteFunctions,
	itemIndex: number,
): { addressParam: IDataObject; cart: CartLine[] } {
	return {
		addressParam: readDeliveryAddress.call(this, itemIndex),
		cart: readCart.call(this, itemIndex),
	};
}
