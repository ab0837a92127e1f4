'use strict';
/**
 * The order flows each trade API documents, and the trade modes the sandbox's preview offers.
 * fastCreateOrder: its open.1688.com doc page (general, fenxiao, saleproxy, paired, boutiquefenxiao, boutiquepifa);
 * createCrossOrder and createOrder.preview: their pages in Natawat-d/1688_Platform, which add repurchase
 * (preview also takes no flow: 1688 then compares the flows and previews the best one).
 */
const DOMESTIC_FLOWS = Object.freeze(['general', 'fenxiao', 'saleproxy', 'paired', 'boutiquefenxiao', 'boutiquepifa']);
const CROSS_BORDER_FLOWS = Object.freeze([...DOMESTIC_FLOWS, 'repurchase']);
const PREVIEW_FLOWS = CROSS_BORDER_FLOWS;

/** What preview answers in tradeModeNameList; createCrossOrder refuses any other tradeType. */
const TRADE_MODES = Object.freeze(['assureTrade']);

module.exports = { DOMESTIC_FLOWS, CROSS_BORDER_FLOWS, PREVIEW_FLOWS, TRADE_MODES };
