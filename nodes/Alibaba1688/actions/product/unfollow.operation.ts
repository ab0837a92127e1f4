import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { followDescription, setFollowing } from './followRelation';

export const description = followDescription(
	'unfollow',
	'The offer to stop following: its ID or offer page URL, e.g. 624392716873. 1688 then stops sending its stock and price messages.',
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await setFollowing.call(this, itemIndex, 'unfollow');
}
