import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/helpers/inputError';
import { requireJsonObject } from '../../helpers/jsonInput';
import { requireText } from '../../../shared/helpers/validation';
import { callApi, type ApiRef } from '../../../shared/transport';
import { callWriteOnce } from '../writeOnce';
import { parseApiId } from '../../../shared/transport/api';
import { catalogueApi } from '../../../shared/apis';

const showFor = { resource: ['customApi'], operation: ['call'] };

export const description: INodeProperties[] = [
	{
		displayName:
			"Calls any 1688 API with this credential: the request is signed for you. Find the namespace, API name and version on the API's documentation page on open.1688.com.",
		name: 'customApiNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Namespace',
		name: 'namespace',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. com.alibaba.trade',
		description:
			'The API namespace, e.g. com.alibaba.trade. You may also paste the full API ID, e.g. com.alibaba.trade:alibaba.trade.get.buyerView-1.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'API Name',
		name: 'apiName',
		type: 'string',
		default: '',
		placeholder: 'e.g. alibaba.trade.get.buyerView',
		description:
			'The API name, e.g. alibaba.trade.get.buyerView. Leave empty when Namespace holds the full API ID.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Version',
		name: 'version',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The API version; almost every 1688 API is version 1',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Parameters',
		name: 'parameters',
		type: 'json',
		default: '{}',
		description:
			'The business parameters as a JSON object. Objects and arrays inside it are sent as JSON text, as the gateway expects. access_token, _aop_timestamp and _aop_signature are added for you.',
		displayOptions: { show: showFor },
	},
	{
		displayName: 'Read-Only API',
		name: 'readOnly',
		type: 'boolean',
		default: false,
		description:
			'Whether the API only reads data. Read-only calls are tried again after a passing network fault; other calls never are, since 1688 may already have acted on them.',
		displayOptions: { show: showFor },
	},
];

function apiFromParameters(namespace: string, apiName: string, version: number): ApiRef {
	const fullId = parseApiId(namespace);
	if (fullId) return fullId;
	if (!/^[A-Za-z0-9_.]+$/.test(namespace)) {
		throw new InputError(
			'Namespace',
			`"${namespace}" is not a 1688 namespace (letters, digits, dots), e.g. com.alibaba.trade`,
		);
	}
	const name = requireText('API Name', apiName);
	if (!/^[A-Za-z0-9_.]+$/.test(name)) {
		throw new InputError(
			'API Name',
			`"${name}" is not a 1688 API name (letters, digits, dots), e.g. alibaba.trade.get.buyerView`,
		);
	}
	if (!Number.isInteger(version) || version < 1) {
		throw new InputError('Version', `must be a whole number from 1, got ${version}`);
	}
	return { namespace, name, version };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const api = apiFromParameters(
		requireText('Namespace', this.getNodeParameter('namespace', itemIndex)),
		this.getNodeParameter('apiName', itemIndex, '') as string,
		this.getNodeParameter('version', itemIndex, 1) as number,
	);
	const parameters = requireJsonObject(
		'Parameters',
		this.getNodeParameter('parameters', itemIndex, '{}'),
	);
	const readOnly = this.getNodeParameter('readOnly', itemIndex, false) as boolean;
	if (readOnly) return await callApi.call(this, catalogueApi(api), parameters);
	return await callWriteOnce.call(this, itemIndex, catalogueApi(api), parameters, {
		message: `The call of ${api.name} MAY have changed something on 1688: the request was sent but its answer was lost`,
		hint: 'Check on 1688 (or with a read API) whether it took effect before running this item again; the node never sends a call that is not read-only a second time.',
	});
}
