'use strict';
/** The queue-mode runner's pure parts: its gateway figures, its own workflows, the environment every n8n process gets. */
const { isThrottle, isTokenRefusal, isTokenRequest } = require('../lib/executions');
const { peakPerWindow } = require('../../support/rates');
const { queueEnv } = require('../lib/cluster');
const workflows = require('../workflows');
const { SANDBOX_FIXTURES } = require('../../sandbox');
const { buildSeed } = require('../../sandbox/data/seed');

const credential = { id: 'cred1', name: '1688 sandbox' };

/** The node names a workflow's connections lead through, from its first node. */
function chain(workflow) {
	const names = [workflow.nodes[0].name];
	for (;;) {
		const next = workflow.connections[names[names.length - 1]]?.main?.[0]?.[0]?.node;
		if (!next) return names;
		names.push(next);
	}
}

describe('peakPerWindow', () => {
	test('counts the most timestamps inside any window of the given length', () => {
		expect(peakPerWindow([])).toBe(0);
		expect(peakPerWindow([0, 100, 200, 999, 1000, 1001])).toBe(5);
		expect(peakPerWindow([0, 100, 1000, 1100])).toBe(2);
		expect(peakPerWindow([5000, 0, 2000, 4000, 1000, 3000])).toBe(1);
		expect(peakPerWindow([0, 10, 20, 1500, 1510], 100)).toBe(3);
	});
});

describe('gateway log classifiers', () => {
	test('tell throttles, token refusals and token requests (either endpoint form) apart', () => {
		expect(isThrottle({ errorCode: 'gw.QosAppFrequencyLimit' })).toBe(true);
		expect(isThrottle({ errorCode: '401', httpStatus: 401 })).toBe(false);
		expect(isTokenRefusal({ errorCode: '401', httpStatus: 401 })).toBe(true);
		expect(isTokenRefusal({ errorCode: null, httpStatus: 200 })).toBe(false);
		expect(isTokenRequest({ api: 'system.oauth2:getToken-1' })).toBe(true);
		expect(isTokenRequest({ api: 'com.alibaba.product:alibaba.product.get-1' })).toBe(false);
	});
});

describe('queue test workflows', () => {
	const sandbox = { store: { offers: buildSeed().offers } };

	test('offer groups are disjoint lists of offers on sale', () => {
		const groups = workflows.offerGroups(sandbox, 4, 12);
		const all = groups.flat();
		expect(groups.map((g) => g.length)).toEqual([12, 12, 12, 12]);
		expect(new Set(all).size).toBe(48);
		for (const id of all) expect(sandbox.store.offers.get(Number(id)).status).toBe('published');
		expect(() => workflows.offerGroups(sandbox, 10, 12)).toThrow(/offers on sale/);
	});

	test('a load workflow reads each offer with Product → Get and the given credential', () => {
		const offerIds = [String(SANDBOX_FIXTURES.offerOneSku.offerId)];
		const wf = workflows.loadWorkflow({ id: 'wf1', name: 'load', offerIds, credential });
		expect(chain(wf)).toEqual(['Run manually', 'Offer IDs', 'Get product']);
		const get = wf.nodes[2];
		expect(get.type).toBe('n8n-nodes-1688.alibaba1688');
		expect(get.credentials).toEqual({ alibaba1688Api: credential });
		expect(new Function(wf.nodes[1].parameters.jsCode)()).toEqual([
			{ json: { offerId: offerIds[0] } },
		]);
	});

	test('the push workflows start with the Message Trigger at a fixed webhook and end in "Passed on"', () => {
		const a = workflows.pushStaticDataWorkflow({ id: 'pa', credential });
		const b = workflows.pushRemoveDuplicatesWorkflow({ id: 'pb', credential });
		const c = workflows.pushRedisWorkflow({
			id: 'pc',
			credential,
			redisCredential: { id: 'r1', name: 'Redis' },
		});
		expect(chain(a)).toEqual(['1688 message', 'Passed on']);
		expect(chain(b)).toEqual(['1688 message', 'Remove repeated msgId', 'Passed on']);
		expect(chain(c)).toEqual(['1688 message', 'Count msgId', 'First delivery?', 'Passed on']);
		for (const wf of [a, b, c]) {
			expect(wf.nodes[0].type).toBe('n8n-nodes-1688.alibaba1688MessageTrigger');
			expect(wf.nodes[0].webhookId).toBe(`${wf.id}-push`);
		}
		expect(b.nodes[1].parameters).toMatchObject({
			operation: 'removeItemsSeenInPreviousExecutions',
			dedupeValue: '={{ $json.msgId }}',
		});
		expect(c.nodes[1].parameters).toMatchObject({
			operation: 'incr',
			key: '=1688-msg-{{ $json.msgId }}',
		});
		expect(c.nodes[1].credentials).toEqual({ redis: { id: 'r1', name: 'Redis' } });
	});
});

describe('queueEnv', () => {
	test('puts every process on the same database, Redis and encryption key, in queue mode with durable poll cursors', () => {
		const env = queueEnv({
			postgres: { port: 5433, database: 'n8n', user: 'n8n' },
			redis: { port: 6380 },
		});
		expect(env).toMatchObject({
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_PORT: '5433',
			QUEUE_BULL_REDIS_PORT: '6380',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_SCHEDULER_ENABLED: 'true',
			N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
			N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
		});
		expect(env.N8N_ENCRYPTION_KEY).toMatch(/^[0-9a-f]{48}$/);
	});
});
