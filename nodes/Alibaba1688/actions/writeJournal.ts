import type { IDataObject } from 'n8n-workflow';

/**
 * What the node's writes did earlier in the same execution, in this process's memory.
 *
 * n8n's Retry On Fail runs a failed node again, every item, in the same execution and process; it does the
 * same when continue-on-fail put an error into the first output item. A write that the package sends once
 * per try would then be sent once per try. With this journal a later try finds what an earlier one did: an
 * answer it got back is returned again without a request; an answer it lost (the request may have been acted
 * on) is reported as such and not sent. Only writes that 1688 refused before acting are sent again.
 *
 * Entries are forgotten `TTL_MS` after they were written, and the oldest first beyond `MAX_ENTRIES`: retries
 * come within seconds (n8n waits at most 5 s between at most 5 tries), so this bounds memory without
 * forgetting anything a retry needs.
 */

/** A write within an execution: which node, run and input item sent it, to which API, the how-manyth such call. */
export interface WriteKey {
	executionId: string;
	nodeName: string;
	runIndex: number;
	itemIndex: number;
	api: string;
	/** 0 for the item's first call to this API in a try, 1 for its second (e.g. part 2 of a cart)… */
	call: number;
}

/** What a try learnt of a write, and when. */
export type WriteOutcome =
	| {
			state: 'done';
			answer: IDataObject;
			/** What was done, for an error message: "order 2304567890123456789 (SHOP-1001)". */
			summary: string;
			at: number;
	  }
	| {
			state: 'uncertain';
			/** The code of the failure that lost the answer (ECONNRESET, HTTP_502, …). */
			code: string;
			at: number;
	  };

/** An outcome with the execution, node and item of its key (for doneIn and error messages). */
export type JournalEntry = WriteOutcome & Pick<WriteKey, 'executionId' | 'nodeName' | 'itemIndex'>;

export type DoneWrite = Extract<JournalEntry, { state: 'done' }>;

export const TTL_MS = 6 * 60 * 60 * 1000;
export const MAX_ENTRIES = 10_000;

function keyOf(key: WriteKey): string {
	return [key.executionId, key.nodeName, key.runIndex, key.itemIndex, key.api, key.call].join(
		'\u0000',
	);
}

export class WriteJournal {
	// A Map keeps insertion order: the first entries are the oldest.
	private readonly entries = new Map<string, JournalEntry>();

	constructor(
		private readonly ttlMs = TTL_MS,
		private readonly maxEntries = MAX_ENTRIES,
	) {}

	get(key: WriteKey, now: number): JournalEntry | undefined {
		this.forgetOld(now);
		return this.entries.get(keyOf(key));
	}

	record(key: WriteKey, outcome: WriteOutcome): void {
		const id = keyOf(key);
		const { executionId, nodeName, itemIndex } = key;
		this.entries.delete(id);
		this.entries.set(id, { ...outcome, executionId, nodeName, itemIndex });
		this.forgetOld(outcome.at);
	}

	/** The writes known to be done in an execution, in the order they were recorded. */
	doneIn(executionId: string): DoneWrite[] {
		return [...this.entries.values()].filter(
			(entry): entry is DoneWrite => entry.executionId === executionId && entry.state === 'done',
		);
	}

	get size(): number {
		return this.entries.size;
	}

	private forgetOld(now: number): void {
		for (const [id, entry] of this.entries) {
			if (this.entries.size <= this.maxEntries && now - entry.at < this.ttlMs) break;
			this.entries.delete(id);
		}
	}
}

/** How many done writes an error lists by name; the rest are counted. */
const LISTED_WRITES = 20;

/** The writes done in an execution, for an error message: `item 0 of "1688": order 2304… (SHOP-1001); …`. */
export function describeWritesDone(writes: DoneWrite[]): string {
	const listed = writes
		.slice(0, LISTED_WRITES)
		.map((write) => `item ${write.itemIndex} of "${write.nodeName}": ${write.summary}`);
	const more = writes.length - listed.length;
	return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
