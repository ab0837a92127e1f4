import {
	asArray,
	asBoolean,
	asId,
	asNumber,
	asObject,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/** How a freight template charges (product.freight.estimate's chargeType). */
const CHARGE_TYPES: Record<string, string> = { '0': 'weight', '1': 'piece', '2': 'volume' };

/**
 * product.freight.estimate's ProductFreightModel (inside the cross-border envelope) as a flat item: the
 * freight in yuan (0 when the seller pays shipping), the package of one piece (kg, cm; per SKU when
 * sizeValueType is 2, "value taken from productFreightSkuInfoModels") and the seller's template.
 */
export function simplifyFreightEstimate(
	model: unknown,
	request: { districtCode: string; quantity: number },
): Json {
	const m = asObject(model);
	const freeShipping = asBoolean(m.freePostage) ?? false;
	const perSku = asNumber(m.sizeValueType) === 2;
	return compact({
		offerId: asId(m.offerId),
		destinationCode: request.districtCode,
		quantity: request.quantity,
		freight: freeShipping ? 0 : asNumber(m.freight),
		currency: 'CNY',
		freeShipping,
		weightKg: asNumber(m.singleProductWeight),
		lengthCm: asNumber(m.singleProductLength),
		widthCm: asNumber(m.singleProductWidth),
		heightCm: asNumber(m.singleProductHeight),
		skus: perSku
			? asArray(m.productFreightSkuInfoModels).map((sku) =>
					compact({
						skuId: asId(sku.skuId),
						weightKg: asNumber(sku.singleSkuWeight),
						lengthCm: asNumber(sku.singleSkuLength),
						widthCm: asNumber(sku.singleSkuWidth),
						heightCm: asNumber(sku.singleSkuHeight),
					}),
				)
			: undefined,
		template: compact({
			templateId: asId(m.templateId),
			name: asText(m.templateName),
			chargedBy: CHARGE_TYPES[String(m.chargeType)],
			firstUnit: asNumber(m.firstUnit),
			firstFee: asNumber(m.firstFee),
			nextUnit: asNumber(m.nextUnit),
			nextFee: asNumber(m.nextFee),
		}),
	});
}
