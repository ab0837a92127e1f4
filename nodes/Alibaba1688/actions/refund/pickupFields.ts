import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { chinaDayToIso, toChinaDay } from '../../../shared/helpers/chinaTime';
import { InputError } from '../../../shared/helpers/inputError';
import { requireJsonObject } from '../../helpers/jsonInput';
import {
	preview,
	requireNumericId,
	requireQuantity,
	requireText,
} from '../../../shared/helpers/validation';
import { asObject, asTrimmedText } from '../../../shared/helpers/values';

/**
 * The fields of an official return pickup (com.alibaba.logistics:refundofficialdelivery.*): a courier collects
 * the return at an address inside China (your warehouse) and takes it to the seller.
 */

type ShowFor = Record<string, string[]>;

const ADDRESS_KEYS = ['fullName', 'mobile', 'provinceText', 'cityText', 'address'];
const ADDRESS_EXAMPLE =
	'{"fullName":"王磊","mobile":"13800138000","provinceText":"浙江省","cityText":"金华市","areaText":"义乌市","townText":"稠城街道","address":"国际商贸城B区 3号仓","postCode":"322000"}';

/** The product types a pickup order names (order.create-1, goodsType). */
export const GOODS_TYPE_OPTIONS = [
	{ name: 'Cosmetics', value: 'COSMETICS' },
	{ name: 'Daily Necessities', value: 'DAILY_NECESSITIES' },
	{ name: 'Digital', value: 'DIGITAL' },
	{ name: 'Food', value: 'FOOD' },
	{ name: 'Furniture', value: 'FURNITURE' },
	{ name: 'Gift', value: 'GIFT' },
	{ name: 'Hardware', value: 'METALS' },
	{ name: 'Other', value: 'OTHER' },
];

export function pickupOrderIdField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Pickup Order ID',
		name: 'pickupOrderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 72100011',
		description: 'The official pickup order, as Refund → Create Pickup gives it (pickupOrderId)',
		displayOptions: { show },
	};
}

export function readPickupOrderId(this: IExecuteFunctions, itemIndex: number): string {
	return requireNumericId('Pickup Order ID', this.getNodeParameter('pickupOrderId', itemIndex, ''));
}

export function packageCountField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Packages',
		name: 'packageCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many parcels the courier collects',
		displayOptions: { show },
	};
}

/** Options every pickup call takes: weight, volume, the two addresses, a coupon. */
export function pickupOptions(show: ShowFor): INodeProperties {
	return {
		displayName: 'Options',
		name: 'pickupOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Coupon ID',
				name: 'couponId',
				type: 'string',
				default: '',
				description: 'A pickup coupon of yours, as 1688 names it',
			},
			{
				displayName: 'Pickup Address (JSON)',
				name: 'senderInfo',
				type: 'json',
				default: '',
				description: `Where the courier collects the parcel, in China (1688's AddressParam); empty: the order's delivery address. E.g. ${ADDRESS_EXAMPLE}.`,
			},
			{
				displayName: 'Return Address (JSON)',
				name: 'receiverInfo',
				type: 'json',
				default: '',
				description:
					"Where the parcel goes, in 1688's AddressParam form as Pickup Address; empty: the seller's return address (Refund → Get Return Address)",
			},
			{
				displayName: 'Total Volume in Cubic Centimetres',
				name: 'totalVolume',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1000,
				description: 'Volume of all parcels together, in cubic centimetres',
			},
			{
				displayName: 'Total Weight in Grams',
				name: 'totalWeight',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1000,
				description: 'Weight of all parcels together, in grams: it sets the price',
			},
		],
	};
}

function addressOption(field: string, value: unknown): IDataObject | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const address = requireJsonObject(field, value);
	const missing = ADDRESS_KEYS.filter((key) => !asTrimmedText(address[key]));
	if (missing.length)
		throw new InputError(
			field,
			`lacks ${missing.join(', ')}`,
			`Give an address object such as ${ADDRESS_EXAMPLE}.`,
		);
	return address as IDataObject;
}

function positive(field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0)
		throw new InputError(field, `must be a number above 0, got ${preview(value)}`);
	return String(number);
}

