import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, simplifyField } from '../common.descriptions';
import { readPaging } from '../paging';
import { fetchSavedAddresses, fetchSavedAddressItems } from './savedAddresses';

const showFor = { resource: ['address'], operation: ['getMany'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...returnAllOrLimit(showFor),
	simplifyField(
		showFor,
		'address (addressId, name, mobile, region, town, street, postCode, districtCode, isDefault)',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const addresses = simplify
		? await fetchSavedAddresses.call(this)
		: ((await fetchSavedAddressItems.call(this)) as IDataObject[]);
	return addresses.slice(0, limit);
}
