import { absoluteImageUrl, offerUrl } from '../../shared/helpers/simplifyProduct';
import { chinaDayToIso } from '../../shared/helpers/chinaTime';
import {
	asArray,
	asId,
	asNumber,
	asObject,
	asPercent,
	asText,
	compact,
	type Json,
} from '../../shared/helpers/values';

/** Market insight (product.search.topKeyword, product.topList.query, product.analyze.*TrendNew) as flat items. */

/** One trending keyword: the Chinese one to search with, its translation to read. */
export function simplifyTrendingKeyword(entry: unknown, categoryId?: string): Json {
	const keyword = asObject(entry);
	return compact({
		keyword: asText(keyword.seKeyword),
		keywordTranslated: asText(keyword.seKeywordTranslation),
		categoryId,
	});
}

/** The ranking list's offers (`rankProductModels`), each with its rank and the list's name. */
export function simplifyRanking(rankModel: unknown): Json[] {
	const model = asObject(rankModel);
	const rankName = asText(model.rankName);
	return asArray(model.rankProductModels).map((item) => {
		const offerId = asId(item.itemId);
		return compact({
			rank: asNumber(item.sort),
			offerId,
			title: asText(item.title),
			titleTranslated: asText(item.translateTitle),
			url: offerUrl(offerId),
			mainImage: absoluteImageUrl(item.imgUrl),
			monthSold: asNumber(item.soldOut),
			buyers30d: asNumber(item.buyerNum),
			tradeScore: asNumber(item.goodsScore),
			services: Array.isArray(item.serviceList) ? item.serviceList.map(String) : undefined,
			rankName,
		});
	});
}

/** The three trend metrics, as output columns. */
export type TrendMetric = 'dailySales' | 'medianPrice' | 'repurchaseRate';

const METRIC_COLUMN: Record<TrendMetric, string> = {
	dailySales: 'dailySales',
	medianPrice: 'medianPrice30d',
	repurchaseRate: 'repurchaseRatePercent',
};

function metricValue(metric: TrendMetric, value: unknown): number | null {
	const number = metric === 'repurchaseRate' ? asPercent(value) : asNumber(value);
	return number ?? null;
}

/**
 * One row per day from the trend APIs' `[{date: "20240701", value: "20"}]` lists, the chosen metrics side by
 * side: dailySales (units), medianPrice30d (CNY), repurchaseRatePercent. A day without a figure ('') is null.
 */
export function mergeTrends(offerId: string, series: Array<[TrendMetric, unknown]>): Json[] {
	const rows = new Map<string, Json>();
	for (const [metric, points] of series) {
		for (const point of asArray(points)) {
			const date = asText(point.date);
			if (!date) continue;
			const row = rows.get(date) ?? { offerId, date: chinaDayToIso(date) ?? date };
			row[METRIC_COLUMN[metric]] = metricValue(metric, point.value);
			rows.set(date, row);
		}
	}
	const columns = series.map(([metric]) => METRIC_COLUMN[metric]);
	return [...rows.keys()].sort().map((date) => {
		const row = rows.get(date) as Json;
		for (const column of columns) row[column] ??= null;
		return row;
	});
}
