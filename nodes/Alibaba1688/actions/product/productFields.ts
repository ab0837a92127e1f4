import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

type ShowFor = Record<string, string[]>;

/** The offer to work on: its ID or its offer page URL (`requireOfferId` reads both). */
export function offerIdField(show: ShowFor, description: string): INodeProperties {
	return {
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 624392716873',
		description,
		builderHint: {
			propertyHint:
				'A string: the offerId of an earlier 1688 node (Search, Search by Image, Search in Shop, Find Similar, Get) or an offer page URL',
		},
		displayOptions: { show },
	};
}

/** The languages of the cross-border APIs (`country` or `language`, e.g. en, ja; 1688's developer reference). */
export const LANGUAGE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Arabic', value: 'ar' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Hebrew', value: 'he' },
	{ name: 'Indonesian', value: 'id' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Malay', value: 'ms' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Thai', value: 'th' },
	{ name: 'Traditional Chinese', value: 'zh-tw' },
	{ name: 'Turkish', value: 'tr' },
	{ name: 'Vietnamese', value: 'vi' },
];

/** The `country` parameter of the cross-border APIs: the language 1688 translates titles and attributes into. */
export function languageField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Language',
		name: 'language',
		type: 'options',
		default: 'en',
		description:
			"Language of the translated titles and attributes (the cross-border APIs' country code)",
		displayOptions: { show },
		options: LANGUAGE_OPTIONS,
	};
}

/** The optional `currency` of the cross-border detail: prices are also given converted into it. */
export function currencyField(show: ShowFor): INodeProperties {
	return {
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		default: '',
		description:
			'Also give every price converted into this currency (foreignPrice), next to the price in CNY',
		displayOptions: { show },
		options: [
			{ name: 'Australian Dollar (AUD)', value: 'AUD' },
			{ name: 'Brazilian Real (BRL)', value: 'BRL' },
			{ name: 'British Pound (GBP)', value: 'GBP' },
			{ name: 'Canadian Dollar (CAD)', value: 'CAD' },
			{ name: 'Euro (EUR)', value: 'EUR' },
			{ name: 'Hong Kong Dollar (HKD)', value: 'HKD' },
			{ name: 'Indonesian Rupiah (IDR)', value: 'IDR' },
			{ name: 'Japanese Yen (JPY)', value: 'JPY' },
			{ name: 'Malaysian Ringgit (MYR)', value: 'MYR' },
			{ name: 'None (CNY Only)', value: '' },
			{ name: 'Russian Ruble (RUB)', value: 'RUB' },
			{ name: 'Singapore Dollar (SGD)', value: 'SGD' },
			{ name: 'South Korean Won (KRW)', value: 'KRW' },
			{ name: 'Thai Baht (THB)', value: 'THB' },
			{ name: 'US Dollar (USD)', value: 'USD' },
			{ name: 'Vietnamese Dong (VND)', value: 'VND' },
		],
	};
}
