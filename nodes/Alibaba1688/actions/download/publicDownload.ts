import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { formatBytes, tooLargeProblem } from '../../helpers/imageCheck';
import { InputError } from '../../../shared/helpers/inputError';
import { safeUrlText } from '../../helpers/urlText';
import { guardAddress, n8nSsrfBlock, ssrfBlockError } from './addressGuard';
import type { DownloadOptions } from './downloadOptions';

/** `1 second`, `30 seconds`. */
const seconds = (count: number): string => `${count} second${count === 1 ? '' : 's'}`;
/**
 * Downloads a file from a URL chosen by the user or an AI agent, through n8n's own HTTP helper, so that a hostile
 * URL can neither reach internal addresses (addressGuard, before the request and every redirect, which are followed
 * here one by one) nor hold n8n's memory or time: the body is streamed and stopped at the size limit (counted after
 * decompression, so a gzip bomb stops there too), and one deadline covers the whole download. Errors name the
 * field, never repeat what the server answered, and show the URL without credentials or query values.
 */

export interface DownloadLimits extends DownloadOptions {
	/** The parameter's display name, for errors: "Image URL". */
	field: string;
	maxBytes: number;
	/** Who sets the limit, for the size error: "the image search accepts". */
	limitOwner: string;
}

export interface DownloadedFile {
	bytes: Buffer;
	/** The answer's Content-Type, without parameters (`image/png`); undefined when absent. */
	contentType?: string;
}

const MAX_REDIRECTS = 5;
const REACHABLE_HINT = 'Check that the address is public and reachable from n8n.';
const EXPIRED = Symbol('expired');

interface Body {
	destroy(): void;
	[Symbol.asyncIterator](): AsyncIterator<unknown>;
}

function isBody(value: unknown): value is Body {
	return (
		typeof value === 'object' &&
		value !== null &&
		Symbol.asyncIterator in value &&
		typeof (value as Body).destroy === 'function'
	);
}

/** Why a request failed, in words (n8n replaces a message holding a network code such as ECONNREFUSED with its own). */
const NETWORK_FAILURES: Array<[pattern: RegExp, reason: string]> = [
	[/ECONNREFUSED|refused/i, 'the server refused the connection'],
	[/ENOTFOUND|EAI_AGAIN|getaddrinfo/i, 'the host name could not be resolved'],
	[/ECONNRESET|socket hang up/i, 'the connection was reset'],
	[/CERT|SSL|TLS/i, 'its TLS certificate was not accepted'],
];

function requestFailure(error: unknown, limits: DownloadLimits): string {
	const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
	const text = `${String(code ?? '')} ${String(message ?? '')}`;
	if (/ETIMEDOUT|ECONNABORTED|timeout/i.test(text))
		return `no answer within ${seconds(limits.timeLimitSeconds)}`;
	return NETWORK_FAILURES.find(([pattern]) => pattern.test(text))?.[1] ?? 'the request failed';
}

/** n8n's SSRF refusal in its own words, or the network failure in ours. */
function requestError(error: unknown, limits: DownloadLimits, shown: string): InputError {
	const block = n8nSsrfBlock(error);
	if (block) return ssrfBlockError(limits.field, shown, block);
	return new InputError(
		limits.field,
		`${shown} could not be downloaded: ${requestFailure(error, limits)}`,
		REACHABLE_HINT,
	);
}

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = (response.headers as Record<string, unknown> | undefined)?.[name];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The body, read up to maxBytes; undefined (and the stream destroyed) as soon as it passes them. */
async function readUpTo(body: unknown, maxBytes: number): Promise<Buffer | undefined> {
	if (!isBody(body)) {
		const bytes = Buffer.isBuffer(body) ? body : Buffer.from((body ?? '') as string);
		return bytes.length > maxBytes ? undefined : bytes;
	}
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of body) {
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
		total += bytes.length;
		if (total > maxBytes) {
			body.destroy();
			return undefined;
		}
		chunks.push(bytes);
	}
	return Buffer.concat(chunks, total);
}

interface Session {
	signal: AbortSignal;
	/** The body being read, destroyed when the deadline passes. */
	body?: Body;
	remainingMs: () => number;
}

/** Where a redirect leads (relative to the current URL); anything but http(s) is an error. */
function redirectTarget(location: string, current: URL, field: string, start: string): URL {
	let next: URL | undefined;
	try {
		next = new URL(location, current);
	} catch {
		next = undefined;
	}
	if (!next || !/^https?:$/.test(next.protocol))
		throw new InputError(
			field,
			`${start} redirected to an address that is not http or https`,
			REACHABLE_HINT,
		);
	return next;
}