/** What Options says, as the fields of a pickup parameter (weights and volumes as text, as the pages type them). */
export function readPickupOptions(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = asObject(this.getNodeParameter('pickupOptions', itemIndex, {}));
	return {
		totalWeight: positive('Total Weight in Grams', options.totalWeight),
		totalVolume: positive('Total Volume in Cubic Centimetres', options.totalVolume),
		couponId: asTrimmedText(options.couponId),
		senderInfo: addressOption('Pickup Address (JSON)', options.senderInfo),
		receiverInfo: addressOption('Return Address (JSON)', options.receiverInfo),
	};
}

/** The booking fields of Create Pickup and Modify Pickup: plan, day, time window, goods type, parcels. */
export function bookingFields(show: ShowFor): INodeProperties[] {
	return [
		{
			displayName: 'Plan Code',
			name: 'solutionCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 422',
			description: 'The pickup plan, its solutionCode from Refund → Get Pickup Plans',
			displayOptions: { show },
		},
		{
			displayName: 'Pickup Date',
			name: 'pickupDate',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2025-07-02',
			description:
				"The day the courier comes, in China time (yyyy-MM-dd), one of the plan's slot dates; a date-time is taken as its China day",
			displayOptions: { show },
		},
		{
			displayName: 'From',
			name: 'pickupFrom',
			type: 'string',
			required: true,
			default: '09:00',
			placeholder: 'e.g. 09:00',
			description: 'Start of the pickup window, HH:mm China time (a slot of the plan)',
			displayOptions: { show },
		},
		{
			displayName: 'To',
			name: 'pickupTo',
			type: 'string',
			required: true,
			default: '11:00',
			placeholder: 'e.g. 11:00',
			description: 'End of the pickup window, HH:mm China time',
			displayOptions: { show },
		},
		{
			displayName: 'Goods Type',
			name: 'goodsType',
			type: 'options',
			options: GOODS_TYPE_OPTIONS,
			default: 'DAILY_NECESSITIES',
			description: 'What the parcel holds, as the courier classes it',
			displayOptions: { show },
		},
		packageCountField(show),
	];
}

function clock(field: string, value: unknown): string {
	const text = requireText(field, value);
	const match = /^(\d{1,2}):(\d{2})$/.exec(text);
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
		throw new InputError(field, `must be a time HH:mm, got ${preview(value)}`);
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** The booking an item gives: {solutionCode, dateStr, gmtAcceptStart, gmtAcceptEnd, goodsType, packageCount}. */
export function readBooking(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const solutionCode = requireText(
		'Plan Code',
		this.getNodeParameter('solutionCode', itemIndex, ''),
	);
	const date = this.getNodeParameter('pickupDate', itemIndex, '');
	const dateStr = chinaDayToIso(
		toChinaDay(
			typeof date === 'string' ? date.trim().replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1$2$3') : date,
		),
	);
	if (!dateStr)
		throw new InputError('Pickup Date', `must be a date (yyyy-MM-dd), got ${preview(date)}`);
	const gmtAcceptStart = clock('From', this.getNodeParameter('pickupFrom', itemIndex, ''));
	const gmtAcceptEnd = clock('To', this.getNodeParameter('pickupTo', itemIndex, ''));
	if (gmtAcceptStart >= gmtAcceptEnd)
		throw new InputError('From', `must be before To (${gmtAcceptStart} ≥ ${gmtAcceptEnd})`);
	const goodsType = String(this.getNodeParameter('goodsType', itemIndex, ''));
	if (!GOODS_TYPE_OPTIONS.some((option) => option.value === goodsType)) {
		throw new InputError(
			'Goods Type',
			`"${goodsType}" is not one of ${GOODS_TYPE_OPTIONS.map((option) => option.value).join(', ')}`,
		);
	}
	// The pages type packageCount as text.
	const packageCount = String(
		requireQuantity('Packages', this.getNodeParameter('packageCount', itemIndex, 1)),
	);
	return { solutionCode, dateStr, gmtAcceptStart, gmtAcceptEnd, goodsType, packageCount };
}
