import type { ApiRef } from '../../transport';

const PRODUCT = 'com.alibaba.product';

/** Detail of an offer the app is authorised for (own offers, authorised suppliers). */
export const PRODUCT_GET: ApiRef = { namespace: PRODUCT, name: 'alibaba.product.get', version: 1 };
/** The authorised seller's own offers, paged by `pageNo`/`pageSize` (at most 20 a page). */
export const PRODUCT_LIST: ApiRef = { namespace: PRODUCT, name: 'alibaba.product.list.get', version: 1 };
/** Stock changes (deltas) of the seller's own offers. */
export const PRODUCT_MODIFY_STOCK: ApiRef = { namespace: PRODUCT, name: 'alibaba.product.modifyStock', version: 1 };
