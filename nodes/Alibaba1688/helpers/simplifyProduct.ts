import { asArray, asId, asNumber, asObject, asText, compact, type Json } from './values';

const IMAGE_HOST = 'https://cbu01.alicdn.com/';

/** The flat product shape every product operation emits with Simplify on. */
export interface SimpleSku extends Json {
	skuId?: string;
	specId?: string;
	attributes: string;
	price?: number;
	stock?: number;
	image?: string;
}

export interface SimpleProduct extends Json {
	offerId?: string;
	title?: string;
	titleTranslated?: string;
	url?: string;
	mainImage?: string;
	price?: number;
	priceRanges: Array<{ minQuantity?: number; price?: number }>;
	minOrderQuantity?: number;
	unit?: string;
	totalStock?: number;
	status?: string;
	categoryId?: string;
	skus: SimpleSku[];
}

export function offerUrl(offerId: string | undefined): string | undefined {
	return offerId ? `https://detail.1688.com/offer/${offerId}.html` : undefined;
}

/** 1688 gives image paths relative to its CDN (`img/ibank/...`); make them absolute. */
export function absoluteImageUrl(path: unknown): string | undefined {
	const text = asText(path);
	if (!text) return undefined;
	if (/^https?:\/\//.test(text)) return text;
	if (text.startsWith('//')) return `https:${text}`;
	return IMAGE_HOST + text.replace(/^\/+/, '');
}

/** `颜色: 黑色; 尺码: XL` from a SKU's attribute list. */
export function skuAttributesText(attributes: unknown): string {
	return asArray(attributes)
		.map((attribute) => {
			const name = asText(attribute.attributeDisplayName) ?? asText(attribute.attributeName) ?? asText(attribute.attributeNameTrans);
			const value = asText(attribute.attributeValue) ?? asText(attribute.value) ?? asText(attribute.valueTrans);
			return name ? `${name}: ${value ?? ''}` : value ?? '';
		})
		.filter((part) => part !== '')
		.join('; ');
}

function minimum(values: Array<number | undefined>): number | undefined {
	const numbers = values.filter((value): value is number => value !== undefined);
	return numbers.length ? Math.min(...numbers) : undefined;
}

/** Simplifies `alibaba.product.get`'s `productInfo`. */
export function simplifyProductInfo(productInfo: unknown): SimpleProduct {
	const info = asObject(productInfo);
	const saleInfo = asObject(info.saleInfo);
	const offerId = asId(info.productID);
	const skus: SimpleSku[] = asArray(info.skuInfos).map((sku) =>
		compact({
			skuId: asId(sku.skuId),
			specId: asId(sku.specId),
			attributes: skuAttributesText(sku.attributes),
			price: asNumber(sku.price) ?? asNumber(sku.consignPrice),
			stock: asNumber(sku.amountOnSale),
			image: absoluteImageUrl(asArray(sku.attributes).find((attribute) => attribute.skuImageUrl)?.skuImageUrl),
		}),
	);
	const priceRanges = asArray(saleInfo.priceRanges).map((range) =>
		compact({ minQuantity: asNumber(range.startQuantity), price: asNumber(range.price) }),
	);
	const images = asObject(info.image).images;
	const skuStock = skus.reduce((sum, sku) => sum + (sku.stock ?? 0), 0);
	return compact({
		offerId,
		title: asText(info.subject),
		titleTranslated: asText(info.subjectTrans),
		url: offerUrl(offerId),
		mainImage: absoluteImageUrl(Array.isArray(images) ? images[0] : images),
		price: minimum([...skus.map((sku) => sku.price), ...priceRanges.map((range) => range.price)]),
		priceRanges,
		minOrderQuantity: asNumber(saleInfo.minOrderQuantity),
		unit: asText(saleInfo.unit),
		totalStock: asNumber(saleInfo.amountOnSale) ?? (skus.length ? skuStock : undefined),
		status: asText(info.status),
		categoryId: asId(info.categoryID),
		skus,
	});
}
