import type {
	IDataObject,
	IExecuteFunctions,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import {
	callApi,
	formatApiId,
	GatewayError,
	type ApiParams,
	type ApiRef,
} from '../../shared/transport';
import { toNodeError } from '../../shared/helpers/nodeErrors';
import { describeWritesDone, WriteJournal, type WriteKey } from './writeJournal';

/** How a write's answer is read: what it did, or a refusal 1688 put in an answer shaped like a success. */
export interface WriteAnswer {
	/** What a successful answer did, in a few words for an error message ("order 2304… (SHOP-1001)"). */
	done?: (answer: IDataObject) => string;
	/**
	 * The refusal an answer holds despite looking successful (e.g. alibaba.order.memoAdd's 400_4 beside success
	 * true; `refusalIn` of helpers/writeAnswer.ts for the follow-up writes on an order): nothing was done, so the
	 * answer is not remembered as a write, and the refusal is the error, with 1688's code in words, as a refusal
	 * the transport recognised.
	 */
	refusedIn?: (answer: IDataObject) => { code: string; message: string } | undefined;
}

/** What to tell the user when a change may or may not have happened on 1688. */
export interface UncertainOutcome extends WriteAnswer {
	/** e.g. "The order MAY have been created on 1688: the request was sent but its answer was lost" */
	message: string;
	/** How to find out what happened before trying again. */
	hint: string;
}

/** A write not sent again because an earlier try of the node sent it and lost the answer. */
class NotResentError extends GatewayError {}

/** The writes of every execution in this process (see writeJournal.ts). */
const journal = new WriteJournal();

// How many calls each item of a try made to each API so far: a try is one run of execute(), with its own context.
const callCounts = new WeakMap<object, Map<string, number>>();

function nextCall(context: object, itemIndex: number, api: string): number {
	let counts = callCounts.get(context);
	if (!counts) {
		counts = new Map();
		callCounts.set(context, counts);
	}
	const id = `${itemIndex} ${api}`;
	const call = counts.get(id) ?? 0;
	counts.set(id, call + 1);
	return call;
}

/** This write's place in the execution, or undefined where n8n gives no execution ID (nothing to retry then). */
function writeKeyOf(
	context: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
): WriteKey | undefined {
	const executionId = context.getExecutionId?.();
	if (!executionId) return undefined;
	const runIndex = Number(context.getWorkflowDataProxy(itemIndex).$runIndex);
	const apiId = formatApiId(api);
	return {
		executionId,
		nodeName: context.getNode().name,
		runIndex: Number.isInteger(runIndex) ? runIndex : 0,
		itemIndex,
		api: apiId,
		call: nextCall(context, itemIndex, apiId),
	};
}

/**
 * Sends a write to 1688 at most once per execution, for this node, run, item and call. A call an earlier try
 * of the node (n8n's Retry On Fail) already made is not sent again: its answer is returned as it came, or, when
 * that answer was lost, the same "may have happened" failure is thrown. Failures that prove 1688 did not act
 * (it refused the request) are not remembered, so a retry sends those again.
 */
export async function sendWrite(
	this: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
	params: ApiParams,
	{ done = () => `called ${api.name}`, refusedIn }: WriteAnswer = {},
): Promise<IDataObject> {
	const key = writeKeyOf(this, itemIndex, api);
	const earlier = key ? journal.get(key, Date.now()) : undefined;
	if (earlier?.state === 'done') return earlier.answer;
	if (earlier?.state === 'uncertain') {
		throw new NotResentError({
			api: formatApiId(api),
			code: earlier.code,
			gatewayMessage: `An earlier try of this node in this execution (n8n's Retry On Fail) sent this request and lost its answer (${earlier.code}); it was not sent again.`,
			outcomeUnknown: true,
		});
	}
	let failure: unknown;
	try {
		const answer = await callApi.call(this, api, params, { write: true });
		const refusal = refusedIn?.(answer);
		if (refusal)
			throw new GatewayError({
				api: formatApiId(api),
				code: refusal.code,
				gatewayMessage: refusal.message,
			});
		if (key) journal.record(key, { state: 'done', answer, summary: done(answer), at: Date.now() });
		return answer;
	} catch (error) {
		failure = error;
	}
	if (key && failure instanceof GatewayError && failure.outcomeUnknown) {
		journal.record(key, { state: 'uncertain', code: failure.code, at: Date.now() });
	}
	throw failure;
}

/**
 * A node error that stops the execution, naming every write already done in it (by any 1688 node, earlier
 * items and earlier tries included), so that nobody fixes the input and runs it all again: in the description,
 * and as `alreadyDone` in the error's context (kept in the execution's data).
 */
export function withWritesDone<E extends NodeApiError | NodeOperationError>(
	context: IExecuteFunctions,
	error: E,
): E {
	const executionId = context.getExecutionId?.();
	const writes = executionId ? journal.doneIn(executionId) : [];
	if (writes.length === 0) return error;
	error.description = [
		error.description,
		`Already done in this execution, and not undone (a retry of the node does not send these again): ${describeWritesDone(writes)}.`,
	]
		.filter(Boolean)
		.join(' ');
	error.context.alreadyDone = writes.map(({ nodeName, itemIndex, summary }) => ({
		nodeName,
		itemIndex,
		summary,
	}));
	return error;
}

/**
 * Sends a call that changes something on 1688 exactly once (see sendWrite). When its answer is lost after the
 * request may have reached 1688 (timeout, reset, 5xx, an HTML error page), the error says the change MAY have
 * happened and how to check, instead of a bare network error. Every other failure becomes the node error the
 * router would have made of it.
 */
export async function callWriteOnce(
	this: IExecuteFunctions,
	itemIndex: number,
	api: ApiRef,
	params: ApiParams,
	uncertain: UncertainOutcome,
): Promise<IDataObject> {
	try {
		return await sendWrite.call(this, itemIndex, api, params, uncertain);
	} catch (error) {
		throw writeFailure.call(this, itemIndex, error, uncertain);
	}
}

/**
 * The node error for a failed write: when its answer was lost after the request may have reached 1688,
 * the "MAY have happened" message and how to check; otherwise the error the router would have made of it.
 */
export function writeFailure(
	this: IExecuteFunctions,
	itemIndex: number,
	error: unknown,
	uncertain: UncertainOutcome,
): NodeApiError | NodeOperationError {
	const nodeError = toNodeError(this.getNode(), error, itemIndex);
	if (error instanceof GatewayError && error.outcomeUnknown) {
		nodeError.message = `${uncertain.message} [${error.code}]`;
		const why =
			error instanceof NotResentError ? error.gatewayMessage : (nodeError.description ?? '');
		nodeError.description = `${uncertain.hint} ${why}`.trim();
	}
	return nodeError;
}
