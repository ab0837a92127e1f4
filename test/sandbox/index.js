'use strict';
/**
 * The 1688 Open Platform sandbox gateway: an HTTP server on 127.0.0.1 that answers like
 * gw.open.1688.com (signatures, grants, QPS limit, tokens, per-API envelopes) from seeded data.
 *
 *   const { startSandbox } = require('./test/sandbox');
 *   const sb = await startSandbox({ port: 0 });
 *   // POST `${sb.url}/openapi/param2/1/com.alibaba.product/alibaba.product.get/1000000`
 *   await sb.close();
 */
const { createServer } = require('./server');
const { AppRegistry, SANDBOX_APPS } = require('./apps');
const { Throttle } = require('./throttle');
const { Faults, FAULT_KINDS } = require('./faults');
const { Registry } = require('./apis');
const { Store } = require('./data/store');
const { deliverPush, parcelMessageData, pushStoredMessage } = require('./push');
const { SANDBOX_FIXTURES } = require('./fixtures');
const { REFERENCE_TIME } = require('./data/seed');

const DEFAULTS = Object.freeze({
	port: 0,
	host: '127.0.0.1',
	qps: 100,
	latencyMs: 0,
	accessTokenTtlMs: 36000000,
	closeTooFastMs: 10000,
});

/**
 * @typedef {object} SandboxOptions
 * @property {number} [port=0] 0 picks a free port
 * @property {string} [host='127.0.0.1']
 * @property {number} [qps=100] calls per appKey in any sliding 1 s window
 * @property {number} [latencyMs=0] delay before every answer
 * @property {number} [accessTokenTtlMs=36000000] lifetime of access tokens issued by OAuth
 * @property {number} [closeTooFastMs=10000] alibaba.trade.cancel refuses orders younger than this (CLOSE_ORDER_TOO_FAST)
 * @property {number} [seed] data seed (default 1688; fixtures assume the default)
 * @property {number} [orderCount] buyer orders to seed (default 60; fixtures assume the default)
 */

/**
 * @param {SandboxOptions} [options]
 * @returns {Promise<object>} the running sandbox
 */
