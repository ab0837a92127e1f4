import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit, simplifyField } from '../common.descriptions';
import { collectPages } from '../../../shared/helpers/paginate';
import { withProductKeys } from '../../helpers/productRows';
import { simplifyProductInfo } from '../../../shared/helpers/simplifyProduct';
import { asArray, asNumber, asObject, compact } from '../../../shared/helpers/values';
import { callApi } from '../../../shared/transport';
import { readPaging } from '../paging';
import { API } from '../../../shared/apis';

const showFor = { resource: ['product'], operation: ['getMany'] };

/** `alibaba.product.list.get` returns at most 20 products a page, whatever pageSize asks for. */
const LIST_PAGE_SIZE = 20;

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	{
		displayName:
			'Lists the offers of the authorised 1688 account as a seller. To look up any supplier\'s offer, use Get with Source "Cross-Border Detail" or Search.',
		name: 'getManyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	...returnAllOrLimit(showFor),
	filtersCollection(showFor, [
		{
			displayName: 'Status',
			name: 'statuses',
			type: 'multiOptions',
			default: [],
			description: 'Only offers in these states; none chosen means every state',
			options: [
				{ name: 'Deleted', value: 'deleted' },
				{ name: 'Expired', value: 'expired' },
				{ name: 'Member Expired', value: 'member expired' },
				{ name: 'Modified', value: 'modified' },
				{ name: 'New', value: 'new' },
				{ name: 'Published', value: 'published' },
				{ name: 'To Be Deleted', value: 'TBD' },
			],
		},
		{
			displayName: 'Title Contains',
			name: 'subjectKey',
			type: 'string',
			default: '',
			description: 'Only offers whose title contains this text',
		},
	]),
	simplifyField(showFor, 'product with one entry per SKU'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { returnAll, limit } = readPaging.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const statuses = Array.isArray(filters.statuses) ? filters.statuses.map(String) : [];
	const subjectKey = typeof filters.subjectKey === 'string' ? filters.subjectKey.trim() : '';
	const products = await collectPages(
		async (pageNo, pageSize) => {
			const response = await callApi.call(
				this,
				API.productList,
				compact({
					pageNo,
					pageSize,
					statusList: statuses.length ? statuses : undefined,
					subjectKey: subjectKey || undefined,
				}),
			);
			const page = asObject(asObject(response.result).pageResult);
			return { items: asArray(page.resultList), total: asNumber(page.totalRecords) };
		},
		{ returnAll, limit, pageSize: LIST_PAGE_SIZE },
	);
	return simplify
		? products.map((product) => withProductKeys(simplifyProductInfo(product)))
		: products;
}
