import { Pacer } from './pacing';

/**
 * One pacer per gateway quota in this n8n process: the gateway counts calls per App Key, so every
 * execution calling one gateway with one App Key (two workflows syncing at once, a trigger's polls)
 * shares the pace and what was learned about the limit. Other n8n processes (queue-mode workers) have
 * their own. A pacer nothing used for `IDLE_FORGET_MS` is forgotten, so the map holds only the
 * credentials in use; the next call starts again from the credential's Requests per Second.
 */
export const IDLE_FORGET_MS = 10 * 60_000;

const pacers = new Map<string, Pacer>();

export function sharedPacer(gatewayUrl: string, appKey: string, now: number): Pacer {
	for (const [key, pacer] of pacers) {
		if (pacer.idle(now, IDLE_FORGET_MS)) pacers.delete(key);
	}
	const key = `${gatewayUrl} ${appKey}`;
	let pacer = pacers.get(key);
	if (!pacer) {
		pacer = new Pacer(now);
		pacers.set(key, pacer);
	}
	return pacer;
}
