import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { API } from '../shared/apis';
import { collectPages } from '../shared/helpers/paginate';
import { pushMessageItem, rememberMessages } from '../shared/helpers/pushMessage';
import { asArray, asNumber, asObject } from '../shared/helpers/values';
import { confirmMessages, shareMessageIds, sharedMessageIds } from '../shared/messageRecovery';
import { isWantedTopic, wantedTopics } from '../shared/messageTopics';
import { callApi } from '../shared/transport';
import { PollBudget, pollBudgetMs } from './pollBudget';
import { pollError } from './pollErrors';
import { commitState, savedState } from './triggerState';

/** The most messages push.query.messageList returns per page (its doc page: 20–200). */
const PAGE_SIZE = 200;
/** Emitted message IDs kept to recognise a message 1688 lists again (it lags behind a confirm). */
const SEEN_MAX = 2000;

interface MessageWatchState {
	/** Message IDs already emitted (or started by the Message Trigger), the most recent last. */
	seen: string[];
	/** Message IDs emitted or recognised by the last poll: confirmed to 1688 at the start of the next one. */
	unconfirmed: string[];
}

/** One listing per wanted topic (the API filters by one `type`), or one of every topic. */
function listings(wanted: Set<string>): Array<string | undefined> {
	return wanted.size ? [...wanted] : [undefined];
}

async function listPage(
	this: IPollFunctions,
	type: string | undefined,
	page: number,
	pageSize: number,
) {
	const response = await callApi.call(this, API.pushMessageList, { type, page, pageSize });
	const messagePage = asObject(response.pushMessagePage);
	return { items: asArray(messagePage.datas), total: asNumber(messagePage.totalCount) };
}

/** Fetch Test Event: the oldest pending message (of the first wanted topic), as it would be emitted; nothing is confirmed or saved. */
async function fetchSample(
	this: IPollFunctions,
	wanted: Set<string>,
): Promise<INodeExecutionData[][] | null> {
	const { items } = await listPage.call(this, listings(wanted)[0], 1, 20);
	const sample = items.map(pushMessageItem).find((item) => isWantedTopic(wanted, item.type));
	return sample ? [[{ json: sample }]] : null;
}

/**
 * Messages (Pulled): the app's push messages 1688 could not deliver (no push URL, or it failed),
 * read from push.query.messageList, each emitted once, in the item shape of the Message Trigger.
 *
 * Listing consumes nothing; a message leaves 1688's list when it is confirmed (push.message.confirm).
 * A poll first confirms what the previous poll emitted (that poll succeeded: its state was saved and
 * its items handed to n8n), then lists, then saves the new IDs as seen and as to be confirmed. A poll
 * that fails anywhere changes nothing: its messages are still listed and emitted by the next poll, and
 * the IDs it meant to confirm are confirmed then (confirming twice is harmless). So a message is never
 * confirmed before it was emitted, and a message 1688 lists again is not emitted twice.
 */
export async function pollMessages(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const budget = new PollBudget(pollBudgetMs(this), Date.now());
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const wanted = wantedTopics(this.getNodeParameter('messageTypes', []), options.otherTypes);
	if (this.getMode() === 'manual') return await fetchSample.call(this, wanted);

	const saved = savedState<MessageWatchState>(this, 'messages');
	const previous = saved?.unconfirmed ?? [];
	if (previous.length) {
		await confirmMessages.call(this, previous).catch((error: unknown) => {
			throw pollError(this.getNode(), error, 'Confirming the messages the last poll emitted');
		});
	}

	const global =
		options.avoidDuplicates === true ? this.getWorkflowStaticData('global') : undefined;
	const startedElsewhere = global ? sharedMessageIds(global) : new Set<string>();
	const seen = new Set([...(saved?.seen ?? []), ...previous]);
	const items: IDataObject[] = [];
	const emitted: string[] = [];
	// Listed again although already emitted or started by the Message Trigger: confirmed, not emitted.
	const recognised = new Set<string>();
	for (const type of listings(wanted)) {
		await collectPages(
			async (page, pageSize) => {
				// Messages a poll does not reach stay listed, for the next poll.
				if (budget.stepsTaken >= 1 && !budget.allowsAnotherStep(Date.now())) return { items: [] };
				const listed = await budget.step(
					async () => await listPage.call(this, type, page, pageSize),
				);
				for (const item of listed.items.map(pushMessageItem)) {
					const msgId = item.msgId as string | null;
					if (msgId === null || !isWantedTopic(wanted, item.type)) continue;
					if (seen.has(msgId) || startedElsewhere.has(msgId)) {
						recognised.add(msgId);
						continue;
					}
					seen.add(msgId);
					emitted.push(msgId);
					items.push(item);
				}
				return listed;
			},
			// One page at a time: each page is checked against the poll budget first.
			{ returnAll: true, limit: Infinity, pageSize: PAGE_SIZE, concurrency: 1 },
		).catch((error: unknown) => {
			throw pollError(this.getNode(), error, 'Listing 1688 messages');
		});
	}

	commitState(this, 'messages', {
		seen: rememberMessages(saved?.seen, emitted, Math.max(SEEN_MAX, emitted.length)),
		unconfirmed: [...new Set([...emitted, ...recognised])],
	});
	if (global) shareMessageIds(global, emitted);
	// Oldest first across the topics' listings (a stable sort keeps 1688's order otherwise).
	items.sort((a, b) => Number(a.gmtBorn ?? 0) - Number(b.gmtBorn ?? 0));
	return items.length ? [items.map((json) => ({ json }))] : null;
}
