'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadPackage, PACKAGE_DIR } = require('../support/engine');

const manifest = require(path.join(PACKAGE_DIR, 'package.json'));

describe('the built package, as n8n loads it', () => {
	test("n8n's PackageDirectoryLoader finds the node and credential under their fixed names", async () => {
		const loader = await loadPackage();
		expect(loader.packageName).toBe('n8n-nodes-1688');
		expect(Object.keys(loader.known.nodes)).toContain('alibaba1688');
		expect(loader.known.credentials.alibaba1688Api.supportedNodes).toContain('alibaba1688');
		const node = loader.nodeTypes.alibaba1688.type.description;
		expect(node).toMatchObject({
			name: 'alibaba1688',
			displayName: '1688',
			credentials: [{ name: 'alibaba1688Api', required: true }],
		});
		// usable as an AI agent tool, with the description the tool variant shows agents (n8n 1.x and 2.x read this form)
		expect(node.usableAsTool).toEqual({
			replacements: {
				description: expect.stringMatching(
					/^Works on 1688\.com.*CNY.*offerId.*specId.*human approval\.$/s,
				),
			},
		});
		const credential = loader.credentialTypes.alibaba1688Api.type;
		expect(credential.properties.map((p) => p.name)).toEqual(
			expect.arrayContaining(['appKey', 'appSecret', 'accessToken', 'refreshToken', 'baseUrl']),
		);
		expect(credential.properties.find((p) => p.name === 'baseUrl').default).toBe(
			'https://gw.open.1688.com',
		);
		for (const secret of ['appSecret', 'accessToken', 'refreshToken']) {
			expect(credential.properties.find((p) => p.name === secret).typeOptions).toEqual({
				password: true,
			});
		}
		expect(typeof credential.authenticate).toBe('function');
		expect(credential.test.request.url).toContain('alibaba.account.basic');
	});

	test('the trigger nodes load under their fixed names, as n8n trigger nodes with the package icon', async () => {
		const loader = await loadPackage();
		expect(Object.keys(loader.known.nodes)).toEqual([
			'alibaba1688',
			'alibaba1688Trigger',
			'alibaba1688MessageTrigger',
		]);
		expect(loader.known.credentials.alibaba1688Api.supportedNodes).toEqual([
			'alibaba1688',
			'alibaba1688Trigger',
			'alibaba1688MessageTrigger',
		]);
		const credentials = [{ name: 'alibaba1688Api', required: true }];
		const polling = loader.nodeTypes.alibaba1688Trigger.type.description;
		expect(polling).toMatchObject({
			name: 'alibaba1688Trigger',
			displayName: '1688 Trigger',
			group: ['trigger'],
			polling: true,
			inputs: [],
			credentials,
		});
		expect(polling.properties.find((p) => p.name === 'event').options.map((o) => o.value)).toEqual([
			'messagesPulled',
			'orderStatusChanged',
			'priceChanged',
			'refundStatusChanged',
			'stockChanged',
		]);
		// The trigger reads offers from the same sources as Product → Get, named the same way, Automatic by default in both.
		const productSource = loader.nodeTypes.alibaba1688.type.description.properties.find(
			(p) => p.name === 'source' && p.displayOptions?.show?.operation?.includes('get'),
		);
		const triggerSource = polling.properties
			.find((p) => p.name === 'options')
			.options.find((o) => o.name === 'source');
		expect(triggerSource.options.map((o) => o.value)).toEqual([
			'authorised',
			'automatic',
			'crossBorder',
		]);
		expect(triggerSource.options).toEqual(productSource.options);
		expect([triggerSource.default, productSource.default]).toEqual(['automatic', 'automatic']);
		const push = loader.nodeTypes.alibaba1688MessageTrigger.type.description;
		expect(push).toMatchObject({
			name: 'alibaba1688MessageTrigger',
			displayName: '1688 Message Trigger',
			group: ['trigger'],
			inputs: [],
			credentials,
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: '1688' }],
		});
		// Both message triggers offer the same topics and give the same item shape (nodes/shared).
		const topics = (trigger) => trigger.properties.find((p) => p.name === 'messageTypes').options;
		expect(topics(polling)).toEqual(topics(push));
		for (const trigger of [polling, push]) {
			expect(trigger).not.toHaveProperty('usableAsTool');
			expect(trigger.iconUrl).toEqual(loader.nodeTypes.alibaba1688.type.description.iconUrl);
			expect(trigger.codex.categories).toEqual(['Sales']);
		}
		for (const icon of Object.values(polling.iconUrl)) {
			expect(fs.existsSync(path.join(PACKAGE_DIR, icon.replace('icons/n8n-nodes-1688/', '')))).toBe(
				true,
			);
		}
	});

	test('Any 1688 API → Call (customApi/call) keeps its public parameter names', async () => {
		const loader = await loadPackage();
		const properties = loader.nodeTypes.alibaba1688.type.description.properties;
		const resource = properties.find((p) => p.name === 'resource');
		expect(resource.options.map((o) => o.value)).toEqual(
			expect.arrayContaining(['customApi', 'product']),
		);
		const forCall = properties.filter((p) =>
			p.displayOptions?.show?.resource?.includes('customApi'),
		);
		expect(forCall.find((p) => p.name === 'operation').options.map((o) => o.value)).toEqual([
			'call',
		]);
		for (const name of ['namespace', 'apiName', 'version', 'parameters']) {
			expect(forCall.map((p) => p.name)).toContain(name);
		}
		expect(forCall.find((p) => p.name === 'version').default).toBe(1);
	});

	test("the manifest follows n8n's community package rules", () => {
		expect(manifest.name).toBe('n8n-nodes-1688');
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.license).toBe('MIT');
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.n8n).toMatchObject({ n8nNodesApiVersion: 1, strict: true });
		expect(manifest.scripts).not.toHaveProperty('install');
		expect(manifest.scripts).not.toHaveProperty('postinstall');
		expect(manifest.scripts).not.toHaveProperty('preinstall');
	});
});
