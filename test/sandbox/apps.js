'use strict';
/**
 * Registered apps, their API grants, and the OAuth tokens the sandbox accepts.
 */
const crypto = require('node:crypto');
const { CROSS_BORDER_SOLUTION_APIS } = require('./solutions/crossBorder');

const FULL_APP = {
	appKey: '1000000',
	appSecret: 'test123',
	accessToken: 'sandbox-access-token',
	refreshToken: 'sandbox-refresh-token',
	name: 'Sandbox full app',
	grants: ['*'],
};
const LIMITED_APP = {
	appKey: '2000000',
	appSecret: 'limited-secret',
	accessToken: 'sandbox-limited-token',
	refreshToken: 'sandbox-limited-refresh-token',
	name: 'Sandbox limited app',
	grants: ['com.alibaba.account', 'com.alibaba.product', 'com.alibaba.fenxiao.crossborder'],
};
/** An overseas reseller's app: granted the cross-border solution's APIs and nothing else. */
const CROSS_BORDER_APP = {
	appKey: '3000000',
	appSecret: 'crossborder-secret',
	accessToken: 'sandbox-crossborder-token',
	refreshToken: 'sandbox-crossborder-refresh-token',
	name: 'Sandbox cross-border app (cross-border solution only)',
	grants: CROSS_BORDER_SOLUTION_APIS,
};
/**
 * A domestic buyer's app: every API but the cross-border solution's order creation (createCrossOrder), so its
 * orders go through fastCreateOrder, as on 1688's domestic buyer solutions.
 */
const DOMESTIC_APP = {
	appKey: '4000000',
	appSecret: 'domestic-secret',
	accessToken: 'sandbox-domestic-token',
	refreshToken: 'sandbox-domestic-refresh-token',
	name: 'Sandbox domestic buyer app (no createCrossOrder)',
	grants: ['*'],
	denies: ['com.alibaba.trade:alibaba.trade.createCrossOrder'],
};
const frozenApp = (app) =>
	Object.freeze({
		...app,
		grants: Object.freeze([...app.grants]),
		denies: Object.freeze([...(app.denies || [])]),
	});
/** @type {{full: typeof FULL_APP, limited: typeof LIMITED_APP, crossBorder: typeof CROSS_BORDER_APP, domestic: typeof DOMESTIC_APP}} */
const SANDBOX_APPS = Object.freeze({
	full: frozenApp(FULL_APP),
	limited: frozenApp(LIMITED_APP),
	crossBorder: frozenApp(CROSS_BORDER_APP),
	domestic: frozenApp(DOMESTIC_APP),
});

const REFRESH_TOKEN_TTL_MS = 180 * 86400000;
const SEEDED_REFRESH_TTL_MS = 20 * 86400000;

/**
 * Token registry: access tokens (with expiry) and refresh tokens, per app and member.
 */
class AppRegistry {
	/** @param {{accessTokenTtlMs: number, member: {memberId: string, loginId: string, userId: number}, now?: () => number}} o */
	constructor({ accessTokenTtlMs, member, now = Date.now }) {
		this.accessTokenTtlMs = accessTokenTtlMs;
		this.member = member;
		this.now = now;
		/** @type {Map<string, object>} */ this.apps = new Map();
		/** @type {Map<string, {token: string, appKey: string, memberId: string, expiresAt: number}>} */ this.accessTokens =
			new Map();
		/** @type {Map<string, {token: string, appKey: string, memberId: string, expiresAt: number}>} */ this.refreshTokens =
			new Map();
		/** @type {Map<string, {code: string, appKey: string, redirectUri: string, expiresAt: number}>} */ this.codes =
			new Map();
		this.reset();
	}

	reset() {
		this.apps.clear();
		this.accessTokens.clear();
		this.refreshTokens.clear();
		this.codes.clear();
		for (const app of Object.values(SANDBOX_APPS)) {
			this.apps.set(app.appKey, app);
			this.addAccessToken(app.appKey, app.accessToken);
			// seeded refresh tokens are in their last 30 days, so postponeToken can be exercised
			this.refreshTokens.set(app.refreshToken, {
				token: app.refreshToken,
				appKey: app.appKey,
				memberId: this.member.memberId,
				expiresAt: this.now() + SEEDED_REFRESH_TTL_MS,
			});
		}
	}

	/** @param {string} appKey */
	getApp(appKey) {
		return this.apps.get(appKey) || null;
	}

	/** Is the API (namespace) granted to the app (and not denied)? */
	isGranted(app, namespace, apiName) {
		if ((app.denies || []).includes(`${namespace}:${apiName}`)) return false;
		return (
			app.grants.includes('*') ||
			app.grants.includes(namespace) ||
			app.grants.includes(`${namespace}:${apiName}`)
		);
	}

	addAccessToken(
		appKey,
		token = crypto.randomBytes(16).toString('hex'),
		ttlMs = this.accessTokenTtlMs,
	) {
		const entry = { token, appKey, memberId: this.member.memberId, expiresAt: this.now() + ttlMs };
		this.accessTokens.set(token, entry);
		return entry;
	}

	/**
	 * @returns {{ok: true, entry: object} | {ok: false, reason: 'missing'|'unknown'|'expired'|'otherApp'}}
	 */
	checkAccessToken(appKey, token) {
		if (!token) return { ok: false, reason: 'missing' };
		const entry = this.accessTokens.get(token);
		if (!entry) return { ok: false, reason: 'unknown' };
		if (entry.appKey !== appKey) return { ok: false, reason: 'otherApp' };
		if (entry.expiresAt <= this.now()) return { ok: false, reason: 'expired' };
		return { ok: true, entry };
	}

	/** Make a token expire now; returns false when it is unknown. */
	expireAccessToken(token) {
		const entry = this.accessTokens.get(token);
		if (!entry) return false;
		entry.expiresAt = this.now() - 1;
		return true;
	}

	/** New token pair from a refresh token or an authorisation code. */
	issueTokens(appKey, { withRefreshToken = true } = {}) {
		const access = this.addAccessToken(appKey);
		let refresh = null;
		if (withRefreshToken) {
			refresh = {
				token: crypto.randomBytes(16).toString('hex'),
				appKey,
				memberId: this.member.memberId,
				expiresAt: this.now() + REFRESH_TOKEN_TTL_MS,
			};
			this.refreshTokens.set(refresh.token, refresh);
		}
		return { access, refresh };
	}

	createCode(appKey, redirectUri) {
		const code = crypto.randomBytes(12).toString('hex');
		const entry = { code, appKey, redirectUri, expiresAt: this.now() + 120000 };
		this.codes.set(code, entry);
		return entry;
	}

	/** Single use: the code is gone after the first attempt. */
	takeCode(code) {
		const entry = this.codes.get(code);
		if (!entry) return null;
		this.codes.delete(code);
		return entry.expiresAt > this.now() ? entry : null;
	}
}

module.exports = { SANDBOX_APPS, AppRegistry, REFRESH_TOKEN_TTL_MS };
