import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/transport';
import {
	isSignedBy,
	pushEnvelope,
	pushRequestTooLarge,
	readPushRequest,
} from '../shared/transport/pushRequest';
import { CREDENTIALS, optionsCollection, PACKAGE_ICON } from '../shared/fields';
import { confirmMessages, shareMessageIds, sharedMessageIds } from '../shared/messageRecovery';
import {
	isWantedTopic,
	messageTypesField,
	OTHER_TYPES_OPTION,
	wantedTopics,
} from '../shared/messageTopics';
import { pushMessageItem } from '../shared/helpers/pushMessage';
import { asNumber } from '../shared/helpers/values';
import { DEFAULT_MAX_AGE_HOURS, judgeDelivery } from './deliveryVerdict';
import { messageKey } from './seenMessages';

/** Answers the request here, so that n8n sends nothing more (and starts nothing unless workflowData is returned). */
function answer(context: IWebhookFunctions, status: number, text: string): IWebhookResponseData {
	const res = context.getResponseObject();
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
	res.end(text);
	return { noWebhookResponse: true };
}

/**
 * What 1688 is told for every message it need not send again: HTTP 200 with the body `success`, also for
 * a repeat and for a message older than the age limit (a replay looks the same as a repeat from outside).
 * 1688 sends again whatever is not answered so, and keeps it for the pull.
 * The node answers itself rather than through n8n's onReceived answer, which would send n8n's own
 * body, and so that n8n saves the message IDs remembered below before it starts the execution (n8n
 * 2.x saves a webhook's static data when the answer is sent; once the execution has started from the
 * same data, that change is no longer seen).
 */
function accept(context: IWebhookFunctions): IWebhookResponseData {
	return answer(context, 200, 'success');
}

