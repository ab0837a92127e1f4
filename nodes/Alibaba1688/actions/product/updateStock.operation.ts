import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireJsonList } from '../../helpers/jsonInput';
import { simplifyProductInfo } from '../../../shared/helpers/simplifyProduct';
import { requireOfferId } from '../../../shared/helpers/validation';
import { compact } from '../../../shared/helpers/values';
import { callWriteOnce } from '../writeOnce';
import { callApi } from '../../../shared/transport';
import { jsonId } from '../../../shared/helpers/crossBorder';
import { offerIdField } from './productFields';
import {
	parseStockRows,
	planStockChanges,
	type PlannedChange,
	type StockMode,
} from './stockChanges';
import { API } from '../../../shared/apis';

const showFor = { resource: ['product'], operation: ['updateStock'] };
const ROWS_FIELD = 'SKU Stocks';
const JSON_FIELD = 'SKU Stocks (JSON)';

export const description: INodeProperties[] = [
	offerIdField(showFor, 'One of your own offers (ID or offer page URL)'),
	{
		displayName: 'Change',
		name: 'stockMode',
		type: 'options',
		default: 'set',
		displayOptions: { show: showFor },
		options: [
			{
				name: 'Adjust Stock By',
				value: 'adjust',
				description: 'Add to (or, negative, take from) the current stock',
			},
			{ name: 'Set Stock To', value: 'set', description: 'Make the stock exactly this quantity' },
		],
	},
	{
		displayName: 'SKUs From',
		name: 'skuSource',
		type: 'options',
		default: 'fields',
		displayOptions: { show: showFor },
		options: [
			{ name: 'Fields Below', value: 'fields' },
			{
				name: 'JSON',
				value: 'json',
				description: 'A list from a previous node, e.g. a spreadsheet',
			},
		],
	},
	{
		displayName: 'SKU Stocks',
		name: 'skuStocks',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add SKU',
		default: {},
		displayOptions: { show: { ...showFor, skuSource: ['fields'] } },
		options: [
			{
				displayName: 'SKU',
				name: 'rows',
				values: [
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						default: '',
						placeholder: 'e.g. 8930fc0efc5e92e11820042c6c1b6817',
						description: "The SKU's specId or skuId; leave empty to change every SKU of the offer",
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { numberPrecision: 0 },
						default: 0,
						description: 'The new stock (Set) or the amount to add, negative to subtract (Adjust)',
					},
				],
			},
		],
	},
	{
		displayName: 'SKU Stocks (JSON)',
		name: 'skuStocksJson',
		type: 'json',
		default: '[\n  {\n    "sku": "",\n    "quantity": 0\n  }\n]',
		description:
			'A list of {"sku": specId or skuId, "quantity": number}; "specId" or "skuId" may name the SKU instead of "sku"',
		displayOptions: { show: { ...showFor, skuSource: ['json'] } },
	},
];

type RawRow = { sku?: unknown; quantity?: unknown };

const ROWS_HINT =
	'Give a JSON array of SKU rows, e.g. [{"sku": "8930fc0efc5e92e11820042c6c1b6817", "quantity": 5}].';

function rowsFromJson(value: unknown): RawRow[] {
	return requireJsonList(JSON_FIELD, value, 'SKU rows', ROWS_HINT).map((entry, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new InputError(
				JSON_FIELD,
				`row ${index + 1} must be an object with "sku" and "quantity"`,
				ROWS_HINT,
			);
		}
		const row = entry as IDataObject;
		return { sku: row.sku ?? row.specId ?? row.skuId, quantity: row.quantity };
	});
}

function readRows(this: IExecuteFunctions, itemIndex: number, mode: StockMode) {
	const source = this.getNodeParameter('skuSource', itemIndex, 'fields') as string;
	if (source === 'json')
		return parseStockRows(
			JSON_FIELD,
			mode,
			rowsFromJson(this.getNodeParameter('skuStocksJson', itemIndex)),
		);
	const collection = this.getNodeParameter('skuStocks', itemIndex, {}) as { rows?: RawRow[] };
	return parseStockRows(ROWS_FIELD, mode, collection.rows ?? []);
}

/** `productStockChange` for the changes that change something: SKUs by specId (as 1688 asks), else the offer. */
function stockChangeParam(offerId: string, changes: PlannedChange[]): IDataObject[] {
	const changed = changes.filter((change) => change.change !== 0);
	if (changed.length === 0) return [];
	if (changed[0].specId === undefined && changed[0].skuId === undefined) {
		return [{ productId: jsonId(offerId), productAmountChange: changed[0].change }];
	}
	return [
		{
			productId: jsonId(offerId),
			skuStocks: changed.map((change) => ({
				skuId: change.specId ?? change.skuId,
				stockChange: change.change,
			})),
		},
	];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const mode = this.getNodeParameter('stockMode', itemIndex, 'set') as StockMode;
	if (mode !== 'set' && mode !== 'adjust')
		throw new InputError('Change', `must be "set" or "adjust", got "${String(mode)}"`);
	const rows = readRows.call(this, itemIndex, mode);
	const current = await callApi.call(this, API.productGet, { productID: offerId, webSite: '1688' });
	const product = simplifyProductInfo(current.productInfo);
	const changes = planStockChanges(product, mode, rows);
	const productStockChange = stockChangeParam(offerId, changes);
	if (productStockChange.length) {
		await callWriteOnce.call(
			this,
			itemIndex,
			API.productModifyStock,
			{ webSite: '1688', productStockChange },
			{
				message:
					'The stock update MAY have been applied on 1688: the request was sent but its answer was lost',
				hint: 'Check the offer with Product → Get before running again; running an adjustment twice would apply it twice.',
			},
		);
	}
	const totalStockBefore = product.totalStock ?? 0;
	return {
		offerId,
		mode,
		updated: productStockChange.length > 0,
		totalStockBefore,
		totalStockAfter: totalStockBefore + changes.reduce((sum, change) => sum + change.change, 0),
		skus: changes.map((change) => compact({ ...change })),
	};
}
