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
import { verifyPushSignature } from '../shared/transport/signature';
import { CREDENTIALS, optionsCollection, PACKAGE_ICON } from '../shared/fields';
import { MESSAGE_TOPICS, wantedTopics } from './messageTopics';
import { parsePushMessage, readPushForm, rememberMessage } from './pushMessage';

/** Answers the request here, so that n8n sends nothing more (and starts nothing unless workflowData is returned). */
function answer(context: IWebhookFunctions, status: number, text: string): IWebhookResponseData {
	const res = context.getResponseObject();
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
	res.end(text);
	return { noWebhookResponse: true };
}

/**
 * What 1688 is told for every message it need not send again: HTTP 200 with the body `success`.
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
		subtitle: '={{ $parameter["messageTypes"].length ? $parameter["messageTypes"].join(", ") : "All message types" }}',
		description: 'Starts the workflow when 1688.com pushes a message: an order paid or shipped, a logistics update, a stock change',
		defaults: { name: '1688 Message Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: CREDENTIALS,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: '1688' }],
		properties: [
			{
				displayName:
					'Copy the Production URL above into your app\'s message subscription settings on open.1688.com and subscribe to the topics you need. Messages are checked against the App Secret of the credential.',
				name: 'registrationNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Message Types',
				name: 'messageTypes',
				type: 'multiOptions',
				options: MESSAGE_TOPICS,
				default: [],
				description: 'Only start the workflow for these 1688 message topics; none selected means every message',
			},
			optionsCollection([
				{
					displayName: 'Other Message Types',
					name: 'otherTypes',
					type: 'string',
					default: '',
					placeholder: 'CROSSBOARD_CROSSBOARD_ADD_SUPPLY',
					description: 'More topic names to accept, separated by commas, for topics not in the list',
				},
			]),
		],
	};

	/**
	 * 1688 has no API for push URLs: the subscription is set up by hand on open.1688.com. Activation
	 * checks what the node itself needs (the App Secret that verifies every message) and remembers the
	 * URL it was activated for; deactivation forgets it and the remembered message IDs.
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
						description: 'Every push message is signed with the App Secret; without it each one would be refused. Copy it from open.1688.com → My Apps.',
					});
				}
				this.getWorkflowStaticData('node').activeUrl = this.getNodeWebhookUrl('default');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const staticData = this.getWorkflowStaticData('node');
				delete staticData.activeUrl;
				delete staticData.recentMessageIds;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const request = this.getRequestObject() as { rawBody?: unknown };
		const { message, signature } = readPushForm(this.getBodyData(), request.rawBody);
		const appSecret = typeof credentials.appSecret === 'string' ? credentials.appSecret : '';
		if (message === undefined || signature === undefined || !verifyPushSignature(appSecret, message, signature)) {
			return answer(this, 401, 'The _aop_signature is missing or does not match the App Secret');
		}
		const item = parsePushMessage(message);
		if (!item) return answer(this, 400, 'The message field is not a JSON object');

		// 1688 delivers a message again when it is unsure it arrived: one execution per msgId.
		const staticData = this.getWorkflowStaticData('node');
		const msgId = item.msgId as string | null;
		const recent = Array.isArray(staticData.recentMessageIds) ? (staticData.recentMessageIds as string[]) : [];
		if (msgId !== null && recent.includes(msgId)) return accept(this);

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const wanted = wantedTopics(this.getNodeParameter('messageTypes', []), options.otherTypes);
		if (wanted.size > 0 && !wanted.has(String(item.type))) return accept(this);

		if (msgId !== null) staticData.recentMessageIds = rememberMessage(recent, msgId);
		return { ...accept(this), workflowData: [[{ json: item }]] };
	}
}
