import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField, textField } from '../common.descriptions';
import {
	overseasParseFailure,
	simplifyMainlandAddress,
	simplifyOverseasAddress,
} from '../../helpers/simplifyAddress';
import { InputError } from '../../../shared/helpers/inputError';
import { requireText } from '../../../shared/helpers/validation';
import { asTrimmedText } from '../../../shared/helpers/values';
import { callApi, formatApiId, GatewayError } from '../../../shared/transport';
import { API } from '../../../shared/apis';

const showFor = { resource: ['address'], operation: ['parse'] };
const showMainland = { ...showFor, region: ['mainland'] };
const showOverseas = { ...showFor, region: ['overseas'] };

/** Only reads (1688 parses, nothing is saved): input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName: 'Region',
		name: 'region',
		type: 'options',
		options: [
			{
				name: 'Mainland China',
				value: 'mainland',
				description: 'A Chinese address as one text (alibaba.trade.addresscode.parse)',
			},
			{
				name: 'Overseas',
				value: 'overseas',
				description:
					'Country, province, city and district of an address outside mainland China (trade.address.parseText)',
			},
		],
		default: 'mainland',
		description:
			'Where the address is: 1688 parses mainland and overseas addresses with different APIs',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Address Text',
		name: 'addressText',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 浙江省 杭州市 滨江区网商路699号',
		description:
			'The whole address as written, province first; the result has its district code (for Create, Preview and Estimate Shipping) and the street part',
		displayOptions: { show: showMainland },
	},
	textField(
		'Country',
		'country',
		'Kazakhstan',
		'The country, as written in the address',
		true,
		showOverseas,
	),
	textField(
		'Province',
		'province',
		'Акмолинская область',
		'The province, state or region',
		true,
		showOverseas,
	),
	textField('City', 'city', 'Кокшетау', 'The city', true, showOverseas),
	// trade.address.parseText-1 marks area (District) required, as country, province and city.
	textField(
		'District',
		'district',
		'Кокшетау',
		"The district or area (1688 requires it); for a place without districts, the city again, as 1688's own example does",
		true,
		showOverseas,
	),
	simplifyField(
		showFor,
		'address with its codes (districtCode, provinceCode, cityCode, street, postCode; overseas: addressCode, country, province, city, district)',
	),
];

function requireDistrict(value: unknown): string {
	const district = asTrimmedText(value);
	if (district === undefined) {
		throw new InputError(
			'District',
			'is required and must not be empty',
			'1688 parses an overseas address only with its district; for a place without districts, give the city again',
		);
	}
	return district;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const region = this.getNodeParameter('region', itemIndex, 'mainland') as string;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	if (region === 'overseas') {
		const param = {
			country: requireText('Country', this.getNodeParameter('country', itemIndex)),
			province: requireText('Province', this.getNodeParameter('province', itemIndex)),
			city: requireText('City', this.getNodeParameter('city', itemIndex)),
			area: requireDistrict(this.getNodeParameter('district', itemIndex, '')),
		};
		const response = await callApi.call(this, API.addressTextParse, { param });
		const failure = overseasParseFailure(response);
		if (failure)
			throw new GatewayError({
				api: formatApiId(API.addressTextParse),
				code: failure.code,
				gatewayMessage: failure.message,
			});
		return simplify ? simplifyOverseasAddress(response) : response;
	}
	const addressInfo = requireText('Address Text', this.getNodeParameter('addressText', itemIndex));
	const response = await callApi.call(this, API.addressCodeParse, { addressInfo });
	return simplify ? simplifyMainlandAddress(response) : response;
}
