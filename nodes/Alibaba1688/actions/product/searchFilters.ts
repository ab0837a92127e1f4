import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The `filter` values of the cross-border searches (keywordQuery-1, imageQuery-1, querySellerOfferList-1:
 * "multiple values separated by commas; see the solution introduction for the enumeration"). The doc mirror
 * does not carry that introduction; these are the values published integrations of these APIs agree on,
 * 1688's own AI tool descriptions among them. Anything else can be sent through "Other Filter Values".
 */
export const OFFER_FILTER_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Dispatch: Same Day', value: 'shipInToday' },
	{ name: 'Dispatch: Within 24 Hours', value: 'shipIn24Hours' },
	{ name: 'Dispatch: Within 48 Hours', value: 'shipIn48Hours' },
	{
		name: 'Dropshipping (One Piece)',
		value: 'isOnePsale',
		description: 'Offers the supplier ships one piece at a time to your customer',
	},
	{ name: 'Dropshipping With Free Shipping', value: 'isOnePsaleFreePost' },
	{ name: 'Exclude Region: Eastern Europe', value: 'RUFL' },
	{ name: 'Exclude Region: Hong Kong', value: 'HKFL' },
	{ name: 'Exclude Region: Japan', value: 'JPFL' },
	{ name: 'Exclude Region: Kazakhstan', value: 'KZFL' },
	{ name: 'Exclude Region: Macao', value: 'MOFL' },
	{ name: 'Exclude Region: Saudi Arabia', value: 'SAFL' },
	{ name: 'Exclude Region: South Korea', value: 'KRFL' },
	{ name: 'Exclude Region: Taiwan', value: 'TWFL' },
	{ name: 'Exclude Region: United States', value: 'USFL' },
	{ name: 'Exclude Region: Vietnam', value: 'VNFL' },
	{ name: 'Listed in the Last 30 Days', value: 'new30' },
	{ name: 'Listed in the Last 7 Days', value: 'new7' },
	{ name: 'Pickup Within 24 Hours: 95% or More', value: 'getRate24HLv2' },
	{ name: 'Pickup Within 24 Hours: 99% or More', value: 'getRate24HLv3' },
	{ name: 'Pickup Within 24 Hours: Below 95%', value: 'getRate24HLv1' },
	{ name: 'Pickup Within 48 Hours: 95% or More', value: 'getRate48HLv2' },
	{ name: 'Pickup Within 48 Hours: 99% or More', value: 'getRate48HLv3' },
	{ name: 'Pickup Within 48 Hours: Below 95%', value: 'getRate48HLv1' },
	{ name: 'Quality Refunds (30 Days): 1–5%', value: 'qrr5' },
	{ name: 'Quality Refunds (30 Days): 5–10%', value: 'qrr10' },
	{ name: 'Quality Refunds (30 Days): Below 1%', value: 'qrr1' },
	{ name: 'Quality Refunds (30 Days): None', value: 'qrr0' },
	{ name: 'Returns: 7 Days Without Reason', value: 'noReason7DReturn' },
	{ name: 'Selection: 1688 Select', value: '1688Selection' },
	{ name: 'Selection: Global Select', value: 'isQqyx' },
	{ name: 'Service Score: 4 to 4.5 Stars', value: 'totalEpScoreLv3' },
	{ name: 'Service Score: 4.5 to 5 Stars', value: 'totalEpScoreLv2' },
	{ name: 'Service Score: 5 Stars', value: 'totalEpScoreLv1' },
	{ name: 'Service Score: Below 4 Stars', value: 'totalEpScoreLv4' },
	{ name: 'Supplier: Certified Factory', value: 'certifiedFactory' },
];

/** saleFilterList's saleType values (keywordQuery-1.md: "passing several intersects them"). */
export const SALES_PERIOD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Last 14 Days', value: 'sales14' },
	{ name: 'Last 30 Days', value: 'sales30' },
	{ name: 'Last 7 Days', value: 'sales7' },
	{ name: 'All Time', value: 'totalSales' },
];
