import type { IExecuteFunctions } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import {
	classifyHost,
	classifyIp,
	isAllowedAddress,
	type AddressVerdict,
} from '../../helpers/networkAddress';

/**
 * Where a download from a URL may go. The URL's host is checked before each request (the first and every
 * redirect): an IP address in any spelling by its range, a name by the local-only names it may be and, where
 * n8n offers its egress filter (n8n 2.x), by every address n8n resolves it to. n8n resolves the name again
 * when it connects; only n8n's SSRF protection (N8N_SSRF_PROTECTION_ENABLED=true) checks that address too,
 * so a name whose DNS answer changes between the two (DNS rebinding) is caught only with it on.
 */

const PUBLIC_ONLY_HINT =
	"Only public internet addresses are downloaded, so that a URL from an AI agent or from outside data cannot reach n8n's own machine or network. For a file on your own network, turn on Download Options → Allow Private Network Addresses.";
const NEVER_HINT =
	'Cloud metadata, multicast and reserved addresses are never downloaded from, whatever the options.';

export interface GuardContext {
	field: string;
	allowPrivateNetwork: boolean;
	/** How the URL is named in an error: "https://a.example/x.png" or "… redirected to …, which". */
	shown: string;
}

function refusal(context: GuardContext, verdict: AddressVerdict, subject: string): InputError {
	return new InputError(
		context.field,
		`${context.shown} is refused: ${subject}`,
		verdict.kind === 'never' ? NEVER_HINT : PUBLIC_ONLY_HINT,
	);
}

interface SsrfBlock {
	message: string;
	description?: string;
}

/**
 * n8n's own words when its SSRF protection blocked a request (SsrfBlockedIpError, SsrfBlockedHostnameError,
 * possibly wrapped by the HTTP client as the cause): undefined for any other error.
 */
export function n8nSsrfBlock(error: unknown): SsrfBlock | undefined {
	let current = error as
		| { name?: unknown; message?: unknown; description?: unknown; cause?: unknown }
		| undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		const message = typeof current.message === 'string' ? current.message : '';
		if (
			(typeof current.name === 'string' && /^Ssrf/.test(current.name)) ||
			/^The request was blocked because/.test(message)
		) {
			return {
				message,
				description: typeof current.description === 'string' ? current.description : undefined,
			};
		}
		current = current.cause as typeof current;
	}
	return undefined;
}

export function ssrfBlockError(field: string, shown: string, block: SsrfBlock): InputError {
	return new InputError(
		field,
		`${shown} was blocked by n8n's SSRF protection: ${block.message.replace(/\.$/, '')}`,
		block.description,
	);
}

type Lookup = (
	hostname: string,
	options: { all: true },
	callback: (error: Error | null, addresses: unknown) => void,
) => void;

/** n8n's lookup behind its egress filter (the SSRF rules when they are on, plain DNS otherwise), when this n8n has one. */
function n8nLookup(context: IExecuteFunctions): Lookup | undefined {
	const helpers = context.helpers as {
		getSecureEgressFilter?: () => { createSecureLookup: () => unknown };
	};
	if (typeof helpers.getSecureEgressFilter !== 'function') return undefined;
	return helpers.getSecureEgressFilter().createSecureLookup() as Lookup;
}

async function resolveAll(lookup: Lookup, hostname: string): Promise<string[]> {
	return await new Promise((resolve, reject) => {
		lookup(hostname, { all: true }, (error, addresses) => {
			if (error) reject(error);
			else
				resolve(
					Array.isArray(addresses)
						? addresses.map((entry) => String((entry as { address?: unknown }).address ?? entry))
						: [String(addresses)],
				);
		});
	});
}

const UNRESOLVED = /ENOTFOUND|EAI_AGAIN|EAI_NONAME|ENODATA|ESERVFAIL/;

/** n8n's SSRF refusal in its own words, or a name that does not resolve. */
function lookupError(context: GuardContext, host: string, error: unknown): InputError {
	const block = n8nSsrfBlock(error);
	if (block) return ssrfBlockError(context.field, context.shown, block);
	const code = String((error as { code?: unknown })?.code ?? '');
	const problem = UNRESOLVED.test(code)
		? `the host name ${host} could not be resolved`
		: `the host name ${host} could not be checked (${code || 'lookup failed'})`;
	return new InputError(
		context.field,
		`${context.shown} could not be downloaded: ${problem}`,
		'Check the address: it must be a public host name that n8n can resolve.',
	);
}

/** Throws an InputError when the URL's host may not be reached; resolves when it may. */
export async function guardAddress(
	this: IExecuteFunctions,
	url: URL,
	context: GuardContext,
): Promise<void> {
	const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
	const verdict = classifyHost(host);
	if (!isAllowedAddress(verdict, context.allowPrivateNetwork))
		throw refusal(context, verdict, `${host} is ${verdict.what}`);
	if (!verdict.isName) return;

	const lookup = n8nLookup(this);
	if (!lookup) return;
	let addresses: string[];
	try {
		addresses = await resolveAll(lookup, host);
	} catch (error) {
		throw lookupError(context, host, error);
	}
	for (const address of addresses) {
		const resolved = classifyIp(address) ?? classifyHost(address);
		if (!isAllowedAddress(resolved, context.allowPrivateNetwork))
			throw refusal(context, resolved, `${host} resolves to ${address}, ${resolved.what}`);
	}
}