async function startSandbox(options = {}) {
	const opts = { ...DEFAULTS, ...options };
	const store = new Store({ seed: opts.seed, orderCount: opts.orderCount });
	const state = {
		config: { latencyMs: opts.latencyMs, closeTooFastMs: opts.closeTooFastMs },
		store,
		apps: new AppRegistry({ accessTokenTtlMs: opts.accessTokenTtlMs, member: store.member }),
		throttle: new Throttle({ qps: opts.qps }),
		faults: new Faults(),
		registry: new Registry(),
		/** @type {object[]} */ requests: [],
		/** @type {object[]} */ pushLog: [],
		/** @type {{url: string, appKey: string, shape?: string}|null} the app's registered push URL */ pushTarget:
			null,
		/** @type {Set<Promise<void>>} pushes under way */ pushing: new Set(),
	};
	const push = (msg) => {
		const delivery = pushStoredMessage(state, msg).finally(() => state.pushing.delete(delivery));
		state.pushing.add(delivery);
		return delivery;
	};
	store.onPushMessage = push;

	const sandbox = {
		url: '',
		apps: SANDBOX_APPS,
		credentials: credentialsOf(SANDBOX_APPS.full),
		fixtures: SANDBOX_FIXTURES,
		store,
		get requests() {
			return state.requests;
		},
		get pushLog() {
			return state.pushLog;
		},
		clearRequests() {
			state.requests.length = 0;
		},
		setLatency(ms) {
			const n = Number(ms);
			if (!Number.isFinite(n) || n < 0) throw new Error('latency must be a number >= 0');
			state.config.latencyMs = n;
		},
		setQps(n) {
			const q = Number(n);
			if (!Number.isFinite(q) || q < 0) throw new Error('qps must be a number >= 0');
			state.throttle.setQps(q);
		},
		config() {
			return {
				qps: state.throttle.qps,
				latencyMs: state.config.latencyMs,
				accessTokenTtlMs: state.apps.accessTokenTtlMs,
			};
		},
		expireAccessToken(token) {
			return state.apps.expireAccessToken(token);
		},
		injectFault(fault) {
			return state.faults.inject(fault || {});
		},
		pendingFaults() {
			return state.faults.pending();
		},
		deliverPush(o) {
			return deliverPush(state, o);
		},
		/**
		 * The data of a cross-border parcel message (LOGISTICS_GLOBAL_1688_PACKAGE_CHANGE) for orders of the
		 * store, to send with deliverPush: `{orderIds, stage?: 'external'|'internal', packageId?, mailNo?, carrierCode?, at?}`.
		 */
		parcelMessageData(o) {
			return parcelMessageData(state, o);
		},
		/**
		 * Sign or cancel password-free payment for the account an app acts for.
		 * @param {string} app app name (full, crossBorder, limited) or app key @param {'ALIPAY'|'SHEGOU'} payChannel @param {boolean} on
		 */
		setProtocolPay(app, payChannel, on) {
			const appKey = SANDBOX_APPS[app] ? SANDBOX_APPS[app].appKey : String(app);
			return store.setProtocolPay(appKey, payChannel, on);
		},
		/** The next `times` password-free debits go through but answer paySuccess false (a timed-out debit). */
		loseDebitAnswers(times = 1) {
			const n = Number(times);
			if (!Number.isInteger(n) || n < 0) throw new Error('times must be an integer >= 0');
			store.lostDebitAnswers = n;
		},
		/**
		 * Registers the push URL of an app (as on open.1688.com's message subscription page); null
		 * removes it. New messages are pushed there; without one they are failed at once.
		 * @param {string|null} url @param {{appKey?: string, shape?: 'message'|'fields'}} [o]
		 */
		setPushUrl(url, o = {}) {
			state.pushTarget = url
				? { url, appKey: o.appKey || SANDBOX_APPS.full.appKey, shape: o.shape }
				: null;
		},
		get pushUrl() {
			return state.pushTarget && state.pushTarget.url;
		},
		/** Waits until every push under way has its outcome. */
		async settlePushes() {
			while (state.pushing.size) await Promise.all([...state.pushing]);
		},
		/** Pushes every failed, unconfirmed message again to the registered URL (1688 retries failed pushes). */
		async redeliverFailed() {
			await Promise.all(store.undeliveredMessages().map(push));
		},
		apis() {
			return state.registry.list();
		},
		/** Back to the seeded start: data, tokens, faults, QPS window, request log, config. */
		reset() {
			state.pushTarget = null;
			store.reset();
			state.apps.reset();
			state.throttle.reset();
			state.throttle.setQps(opts.qps);
			state.faults.clear();
			state.config.latencyMs = opts.latencyMs;
			state.requests.length = 0;
			state.pushLog.length = 0;
		},
		info() {
			return {
				name: '1688 Open Platform sandbox gateway',
				url: sandbox.url,
				gateway: `${sandbox.url}/openapi/param2/1/{namespace}/{apiName}/{appKey}`,
				authorizeUrl: `${sandbox.url}/oauth/authorize`,
				tokenUrl: `${sandbox.url}/openapi/http/1/system.oauth2/getToken/{appKey}`,
				refreshUrl: `${sandbox.url}/openapi/param2/1/system.oauth2/getToken/{appKey}`,
				credentials: sandbox.credentials,
				apps: SANDBOX_APPS,
				config: sandbox.config(),
				apis: sandbox.apis(),
				faultKinds: FAULT_KINDS,
				fixtures: SANDBOX_FIXTURES,
			};
		},
		close() {
			return new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};

	const server = createServer(state, sandbox);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	sandbox.url = `http://${opts.host}:${address.port}`;
	sandbox.port = address.port;
	sandbox.server = server;
	return sandbox;
}

const credentialsOf = (app) =>
	Object.freeze({
		appKey: app.appKey,
		appSecret: app.appSecret,
		accessToken: app.accessToken,
		refreshToken: app.refreshToken,
	});

module.exports = {
	startSandbox,
	SANDBOX_APPS,
	SANDBOX_FIXTURES,
	SANDBOX_DEFAULTS: DEFAULTS,
	FAULT_KINDS,
	REFERENCE_TIME,
	signature: require('./protocol/signature'),
};
