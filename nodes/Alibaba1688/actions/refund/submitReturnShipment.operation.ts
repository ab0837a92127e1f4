import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { preview, requireText } from '../../../shared/helpers/validation';
import { asTrimmedText } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { readEvidenceUrls, readRefundId, refundIdField } from './refundFields';
import { API } from '../../../shared/apis';

const showFor = { resource: ['refund'], operation: ['submitReturnShipment'] };

/** refund.returnGoods-1: description 2-200 characters, at most 10 vouchers. */
const DESCRIPTION_LENGTH = [2, 200];
const MAX_EVIDENCE = 10;

export const description: INodeProperties[] = [
	{
		displayName:
			"Once the seller agreed to the return (status 'waiting for buyer to return the goods'): ship the goods to the seller's return address (Refund → Get, or Get Return Address), then give the carrier and waybill here. Sent once.",
		name: 'returnShipmentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	refundIdField(showFor, 'A return and refund the seller agreed to'),
	{
		displayName: 'Carrier',
		name: 'carrier',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			"The courier that carries the return: pick it from 1688's list, or give its code (companyNo, e.g. ZTO, YTO, SF)",
		displayOptions: { show: showFor },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a carrier...',
				typeOptions: { searchListMethod: 'searchCarriers', searchable: true },
			},
			{
				displayName: 'By Code',
				name: 'code',
				type: 'string',
				placeholder: 'e.g. ZTO',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[A-Za-z0-9_-]+\\s*$',
							errorMessage: 'A carrier code is letters and digits, e.g. ZTO',
						},
					},
				],
			},
		],
	},
	{
		displayName: 'Waybill Number',
		name: 'waybillNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 78100000000001',
		description:
			"The return parcel's tracking number, exactly as the carrier gave it: the seller may refuse the refund for a wrong one",
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Options',
		name: 'shipmentOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor },
		options: [
			{
				displayName: 'Evidence',
				name: 'evidence',
				type: 'string',
				default: '',
				description:
					'Up to 10 photos of the parcel or its receipt, each the voucherUrl of Refund → Upload Evidence, separated by commas or new lines; 1688 needs them for any later claim',
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'A note on the shipment for the seller, 2 to 200 characters',
			},
		],
	},
];

/** The buyer's return parcel (alibaba.trade.refund.returnGoods), sent once. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const refundId = readRefundId.call(this, itemIndex);
	const carrier = requireText(
		'Carrier',
		this.getNodeParameter('carrier', itemIndex, '', { extractValue: true }),
	).toUpperCase();
	if (!/^[A-Z0-9_-]+$/.test(carrier))
		throw new InputError('Carrier', `must be a carrier code such as ZTO, got ${preview(carrier)}`);
	const freightBill = requireText(
		'Waybill Number',
		this.getNodeParameter('waybillNumber', itemIndex, ''),
	);
	if (!/^[A-Za-z0-9-]{4,40}$/.test(freightBill))
		throw new InputError(
			'Waybill Number',
			`must be the tracking number's letters and digits, got ${preview(freightBill)}`,
		);
	const options = this.getNodeParameter('shipmentOptions', itemIndex, {}) as IDataObject;
	const note = asTrimmedText(options.note);
	const [min, max] = DESCRIPTION_LENGTH;
	if (note !== undefined && ([...note].length < min || [...note].length > max))
		throw new InputError('Note', `must have ${min} to ${max} characters, has ${[...note].length}`);
	const vouchers = readEvidenceUrls('Evidence', options.evidence, MAX_EVIDENCE);
	await callWriteOnce.call(
		this,
		itemIndex,
		API.refundReturnGoods,
		{
			refundId,
			logisticsCompanyNo: carrier,
			freightBill,
			description: note,
			vouchers: vouchers.length ? vouchers : undefined,
		},
		{
			message:
				'The return shipment MAY have been recorded on 1688: the request was sent but its answer was lost',
			hint: `Check with Refund → Get (${refundId}): status 'waiting for seller to receive the return' and returnWaybill ${freightBill} mean it was.`,
		},
	);
	return {
		refundId,
		returnShipped: true,
		carrier,
		returnWaybill: freightBill,
		status: 'waiting for seller to receive the return',
		statusCode: 'waitsellerreceive',
		...(vouchers.length ? { evidence: vouchers } : {}),
	};
}
