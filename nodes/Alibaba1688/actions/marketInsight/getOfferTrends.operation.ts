import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../common.descriptions';
import { API } from '../../../shared/apis';
import { crossBorderPayload, jsonId } from '../../../shared/helpers/crossBorder';
import { InputError } from '../../../shared/helpers/inputError';
import { mergeTrends, type TrendMetric } from '../../helpers/simplifyInsight';
import { requireOfferId } from '../../../shared/helpers/validation';
import { callApi, type ApiRef } from '../../../shared/transport';
import { offerIdField } from '../product/productFields';
import { MONTH_TREND_DAYS, readTrendDates, REPURCHASE_RATE_TREND_DAYS } from './trendDates';

const showFor = { resource: ['marketInsight'], operation: ['getOfferTrends'] };

/**
 * Each metric's API, the name of its one parameter (the sales API's doc page spells it `tendQueryParam`), and
 * the most days one call covers (trendDates.ts).
 */
const METRIC_APIS: Record<
	TrendMetric,
	{ api: ApiRef; param: string; maxDays: number; label: string }
> = {
	dailySales: {
		api: API.dailySalesTrend,
		param: 'tendQueryParam',
		maxDays: MONTH_TREND_DAYS,
		label: 'Daily Sales',
	},
	medianPrice: {
		api: API.medianPriceTrend,
		param: 'trendQueryParam',
		maxDays: MONTH_TREND_DAYS,
		label: 'Median Price',
	},
	repurchaseRate: {
		api: API.repurchaseRateTrend,
		param: 'trendQueryParam',
		maxDays: REPURCHASE_RATE_TREND_DAYS,
		label: 'Repurchase Rate',
	},
};

/** Only reads: input items may run side by side. */
export const readOnly = true;

export const description: INodeProperties[] = [
	offerIdField(showFor, 'The offer whose trends to get: its 1688 offer ID, or its offer page URL'),
	{
		displayName: 'Metrics',
		name: 'metrics',
		type: 'multiOptions',
		required: true,
		default: ['dailySales', 'medianPrice', 'repurchaseRate'],
		description:
			'The day-by-day figures to get, side by side in one row per day (one 1688 call each)',
		displayOptions: { show: showFor },
		options: [
			{ name: 'Daily Sales', value: 'dailySales', description: 'Units sold that day (dailySales)' },
			{
				name: 'Median Price (30 Days)',
				value: 'medianPrice',
				description: 'The 30-day median price in CNY (medianPrice30d)',
			},
			{
				name: 'Repurchase Rate',
				value: 'repurchaseRate',
				description: 'The 90-day repurchase rate in percent (repurchaseRatePercent)',
			},
		],
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description:
			'First day (China time); empty: 30 days before the End Date. 1688 keeps about 90 days.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description:
			'Last day (China time); the days from the Start Date, both included, are at most 31 (30 with Repurchase Rate). Empty: yesterday, or the 30th day from the Start Date.',
		displayOptions: { show: showFor },
	},
	simplifyField(
		showFor,
		'row per day (offerId, date, and dailySales, medianPrice30d, repurchaseRatePercent as chosen)',
	),
];

function readMetrics(this: IExecuteFunctions, itemIndex: number): TrendMetric[] {
	const chosen = this.getNodeParameter('metrics', itemIndex, []) as unknown;
	const metrics = (Array.isArray(chosen) ? chosen : String(chosen).split(','))
		.map((metric) => String(metric).trim())
		.filter(Boolean);
	const unknown = metrics.find((metric) => !(metric in METRIC_APIS));
	if (unknown !== undefined)
		throw new InputError(
			'Metrics',
			`"${unknown}" is not one of ${Object.keys(METRIC_APIS).join(', ')}`,
		);
	if (metrics.length === 0) throw new InputError('Metrics', 'choose at least one');
	return [...new Set(metrics)] as TrendMetric[];
}

/** product.analyze.*TrendNew-1: {offerId, startDate, endDate} (yyyyMMdd) → [{date, value}] per metric. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const offerId = requireOfferId('Offer ID', this.getNodeParameter('offerId', itemIndex));
	const metrics = readMetrics.call(this, itemIndex);
	const narrowest = metrics
		.map((metric) => METRIC_APIS[metric])
		.reduce((a, b) => (b.maxDays < a.maxDays ? b : a));
	const { startDate, endDate } = readTrendDates.call(
		this,
		itemIndex,
		narrowest.maxDays,
		narrowest.maxDays < MONTH_TREND_DAYS ? narrowest.label : '',
	);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const answers = await Promise.all(
		metrics.map(async (metric) => {
			const { api, param } = METRIC_APIS[metric];
			return await callApi.call(this, api, {
				[param]: { offerId: jsonId(offerId), startDate, endDate },
			});
		}),
	);
	if (!simplify) return answers;
	return mergeTrends(
		offerId,
		metrics.map((metric, index) => [metric, crossBorderPayload(answers[index])]),
	);
}
