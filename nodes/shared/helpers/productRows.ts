import type { SimpleProduct } from './simplifyProduct';
import type { Json } from './values';

/** Every key of the flat product, in output order; both product sources fill the same ones. */
const PRODUCT_KEYS = [
	'offerId',
	'title',
	'titleTranslated',
	'url',
	'mainImage',
	'price',
	'currency',
	'foreignPrice',
	'priceRanges',
	'minOrderQuantity',
	'unit',
	'totalStock',
	'status',
	'categoryId',
	'skus',
] as const;

const SKU_KEYS = ['skuId', 'specId', 'attributes', 'attributesTranslated', 'price', 'foreignPrice', 'stock', 'image'] as const;

/** An offer's SKU fields under the names they take in a one-row-per-SKU table. */
const SKU_COLUMNS: Record<(typeof SKU_KEYS)[number], string> = {
	skuId: 'skuId',
	specId: 'specId',
	attributes: 'attributes',
	attributesTranslated: 'attributesTranslated',
	price: 'skuPrice',
	foreignPrice: 'skuForeignPrice',
	stock: 'skuStock',
	image: 'skuImage',
};

/** The record with exactly these keys, in this order: null where it has no value. */
export function withKeys(record: Json, keys: readonly string[]): Json {
	return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/**
 * One row per SKU: the offer's fields, then the SKU's fields under their column names (`columns`: SKU key →
 * column), as a spreadsheet row or a shop variant wants them. An offer without SKUs gives one row with
 * empty SKU fields.
 */
export function rowsPerSku(offer: Json, skus: Json[], columns: Record<string, string>): Json[] {
	const skuList = skus.length ? skus : [withKeys({}, Object.keys(columns))];
	return skuList.map((sku) => {
		const row: Json = { ...offer };
		for (const [key, column] of Object.entries(columns)) row[column] = sku[key];
		return row;
	});
}

/**
 * The flat product with every key present (null where 1688 sent nothing), so rows from either
 * detail API, and from one offer to the next, have the same columns.
 */
export function withProductKeys(product: SimpleProduct): Json {
	const row = withKeys(product, PRODUCT_KEYS);
	row.skus = product.skus.map((sku) => withKeys(sku, SKU_KEYS));
	return row;
}

/** One row per SKU of the flat product (see rowsPerSku). */
export function productRowsPerSku(product: SimpleProduct): Json[] {
	const { skus, ...offer } = withProductKeys(product);
	return rowsPerSku(offer as Json, skus as Json[], SKU_COLUMNS);
}
