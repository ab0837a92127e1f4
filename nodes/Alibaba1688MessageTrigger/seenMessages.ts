import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

const MINUTE = 60_000;

/** The most messages the node's static data remembers (about 18 bytes each with an 11-digit msgId). */
export const SEEN_MAX = 5000;

/** Where the memory lives in the node's static data, and where versions before it kept bare msgIds. */
const STATE_KEY = 'seenMessages';
const LEGACY_KEY = 'recentMessageIds';

/** 1688's msgId is a Long: kept as it is. Anything else is remembered by a hash. */
const PLAIN_MSG_ID = /^\d{1,20}$/;

function digest(text: string): string {
	return '#' + createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 16);
}

function content(item: IDataObject): string {
	const { type, bizKey, userInfo, gmtBorn, data } = item;
	try {
		return JSON.stringify([type, bizKey, userInfo, gmtBorn, data]);
	} catch {
		// data nested too deeply to write out: the envelope fields alone (all text, numbers or null).
		return JSON.stringify([type, bizKey, userInfo, gmtBorn]);
	}
}

/**
 * The key a message is remembered by: its msgId, or for a message without one a hash of its content
 * (type, bizKey, userInfo, gmtBorn and data as received, so the same delivery gives the same key).
 */
export function messageKey(item: IDataObject): string {
	const msgId = item.msgId;
	if (typeof msgId === 'string') return PLAIN_MSG_ID.test(msgId) ? msgId : digest(`msgId:${msgId}`);
	return digest(content(item));
}

/**
 * The messages the Message Trigger started for, in its static data, so that they survive restarts and
 * re-activation: each key with the minute of its time (gmtBorn, or its arrival), written compactly as
 * `key.minute36 key.minute36 …`. Bounded by time (an entry goes once its minute is older than the window)
 * and by count (beyond SEEN_MAX the oldest go, and `forgottenUpTo`, the last minute forgotten early,
 * tells which messages can no longer be told apart from a repeat).
 */
export class SeenMessages {
	private constructor(
		private readonly entries: Map<string, number>,
		private forgottenUpTo: number | undefined,
	) {}

	static read(staticData: IDataObject, now: number): SeenMessages {
		const entries = new Map<string, number>();
		const state = staticData[STATE_KEY] as { keys?: unknown; forgottenUpTo?: unknown } | undefined;
		if (typeof state?.keys === 'string') {
			for (const entry of state.keys.split(' ')) {
				const dot = entry.lastIndexOf('.');
				const minute = parseInt(entry.slice(dot + 1), 36);
				if (dot > 0 && Number.isFinite(minute)) entries.set(entry.slice(0, dot), minute);
			}
		}
		// Versions before this one kept bare msgIds: remembered from now on.
		const legacy = staticData[LEGACY_KEY];
		if (Array.isArray(legacy)) {
			for (const id of legacy)
				if (typeof id === 'string' && !entries.has(id)) entries.set(id, Math.floor(now / MINUTE));
		}
		const forgottenUpTo =
			typeof state?.forgottenUpTo === 'number' ? state.forgottenUpTo : undefined;
		return new SeenMessages(entries, forgottenUpTo);
	}

	has(key: string): boolean {
		return this.entries.has(key);
	}

	/** Whether a message born at this time may have been forgotten early (more than SEEN_MAX in the window). */
	mayHaveForgotten(bornAt: number): boolean {
		return this.forgottenUpTo !== undefined && bornAt < (this.forgottenUpTo + 1) * MINUTE;
	}

	add(key: string, at: number): void {
		this.entries.delete(key);
		this.entries.set(key, Math.floor(at / MINUTE));
	}

	/** Drops what is older than `keepMs`, then, beyond `max`, the oldest (remembering up to when). */
	prune(now: number, keepMs: number, max = SEEN_MAX): void {
		const expired = (minute: number) => (minute + 1) * MINUTE <= now - keepMs;
		for (const [key, minute] of this.entries) if (expired(minute)) this.entries.delete(key);
		if (this.forgottenUpTo !== undefined && expired(this.forgottenUpTo))
			this.forgottenUpTo = undefined;
		if (this.entries.size <= max) return;
		const oldestFirst = [...this.entries].sort((a, b) => a[1] - b[1]);
		for (const [key, minute] of oldestFirst.slice(0, this.entries.size - max)) {
			this.entries.delete(key);
			this.forgottenUpTo = Math.max(this.forgottenUpTo ?? minute, minute);
		}
	}

	write(staticData: IDataObject): void {
		const keys = [...this.entries]
			.map(([key, minute]) => `${key}.${minute.toString(36)}`)
			.join(' ');
		staticData[STATE_KEY] =
			this.forgottenUpTo === undefined ? { keys } : { keys, forgottenUpTo: this.forgottenUpTo };
		if (staticData[LEGACY_KEY] !== undefined) delete staticData[LEGACY_KEY];
	}
}
