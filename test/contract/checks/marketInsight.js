'use strict';
/** Market Insight → Get Trending Keywords, Get Ranking, Get Recommended Offers, Get Offer Trends. */
const { crossBorderPayload } = require('../../../dist/nodes/shared/helpers/crossBorder');
const {
	simplifyRanking,
	simplifyTrendingKeyword,
	mergeTrends,
} = require('../../../dist/nodes/Alibaba1688/helpers/simplifyInsight');
const { simplifySearchOffer } = require('../../../dist/nodes/shared/helpers/simplifyProduct');
const { chinaDate, DAY } = require('../../sandbox/data/sourcing');
const { unfilled } = require('../assertions');

const CROSS_BORDER = 'com.alibaba.fenxiao.crossborder';

/**
 * The last week up to yesterday (China time): the sandbox, like 1688, keeps about 90 days and has no figure
 * for a day that has not ended.
 */
function lastWeek() {
	const now = Date.now();
	return { startDate: chinaDate(now - 7 * DAY), endDate: chinaDate(now - DAY) };
}

/**
 * One trend API: Get Offer Trends merges the chosen metrics into one row per day; alone, the sample's one
 * point gives one row with the offer ID (which the operation takes from its input), the day as ISO and the figure.
 */
function trend(param, metric, expected) {
	return {
		check(json) {
			expect(mergeTrends('123', [[metric, crossBorderPayload(json)]])).toEqual([
				{ offerId: '123', ...expected },
			]);
		},
		request: ({ fixtures }) => ({
			[param]: { offerId: fixtures.offerManySkus.offerId, ...lastWeek() },
		}),
	};
}

module.exports = {
	[`${CROSS_BORDER}:product.search.topKeyword-1`]: {
		check(json) {
			// `success` is the text "true" (a String in the page's ResultModel table). categoryId is the operation's input.
			const keywords = crossBorderPayload(json).map((keyword) =>
				simplifyTrendingKeyword(keyword, '1'),
			);
			expect(keywords).toEqual([
				{ keyword: '大型宠物犬', keywordTranslated: 'Large Pet Dog', categoryId: '1' },
			]);
		},
		request: ({ fixtures }) => ({
			topSeKeywordParam: {
				country: 'en',
				sourceId: String(fixtures.rootCategoryIds[0]),
				hotKeywordType: 'cate',
			},
		}),
	},
	[`${CROSS_BORDER}:product.topList.query-1`]: {
		check(json) {
			const [ranked] = simplifyRanking(crossBorderPayload(json));
			expect(
				unfilled(ranked, [
					'rank',
					'offerId',
					'title',
					'titleTranslated',
					'url',
					'mainImage',
					'monthSold',
					'buyers30d',
					'tradeScore',
					'services',
					'rankName',
				]),
			).toEqual([]);
			expect(ranked).toMatchObject({
				rank: 1,
				offerId: '699490252651',
				url: 'https://detail.1688.com/offer/699490252651.html',
				monthSold: 433454,
				buyers30d: 1334,
				tradeScore: 5,
				services: ['sendGoods48H'],
				rankName: 'Comprehensive List',
			});
		},
		request: ({ fixtures }) => ({
			rankQueryParams: {
				rankId: String(fixtures.rootCategoryIds[0]),
				rankType: 'complex',
				limit: 10,
				language: 'en',
			},
		}),
	},
	[`${CROSS_BORDER}:product.search.offerRecommend-1`]: {
		check(json) {
			// The sample is a real answer: an envelope with `class`, the list in its `result`, no total.
			const offers = crossBorderPayload(json).map(simplifySearchOffer);
			expect(offers).toHaveLength(10);
			// The page documents no category or minimum order for recommendations; half the sample's sellerIdentities are empty.
			expect(
				offers
					.map((offer) =>
						unfilled(offer, [
							'offerId',
							'title',
							'titleTranslated',
							'url',
							'mainImage',
							'price',
							'monthSold',
							'repurchaseRatePercent',
							'dropshipping',
						]),
					)
					.flat(),
			).toEqual([]);
			expect(offers[0]).toMatchObject({
				offerId: '666353603800',
				price: 1.7,
				monthSold: 4861,
				repurchaseRatePercent: 22,
				dropshipping: false,
			});
			// `onePsale` false (this API's name for isOnePsale): the offers do not dropship, so no dropshipPrice.
			expect(offers.every((offer) => offer.dropshipPrice === undefined)).toBe(true);
			expect(offers[7]).toMatchObject({
				offerId: '616242004615',
				sellerIdentities: ['super_factory', 'powerful_merchants'],
			});
		},
		request: () => ({
			recommendOfferParam: { beginPage: 1, pageSize: 20, country: 'en', outMemberId: 'dferg0001' },
		}),
	},
	[`${CROSS_BORDER}:product.analyze.getPerdaySellQuantityTrendNew-1`]: trend(
		'tendQueryParam',
		'dailySales',
		{ date: '2024-06-20', dailySales: 100 },
	),
	[`${CROSS_BORDER}:product.analyze.getThirtyDayMedianPriceTrendNew-1`]: trend(
		'trendQueryParam',
		'medianPrice',
		{ date: '2024-07-01', medianPrice30d: 1.12 },
	),
	[`${CROSS_BORDER}:product.analyze.getRepurchaseRateTrendNew-1`]: trend(
		'trendQueryParam',
		'repurchaseRate',
		{ date: '2024-07-01', repurchaseRatePercent: 10 },
	),
};
