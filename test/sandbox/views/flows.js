'use strict';
/**
 * The order flows each trade API documents, and the trade modes the sandbox's preview offers.
 * fastCreateOrder: its open.1688.com doc page (general, fenxiao, saleproxy, paired, boutiquefenxiao, boutiquepifa);
 * createCrossOrder and createOrder.preview: their pages in Natawat-d/1688_Platform, which add repurchase
 * (preview also takes no flow: 1688 then compares the flows and previews the best one).
 */
const DOMESTIC_FLOWS = Object.freeze([
	'general',
	'fenxiao',
	'saleproxy',
	'paired',
	'boutiquefenxiao',
	'boutiquepifa',
]);
const CROSS_BORDER_FLOWS = Object.freeze([...DOMESTIC_FLOWS, 'repurchase']);
const PREVIEW_FLOWS = CROSS_BORDER_FLOWS;

const { ACCOUNT_PERIOD_SELLER } = require('../data/catalog');

/** The trade modes the sandbox knows (preview's tradeModelList entries). */
const TRADE_MODELS = Object.freeze({
	assureTrade: {
		tradeType: 'assureTrade',
		name: '担保交易',
		description: '买家付款后卖家发货，买家确认收货后打款给卖家',
		opSupport: true,
	},
	period: {
		tradeType: 'period',
		name: '账期交易',
		description: '卖家授予的账期内先收货后付款',
		opSupport: true,
	},
});

/**
 * The trade modes of a cart's lines: what preview answers in tradeModelList / tradeModeNameList, and the only
 * tradeTypes createCrossOrder takes. Escrow (assureTrade) for every cart; `period` too for the supplier that
 * grants the buyer an account period.
 */
function tradeModesFor(lines) {
	const period =
		lines.length > 0 && lines.every((line) => line.offer.seller.memberId === ACCOUNT_PERIOD_SELLER);
	return period ? [TRADE_MODELS.assureTrade, TRADE_MODELS.period] : [TRADE_MODELS.assureTrade];
}

module.exports = { DOMESTIC_FLOWS, CROSS_BORDER_FLOWS, PREVIEW_FLOWS, tradeModesFor };