export class Alibaba1688MessageTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688 Message Trigger',
		name: 'alibaba1688MessageTrigger',
		icon: PACKAGE_ICON,
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["messageTypes"].length ? $parameter["messageTypes"].join(", ") : "All message types" }}',
		description:
			'Starts the workflow when 1688.com pushes a message: an order paid or shipped, a logistics update, a stock change',
		defaults: { name: '1688 Message Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: '1688' }],
		properties: [
			{
				displayName:
					"Copy the Production URL above into your app's message subscription settings on open.1688.com and subscribe to the topics you need. Messages are checked against the App Secret of the credential. No public HTTPS URL? The 1688 Trigger's Messages (Pulled) event gets the same messages by polling.",
				name: 'registrationNotice',
				type: 'notice',
				default: '',
			},
			messageTypesField(
				'Only start the workflow for these 1688 message topics; none selected means every message',
			),
			optionsCollection([
				{
					displayName: 'Avoid Duplicates With Pulled Messages',
					name: 'avoidDuplicates',
					type: 'boolean',
					default: false,
					description:
						'Whether this trigger shares a 1688 Trigger (Messages (Pulled)) in the same workflow, which catches what the webhook missed: messages the pull already started for are skipped here, and each message accepted here is confirmed to 1688 (push.message.confirm), so the pull never receives it. Turn it on in both triggers.',
				},
				OTHER_TYPES_OPTION,
				{
					displayName: 'Refuse Messages Older Than (Hours)',
					name: 'maxAgeHours',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: DEFAULT_MAX_AGE_HOURS,
					description:
						'A signed message whose gmtBorn is older than this starts nothing (a captured message sent again, or one very late): 1688 is answered "success" and the node logs a warning. 1688 retries a failed push a few times, then keeps it for Messages (Pulled), which has no age limit. 0 turns the check off.',
				},
			]),
		],
	};

	/**
	 * 1688 has no API for push URLs: the subscription is set up by hand on open.1688.com. Activation
	 * checks what the node itself needs (the App Secret that verifies every message) and remembers the
	 * URL it was activated for; deactivation forgets the URL but keeps the messages it started for, so
	 * that a message 1688 repeats after a re-activation does not start the workflow again.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return this.getWorkflowStaticData('node').activeUrl === this.getNodeWebhookUrl('default');
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = await this.getCredentials(CREDENTIAL_TYPE);
				if (!credentials.appSecret) {
					throw new NodeOperationError(this.getNode(), 'The 1688 credential has no App Secret', {
						description:
							'Every push message is signed with the App Secret; without it each one would be refused. Copy it from open.1688.com → My Apps.',
					});
				}
				this.getWorkflowStaticData('node').activeUrl = this.getNodeWebhookUrl('default');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				delete staticData.activeUrl;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as {
			rawBody?: unknown;
			originalUrl?: unknown;
			url?: unknown;
		};
		const url = request.originalUrl ?? request.url;
		// Bounded before anything is parsed or signed: an unsigned request must stay cheap.
		const tooLarge = pushRequestTooLarge(this.getBodyData(), request.rawBody, url);
		if (tooLarge) return answer(this, 413, tooLarge);
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const push = readPushRequest(this.getBodyData(), request.rawBody, url);
		const appSecret = typeof credentials.appSecret === 'string' ? credentials.appSecret : '';
		if (!isSignedBy(appSecret, push)) {
			return answer(this, 401, 'The _aop_signature is missing or does not match the App Secret');
		}
		const envelope = pushEnvelope(push);
		if (!envelope)
			return answer(
				this,
				400,
				'The request holds no message: neither a JSON object in "message" nor message fields',
			);
		const item = pushMessageItem(envelope);

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const wanted = wantedTopics(this.getNodeParameter('messageTypes', []), options.otherTypes);
		if (!isWantedTopic(wanted, item.type)) return accept(this);

		// 1688 delivers a message again when it is unsure it arrived: one execution per message. Nothing
		// awaits from here to the verdict, which claims a new message for this delivery alone.
		const msgId = item.msgId as string | null;
		const avoidDuplicates = options.avoidDuplicates === true;
		const global = avoidDuplicates ? this.getWorkflowStaticData('global') : undefined;
		const maxAgeHours = Math.max(0, asNumber(options.maxAgeHours) ?? DEFAULT_MAX_AGE_HOURS);
		const verdict = judgeDelivery(this.getWorkflowStaticData('node'), {
			scope: `${this.getWorkflow().id ?? ''}/${this.getNode().id || this.getNode().name}`,
			key: messageKey(item),
			bornAt: item.gmtBornAt === null ? undefined : (item.gmtBorn as number),
			now: Date.now(),
			maxAgeHours,
			startedElsewhere:
				msgId !== null && global !== undefined && sharedMessageIds(global).has(msgId),
		});
		if (verdict === 'new' && global && msgId !== null) shareMessageIds(global, [msgId]);
		const answered = accept(this);
		if (verdict === 'tooOld') {
			this.logger.warn(
				`1688 Message Trigger: message ${msgId ?? '(no msgId)'} of ${String(item.gmtBornAt)} is older than ${maxAgeHours} hours (Refuse Messages Older Than): acknowledged, not started`,
			);
			return answered;
		}
		if (avoidDuplicates && msgId !== null) await confirmToPull(this, msgId);
		return verdict === 'new' ? { ...answered, workflowData: [[{ json: item }]] } : answered;
	}
}

/**
 * Avoid Duplicates: tells 1688 the message was consumed, after 1688 got its answer, so that a pull
 * never lists it (see messageRecovery.ts). A repeated delivery is confirmed again: 1688 repeats a
 * message when it doubts the first delivery, which is when it would also list it as undelivered.
 * A failed confirm does not cost the message: it is logged and the workflow still starts.
 */
async function confirmToPull(context: IWebhookFunctions, msgId: string): Promise<void> {
	try {
		await confirmMessages.call(context, [msgId]);
	} catch (error) {
		context.logger.warn(
			`1688 Message Trigger: could not confirm message ${msgId} to 1688, so a pull may receive it too: ${(error as Error).message}`,
		);
	}
}
