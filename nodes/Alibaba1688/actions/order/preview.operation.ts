import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { simplifyOrderPreview } from '../../../shared/helpers/simplifyOrder';
import { callApi } from '../../../shared/transport';
import { orderInputFields, readOrderInput } from './orderInput';
import { API } from '../../../shared/apis';


const showFor = { resource: ['order'], operation: ['preview'] };

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	...orderInputFields(showFor),
	simplifyField(showFor, 'preview per order 1688 would create (amounts in yuan)'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const input = readOrderInput.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const response = await callApi.call(this, API.orderPreview, input);
	return simplify ? simplifyOrderPreview(response) : response;
}
