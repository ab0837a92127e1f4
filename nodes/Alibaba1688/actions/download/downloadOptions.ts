import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { asBoolean, asNumber } from '../../../shared/helpers/values';

type ShowFor = Record<string, string[]>;

const FIELD = 'Download Options';
export const DEFAULT_TIME_LIMIT_SECONDS = 30;
const MAX_TIME_LIMIT_SECONDS = 300;

/** What the user allows a download from a URL: where it may go and how long it may take. */
export interface DownloadOptions {
	allowPrivateNetwork: boolean;
	timeLimitSeconds: number;
}

/** The Download Options collection of an operation that downloads a file from a URL the user (or an agent) gives. */
export function downloadOptionsField(show: ShowFor): INodeProperties {
	return {
		displayName: FIELD,
		name: 'downloadOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Allow Private Network Addresses',
				name: 'allowPrivateNetwork',
				type: 'boolean',
				default: false,
				description:
					"Whether the URL may point to n8n's own machine or a private network (localhost, 10.x, 172.16-31.x, 192.168.x, 100.64-127.x, link-local, fc00::/7, names like *.local or *.internal), e.g. for an image on an intranet server. Off, only public internet addresses are downloaded. Keep it off when an AI agent or outside data supplies the URL: whoever chooses the URL could then make n8n fetch internal addresses. Cloud metadata, multicast and reserved addresses are refused either way.",
			},
			{
				displayName: 'Time Limit (Seconds)',
				name: 'timeLimit',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_TIME_LIMIT_SECONDS },
				default: DEFAULT_TIME_LIMIT_SECONDS,
				description:
					'The most the whole download may take: connecting, every redirect and the file itself. A slower or stalled server is given up on with an error.',
			},
		],
	};
}

/** The item's Download Options; a time limit outside 1-300 seconds is an input error. */
export function readDownloadOptions(this: IExecuteFunctions, itemIndex: number): DownloadOptions {
	const raw = (this.getNodeParameter('downloadOptions', itemIndex, {}) ?? {}) as {
		allowPrivateNetwork?: unknown;
		timeLimit?: unknown;
	};
	const timeLimitSeconds =
		raw.timeLimit === undefined || raw.timeLimit === ''
			? DEFAULT_TIME_LIMIT_SECONDS
			: asNumber(raw.timeLimit);
	if (
		timeLimitSeconds === undefined ||
		timeLimitSeconds < 1 ||
		timeLimitSeconds > MAX_TIME_LIMIT_SECONDS
	) {
		throw new InputError(
			FIELD,
			`Time Limit (Seconds) must be a number of seconds from 1 to ${MAX_TIME_LIMIT_SECONDS}, got ${String(raw.timeLimit)}`,
		);
	}
	return { allowPrivateNetwork: asBoolean(raw.allowPrivateNetwork) ?? false, timeLimitSeconds };
}