async function requestOnce(
	this: IExecuteFunctions,
	url: URL,
	session: Session,
): Promise<IN8nHttpFullResponse> {
	return (await this.helpers.httpRequest({
		method: 'GET',
		url: url.toString(),
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		timeout: session.remainingMs(),
		abortSignal: session.signal,
	})) as IN8nHttpFullResponse;
}

async function followAndRead(
	this: IExecuteFunctions,
	url: URL,
	limits: DownloadLimits,
	session: Session,
): Promise<DownloadedFile> {
	const start = safeUrlText(url);
	let current = url;
	for (let redirects = 0; ; redirects++) {
		const shown = redirects === 0 ? start : `${start} redirected to ${safeUrlText(current)}, which`;
		await guardAddress.call(this, current, {
			field: limits.field,
			allowPrivateNetwork: limits.allowPrivateNetwork,
			shown,
		});
		let response: IN8nHttpFullResponse;
		try {
			response = await requestOnce.call(this, current, session);
		} catch (error) {
			throw requestError(error, limits, shown);
		}
		session.body = isBody(response.body) ? response.body : undefined;
		// Stopped (time limit, cancelled execution) while the answer arrived: read nothing more.
		if (session.signal.aborted) {
			session.body?.destroy();
			throw new InputError(
				limits.field,
				`${start} could not be downloaded: the download was stopped`,
			);
		}
		const location = header(response, 'location');
		if (response.statusCode >= 300 && response.statusCode < 400 && location) {
			session.body?.destroy();
			if (redirects >= MAX_REDIRECTS)
				throw new InputError(
					limits.field,
					`${start} redirected more than ${MAX_REDIRECTS} times`,
					REACHABLE_HINT,
				);
			current = redirectTarget(location, current, limits.field, start);
			continue;
		}
		if (response.statusCode < 200 || response.statusCode > 299) {
			session.body?.destroy();
			throw new InputError(
				limits.field,
				`${start} is not reachable: the server answered HTTP ${response.statusCode}`,
				'Open the address in a browser: it must show the file itself to anyone, without signing in.',
			);
		}
		const announced = Number(header(response, 'content-length'));
		if (announced > limits.maxBytes) {
			session.body?.destroy();
			throw new InputError(
				limits.field,
				`${start} ${tooLargeProblem(announced, limits.maxBytes, limits.limitOwner)}`,
			);
		}
		let bytes: Buffer | undefined;
		try {
			bytes = await readUpTo(response.body, limits.maxBytes);
		} catch (error) {
			throw requestError(error, limits, start);
		}
		if (!bytes) {
			throw new InputError(
				limits.field,
				`${start} is too large: the download passed the ${formatBytes(limits.maxBytes)} ${limits.limitOwner} and was stopped there`,
			);
		}
		return {
			bytes,
			contentType: header(response, 'content-type')?.split(';')[0].trim() || undefined,
		};
	}
}

/**
 * The file at `url` (no credential: the address is the user's, not 1688's), or an InputError naming the field:
 * an address that may not be reached, a failed request, an HTTP error status, too many redirects, a body above
 * `maxBytes`, or no complete answer within the time limit.
 */
export async function downloadPublicFile(
	this: IExecuteFunctions,
	url: URL,
	limits: DownloadLimits,
): Promise<DownloadedFile> {
	const deadlineMs = limits.timeLimitSeconds * 1000;
	const startedAt = Date.now();
	const stopRequest = new AbortController();
	const stopClock = new AbortController();
	const session: Session = {
		signal: stopRequest.signal,
		remainingMs: () => Math.max(1, Math.round(deadlineMs - (Date.now() - startedAt))),
	};
	// A stopped execution stops the download too.
	const cancelled = this.getExecutionCancelSignal?.();
	const onCancel = () => stopRequest.abort();
	cancelled?.addEventListener('abort', onCancel, { once: true });
	// The clock runs beside the download; whichever ends first wins, the other is stopped in `finally`.
	const expired = sleep(deadlineMs, stopClock.signal).then(
		(): typeof EXPIRED => EXPIRED,
		(): typeof EXPIRED => EXPIRED,
	);
	try {
		const outcome = await Promise.race([followAndRead.call(this, url, limits, session), expired]);
		if (outcome === EXPIRED) {
			throw new InputError(
				limits.field,
				`${safeUrlText(url)} could not be downloaded: no complete answer within ${seconds(limits.timeLimitSeconds)}`,
				'The whole download (connecting, redirects and the file) must finish within Download Options → Time Limit. Use a faster host, or raise the limit.',
			);
		}
		return outcome;
	} finally {
		cancelled?.removeEventListener('abort', onCancel);
		stopClock.abort();
		stopRequest.abort();
		session.body?.destroy();
	}
}
