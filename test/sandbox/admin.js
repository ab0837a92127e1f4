'use strict';
/**
 * Out-of-process controls under /_sandbox/ (for the demo and a real n8n server):
 *   GET  /_sandbox/requests            the request log          DELETE /_sandbox/requests  clears it
 *   GET  /_sandbox/info                url, credentials, APIs, fixtures
 *   POST /_sandbox/config              {qps?, latencyMs?}
 *   POST /_sandbox/fault               {api?, kind, times?}
 *   POST /_sandbox/push                {url, type, data, appKey?, msgId?, tamper?, shape?, extraFields?, query?}
 *   POST /_sandbox/push-url            {url|null, appKey?, shape?}   the app's push URL (null: none)
 *   GET  /_sandbox/push-messages       the message store with each message's delivery state
 *   POST /_sandbox/redeliver           pushes failed, unconfirmed messages again to the push URL
 *   POST /_sandbox/follow              {offerId, follow = true}
 *   POST /_sandbox/stock               {offerId, skuId?, amountOnSale}
 *   POST /_sandbox/price               {offerId, skuId?, price}
 *   POST /_sandbox/order-status        {orderId, status}
 *   POST /_sandbox/refund              {refundId, action: agree|refuse|receive|refund|close, reason?}  the seller's side of a refund
 * Controls that make messages (stock, price, order-status, refund) answer once their pushes have an outcome.
 *   POST /_sandbox/expire-token        {token}
 *   POST /_sandbox/protocol-pay        {app, payChannel: ALIPAY|SHEGOU, on, loseAnswers?}  password-free payment of an app's account
 *   POST /_sandbox/reset               data, tokens, faults, log and config back to the start
 */
const { readBody } = require('./protocol/params');
const { sendJson } = require('./respond');
const { StoreError } = require('./data/store');
const { AfterSalesError } = require('./data/afterSales');

/** Read a JSON body (or a form body) as an object. */
async function readJson(req) {
	const raw = (await readBody(req)).toString('utf8').trim();
	if (!raw) return {};
	if (raw.startsWith('{')) return JSON.parse(raw);
	return Object.fromEntries(new URLSearchParams(raw));
}

/**
 * @param {object} sandbox the public sandbox object (with its controls)
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {string} action the path after /_sandbox/
 */
async function handleAdmin(sandbox, req, res, action) {
	try {
		const method = req.method;
		if (action === 'requests' && method === 'GET')
			return sendJson(res, 200, { requests: sandbox.requests });
		if (action === 'requests' && method === 'DELETE') {
			sandbox.clearRequests();
			return sendJson(res, 200, { ok: true });
		}
		if (action === 'info' && method === 'GET') return sendJson(res, 200, sandbox.info());
		if (action === 'push-messages' && method === 'GET')
			return sendJson(res, 200, { pushUrl: sandbox.pushUrl, messages: sandbox.store.pushMessages });
		if (method !== 'POST')
			return sendJson(res, 405, { ok: false, error: `use POST for /_sandbox/${action}` });
		const body = await readJson(req);
		switch (action) {
			case 'config': {
				if (body.qps !== undefined) sandbox.setQps(Number(body.qps));
				if (body.latencyMs !== undefined) sandbox.setLatency(Number(body.latencyMs));
				return sendJson(res, 200, { ok: true, config: sandbox.config() });
			}
			case 'fault':
				return sendJson(res, 200, { ok: true, fault: sandbox.injectFault(body) });
			case 'push': {
				const r = await sandbox.deliverPush(body);
				return sendJson(res, 200, { ok: true, status: r.status, body: r.body, msgId: r.msgId });
			}
			case 'push-url':
				sandbox.setPushUrl(body.url || null, body);
				return sendJson(res, 200, { ok: true, pushUrl: sandbox.pushUrl });
			case 'redeliver':
				await sandbox.redeliverFailed();
				return sendJson(res, 200, { ok: true });
			case 'follow':
				return sendJson(res, 200, {
					ok: true,
					changed: sandbox.store.setFollowed(
						body.offerId,
						body.follow !== false && body.follow !== 'false',
					),
				});
			case 'stock': {
				const changes = sandbox.store.setStock(body);
				await sandbox.settlePushes();
				return sendJson(res, 200, { ok: true, changes });
			}
			case 'price': {
				const changes = sandbox.store.setPrice(body);
				await sandbox.settlePushes();
				return sendJson(res, 200, { ok: true, changes });
			}
			case 'order-status': {
				const { order, steps } = sandbox.store.setOrderStatus(body.orderId, body.status, body);
				await sandbox.settlePushes();
				return sendJson(res, 200, { ok: true, orderId: order.id, status: order.status, steps });
			}
			case 'refund': {
				const refund = sandbox.store.afterSales.act(body.refundId, body.action, body);
				await sandbox.settlePushes();
				return sendJson(res, 200, { ok: true, refundId: refund.refundId, status: refund.status });
			}
			case 'protocol-pay': {
				const agreement = sandbox.setProtocolPay(
					body.app,
					body.payChannel,
					body.on === true || body.on === 'true',
				);
				if (body.loseAnswers !== undefined) sandbox.loseDebitAnswers(Number(body.loseAnswers));
				return sendJson(res, 200, { ok: true, agreement });
			}
			case 'expire-token':
				return sendJson(res, 200, { ok: sandbox.expireAccessToken(body.token) });
			case 'reset':
				sandbox.reset();
				return sendJson(res, 200, { ok: true });
			default:
				return sendJson(res, 404, { ok: false, error: `unknown sandbox control "${action}"` });
		}
	} catch (e) {
		const known =
			e instanceof StoreError || (e instanceof AfterSalesError && e.code !== 'UNKNOWN_ACTION');
		const status = known ? (e.code.endsWith('NOT_FOUND') ? 404 : 409) : 400;
		return sendJson(res, status, { ok: false, error: e.message, code: e.code });
	}
}

module.exports = { handleAdmin };
