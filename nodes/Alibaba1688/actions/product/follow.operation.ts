import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { followDescription, setFollowing } from './followRelation';

export const description = followDescription(
	'follow',
	'The offer to follow: its ID or offer page URL, e.g. 624392716873. 1688 sends stock (PRODUCT_PRODUCT_INVENTORY_CHANGE) and distribution price (FENXIAO_PRICE_CHANGE) messages only for followed offers.',
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await setFollowing.call(this, itemIndex, 'follow');
}
