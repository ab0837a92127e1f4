import type { SimpleProduct } from '../../shared/helpers/simplifyProduct';
import { asArray, type Json } from '../../shared/helpers/values';

/**
 * A flat offer shape: its keys in output order, its SKUs' keys, and the SKU keys that take another name in a
 * one-row-per-SKU table, beside the offer's fields (`price` → `skuPrice`); the others keep theirs.
 */
export interface OfferShape {
	keys: readonly string[];
	skuKeys: readonly string[];
	skuColumns: Readonly<Record<string, string>>;
}

/** The flat product: both product sources fill the same keys. */
export const PRODUCT_SHAPE: OfferShape = {
	keys: [
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
	],
	skuKeys: [
		'skuId',
		'specId',
		'attributes',
		'attributesTranslated',
		'price',
		'foreignPrice',
		'stock',
		'image',
	],
	skuColumns: {
		price: 'skuPrice',
		foreignPrice: 'skuForeignPrice',
		stock: 'skuStock',
		image: 'skuImage',
	},
};

/** The record with exactly these keys, in this order: null where it has no value. */
function withKeys(record: Json, keys: readonly string[]): Json {
	return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/**
 * The offer with every key of its shape present (null where 1688 sent nothing), its SKUs likewise, so rows
 * from either detail API, and from one offer to the next, have the same columns.
 */
export function withShapeKeys(offer: Json, shape: OfferShape): Json {
	const row = withKeys(offer, shape.keys);
	row.skus = asArray(offer.skus).map((sku) => withKeys(sku, shape.skuKeys));
	return row;
}

/**
 * One row per SKU: the offer's fields, then the SKU's fields under their column names, as a spreadsheet row
 * or a shop variant wants them. An offer without SKUs gives one row with empty SKU fields.
 */
export function rowsPerSku(offer: Json, shape: OfferShape): Json[] {
	const { skus, ...fields } = withShapeKeys(offer, shape);
	const skuList = (skus as Json[]).length ? (skus as Json[]) : [withKeys({}, shape.skuKeys)];
	return skuList.map((sku) => {
		const row: Json = { ...fields };
		for (const key of shape.skuKeys) row[shape.skuColumns[key] ?? key] = sku[key];
		return row;
	});
}

/** The flat product with every key present (see withShapeKeys). */
export function withProductKeys(product: SimpleProduct): Json {
	return withShapeKeys(product, PRODUCT_SHAPE);
}

/** One row per SKU of the flat product (see rowsPerSku). */
export function productRowsPerSku(product: SimpleProduct): Json[] {
	return rowsPerSku(product, PRODUCT_SHAPE);
}
