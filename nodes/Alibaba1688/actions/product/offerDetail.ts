import type { IDataObject } from 'n8n-workflow';

import { crossBorderPayload } from '../../../shared/helpers/crossBorder';
import { asObject } from '../../../shared/helpers/values';
import { readOfferDetail } from '../../../shared/productSource';
import type { GatewayContext } from '../../../shared/transport';

/** The cross-border detail's answer and the model inside it (`result.result`). */
export interface CrossBorderDetail {
	raw: IDataObject;
	model: IDataObject;
}

/**
 * Reads any offer through the cross-border detail (product.search.queryProductDetail-1): `offerDetailParam`
 * {offerId, country (the language), currency (optional: prices also in it)}.
 */
export async function fetchCrossBorderDetail(
	this: GatewayContext,
	offerId: string,
	language: string,
	currency?: string,
): Promise<CrossBorderDetail> {
	const { raw } = await readOfferDetail.call(this, offerId, 'crossBorder', { language, currency });
	return { raw, model: asObject(crossBorderPayload(raw)) };
}
