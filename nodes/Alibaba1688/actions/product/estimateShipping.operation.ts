import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { listEntries, listInputFields, readListInput, type ListInput } from '../listInput';
import { crossBorderPayload, jsonId } from '../../../shared/helpers/crossBorder';
import { InputError } from '../../../shared/helpers/inputError';
import { regionCodes } from '../../helpers/simplifyAddress';
import { simplifyFreightEstimate } from '../../helpers/simplifyFreight';
import {
	requireNumericId,
	requireOfferId,
	requireQuantity,
} from '../../../shared/helpers/validation';
import { asObject } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { offerIdField } from './productFields';
import { API } from '../../../shared/apis';

/**
 * The shipping fee of buying an offer, to a district of mainland China (com.alibaba.fenxiao.crossborder:
 * product.freight.estimate): the seller's freight template applied to the SKU quantities, with the weight and
 * package size of one piece. The API takes the province, city and district codes; they nest (GB/T 2260), so
 * the 6-digit district code is enough.
 */

const showFor = { resource: ['product'], operation: ['estimateShipping'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

/** Where an item's SKU quantities are: editor rows or JSON. */
const SKU_QUANTITIES: ListInput = {
	sourceName: 'quantitiesSource',
	rowsName: 'skuQuantities',
	rowName: 'sku',
	jsonName: 'skuQuantitiesJson',
	rowsLabel: 'SKU Quantities',
	jsonLabel: 'SKU Quantities (JSON)',
	what: 'SKU quantities',
	emptyMessage: 'needs at least one SKU with a quantity',
	hint: 'Give a JSON array of SKU quantities, e.g. [{"skuId": "5012345678901", "quantity": 3}].',
};

export const description: INodeProperties[] = [
	offerIdField(
		showFor,
		'The offer (product listing) ID, 12-13 digits as Search gives it in offerId, or the offer page URL such as https://detail.1688.com/offer/624392716873.html',
	),
	{
		displayName: 'District Code',
		name: 'districtCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 330108',
		description:
			"Where the goods go: the 6-digit code of a mainland China district (e.g. your forwarder's warehouse), as Address → Parse or Address → Get Many give it",
		displayOptions: { show: showFor },
	},
	...listInputFields(showFor, SKU_QUANTITIES, {
		sourceDisplayName: 'Quantities Source',
		sourceDescription: 'Where the SKU quantities come from',
		jsonOption: 'A JSON array of {"skuId", "quantity"}, e.g. from an earlier node',
		uiOption: 'SKU quantities entered here',
		rowDisplayName: 'SKU',
		placeholder: 'Add SKU',
		rowsDescription: 'How many pieces of which SKUs of the offer',
		rowValues: [
			{
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 5012345678901',
				description: "The SKU's numeric ID (Product → Get shows it per SKU)",
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many pieces',
			},
		],
		jsonDescription:
			'A JSON array of {"skuId", "quantity"}; an expression may give the array itself',
	}),
	simplifyField(
		showFor,
		'estimate (freight in yuan, freeShipping, weightKg, lengthCm, widthCm, heightCm, template)',
	),
];

/** `logisticsSkuNumModels`: each SKU with its number of pieces, checked. */
function parseSkuQuantities(
	source: string,
	value: unknown,
): Array<{ skuId: string; number: number }> {
	return listEntries(SKU_QUANTITIES, source, value).map((raw, index) => {
		const line = asObject(raw);
		return {
			skuId: requireNumericId(`SKU ID (SKU ${index + 1})`, line.skuId),
			number: requireQuantity(`Quantity (SKU ${index + 1})`, line.quantity ?? line.number),
		};
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const districtCode = String(this.getNodeParameter('districtCode', itemIndex, '')).trim();
	if (!/^\d{6}$/.test(districtCode)) {
		throw new InputError(
			'District Code',
			`must be the 6-digit code of a mainland China district, e.g. 330108, got ${JSON.stringify(districtCode)}`,
			'Address → Parse turns an address into its district code.',
		);
	}
	const { source, value } = readListInput.call(this, itemIndex, SKU_QUANTITIES);
	const skus = parseSkuQuantities(source, value);
	const totalNum = skus.reduce((sum, sku) => sum + sku.number, 0);
	const { provinceCode, cityCode } = regionCodes(districtCode);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.freightEstimate, {
		productFreightQueryParamsNew: {
			offerId: jsonId(offerId),
			toProvinceCode: provinceCode,
			toCityCode: cityCode,
			toCountryCode: districtCode,
			totalNum,
			logisticsSkuNumModels: skus,
		},
	});
	return simplify
		? simplifyFreightEstimate(crossBorderPayload(response), { districtCode, quantity: totalNum })
		: response;
}
