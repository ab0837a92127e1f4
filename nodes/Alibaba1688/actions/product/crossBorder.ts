import type { IDataObject } from 'n8n-workflow';

import type { ApiRef } from '../../transport';

const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';

/** The cross-border (multilingual) product APIs: any offer on 1688, titles translated. */
export const CROSS_BORDER_DETAIL: ApiRef = { namespace: CROSS_BORDER, name: 'product.search.queryProductDetail', version: 1 };
export const KEYWORD_SEARCH: ApiRef = { namespace: CROSS_BORDER, name: 'product.search.keywordQuery', version: 1 };
export const IMAGE_SEARCH: ApiRef = { namespace: CROSS_BORDER, name: 'product.search.imageQuery', version: 1 };
export const IMAGE_UPLOAD: ApiRef = { namespace: CROSS_BORDER, name: 'product.image.upload', version: 1 };

/**
 * What a cross-border API answered inside its own envelope, `{"result":{"success","code","message","result":…}}`.
 * A failed envelope never gets here: the transport throws for `result.success` false.
 */
export function crossBorderPayload(response: IDataObject): unknown {
	const envelope = response.result;
	return typeof envelope === 'object' && envelope !== null ? (envelope as IDataObject).result : undefined;
}

/**
 * An ID inside a JSON parameter (the API declares it a Long): a JSON number while it is exact,
 * otherwise its digits as text rather than a rounded number.
 */
export function jsonId(id: string): number | string {
	const value = Number(id);
	return Number.isSafeInteger(value) ? value : id;
}
