'use strict';
/**
 * The three product.analyze.*TrendNew APIs: one parameter object {offerId, startDate, endDate} (dates
 * yyyyMMdd, China time; "start and end no more than one month apart", read as at most 31 days; the repurchase
 * rate's page: "at most 30 days can be queried"), answered as
 * {"result":{"success":true,"retCode":"S000","retMsg":"成功","result":[{date, value}]}} with one entry per
 * day, value '' for a day that has not ended. Errors use the same envelope with success false.
 */
const { objectJsonParam } = require('../protocol/params');
const { trendValue, parseChinaDate, chinaDate, DAY } = require('../data/sourcing');

/** One month, both days included: the sales and median price pages' window. */
const MONTH_DAYS = 31;
const fail = (retCode, retMsg) => ({ result: { success: false, retCode, retMsg } });

/**
 * @param {{name: string, param: string, metric: 'sales'|'medianPrice'|'repurchaseRate', maxAgeDays?: number, maxDays?: number}} o
 *   param: the parameter's name on the doc page; maxAgeDays: how far back the API keeps data, when its doc says;
 *   maxDays: the most days one call covers (default one month)
 */
function trendHandler({ name, param, metric, maxAgeDays, maxDays = MONTH_DAYS }) {
	return {
		namespace: 'com.alibaba.fenxiao.crossborder',
		name,
		version: '1',
		needsToken: true,
		handle({ params, store }) {
			const { value: q, problem } = objectJsonParam(params, param);
			if (problem) return fail('400', problem);
			if (!/^\d+$/.test(String(q.offerId ?? '')))
				return fail('400', 'offerId is required and must be a number');
			const start = parseChinaDate(q.startDate);
			const end = parseChinaDate(q.endDate);
			if (start === null || end === null)
				return fail('400', 'startDate and endDate must be dates as yyyyMMdd');
			if (end < start) return fail('400', 'endDate is before startDate');
			if ((end - start) / DAY + 1 > maxDays) {
				return fail(
					'400',
					maxDays === MONTH_DAYS
						? '起始时间和截止时间不要超过1个月 (at most one month)'
						: `最多查询${maxDays}天 (at most ${maxDays} days)`,
				);
			}
			const now = Date.now();
			if (maxAgeDays !== undefined && now - start > maxAgeDays * DAY)
				return fail('400', `only the last ${maxAgeDays} days can be queried`);
			const offer = store.getOffer(q.offerId);
			if (!offer || offer.status === 'deleted') return fail('500_1', `商品[${q.offerId}]不存在`);
			const result = [];
			for (let day = start; day <= end; day += DAY) {
				const date = chinaDate(day);
				result.push({ date, value: trendValue(offer, metric, date, now) });
			}
			return { result: { success: true, retCode: 'S000', retMsg: '成功', result } };
		},
	};
}

module.exports = { trendHandler };
