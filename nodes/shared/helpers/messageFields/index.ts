import { asObject, type Json } from '../values';
import { cloudTaskFields } from './agent';
import {
	contractEvidenceFields,
	contractFields,
	contractPaidFields,
	contractRefundFields,
	contractRejectedFields,
	contractSignedFields,
} from './contracts';
import { assistantListingFields, supplySourceFields, workbenchFields } from './crossBorder';
import { parcelFields, traceFields, waybillChangeFields } from './logistics';
import { batchPayFields, orderFields, refundFields } from './orders';
import {
	curatedPriceFields,
	curatedQuitFields,
	distributionPriceFields,
	inventoryFields,
	oneClickListingFields,
	productChangeFields,
	relationFields,
} from './products';

/**
 * How each documented topic's `data` reads (its page in the doc mirror, messages-en/<TOPIC>.md): the
 * fields every item of that topic gets besides the envelope. A topic not here gives only the envelope.
 */
const TOPIC_FIELDS: Record<string, (data: Json) => Json> = {
	AGENT_NEWTON_CLOUD_TASK_NOTIFY: cloudTaskFields,
	CROSSBOARD_CROSSBOARD_ADD_SUPPLY: supplySourceFields,
	CROSSBOARD_LP_DISTRIBUTION: assistantListingFields,
	CROSSBOARD_XYT_PLATFORM_OFFER_CHANGE: workbenchFields,
	FENXIAO_PRICE_CHANGE: distributionPriceFields,
	LOGISTICS_BUYER_VIEW_TRACE: traceFields,
	LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE: parcelFields,
	LOGISTICS_MAIL_NO_CHANGE: waybillChangeFields,
	ORDER_BATCH_PAY: batchPayFields,
	ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS: orderFields,
	ORDER_BUYER_VIEW_BUYER_MAKE: orderFields,
	ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE: orderFields,
	ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE: orderFields,
	ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES: refundFields,
	ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS: orderFields,
	ORDER_BUYER_VIEW_ORDER_PAY: orderFields,
	ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY: orderFields,
	ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES: refundFields,
	ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE: orderFields,
	ORDER_BUYER_VIEW_ORDER_STEP_PAY: orderFields,
	ORDER_BUYER_VIEW_ORDER_SUCCESS: orderFields,
	ORDER_BUYER_VIEW_PART_PART_SENDGOODS: orderFields,
	ORDER_ORDER_PRICE_MODIFY: orderFields,
	PRODUCT_PFT_OFFER_PRICE_MODIFY: curatedPriceFields,
	PRODUCT_PFT_OFFER_QUIT: curatedQuitFields,
	PRODUCT_PRODUCT_CROSSBOARD_INFORM: oneClickListingFields,
	PRODUCT_PRODUCT_INVENTORY_CHANGE: inventoryFields,
	PRODUCT_RELATION_VIEW_PRODUCT_AUDIT: relationFields,
	PRODUCT_RELATION_VIEW_PRODUCT_CHANGE: productChangeFields,
	PRODUCT_RELATION_VIEW_PRODUCT_DELETE: relationFields,
	PRODUCT_RELATION_VIEW_PRODUCT_EXPIRE: relationFields,
	PRODUCT_RELATION_VIEW_PRODUCT_NEW_OR_MODIFY: relationFields,
	PRODUCT_RELATION_VIEW_PRODUCT_REPOST: relationFields,
	SYT_ADD_CONTRACT_CONTENT: contractEvidenceFields,
	SYT_CONTRACT_PAY_SUCCESS: contractPaidFields,
	SYT_CONTRACT_REJECT: contractRejectedFields,
	SYT_CONTRACT_SIGN_SUCCESS: contractSignedFields,
	SYT_CONTRACT_WAIT_SIGN: contractFields,
	SYT_REFUND_FINISH_NOTICE: contractRefundFields,
};

/** The topics whose data has its own fields. */
export const TOPICS_WITH_FIELDS: readonly string[] = Object.keys(TOPIC_FIELDS);

/**
 * A message's `data` as its topic's fields (IDs as exact text, times as ISO 8601, fen as yuan); none for a
 * topic the pages do not document. `data` that is not an object (text 1688 sent that is not JSON) gives the
 * topic's fields, all null.
 */
export function messageFields(type: unknown, data: unknown): Json {
	const read =
		typeof type === 'string' && Object.hasOwn(TOPIC_FIELDS, type) ? TOPIC_FIELDS[type] : undefined;
	return read ? read(asObject(data)) : {};
}
