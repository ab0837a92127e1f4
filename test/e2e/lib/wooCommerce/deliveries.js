'use strict';
/**
 * Webhook deliveries as WooCommerce makes them (WC_Webhook::deliver): a POST of the resource as the REST API
 * shows it, JSON-encoded the way PHP's json_encode does it (slashes and non-ASCII escaped: the signature is over
 * these exact bytes, so a receiver must verify the raw body), with the headers X-WC-Webhook-Source, -Topic,
 * -Resource, -Event, -Signature (base64 of HMAC-SHA256 of the body with the webhook's secret), -ID and
 * -Delivery-ID. A webhook that fails more than 5 deliveries in a row is disabled, as WooCommerce does.
 */
const crypto = require('node:crypto');

const USER_AGENT = 'WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)';
const MAX_FAILURES = 5;

/** PHP json_encode's default text: "/" as "\/", every non-ASCII UTF-16 unit as \uXXXX. */
function phpJson(value) {
	return JSON.stringify(value)
		.replace(/\//g, '\\/')
		.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** WC_Webhook::generate_signature: base64_encode(hash_hmac('sha256', $payload, $secret, true)). */
function signature(body, secret) {
	return crypto.createHmac('sha256', secret).update(body).digest('base64');
}

let deliveryCounter = 0;

/**
 * POSTs one delivery; records it in `log` and counts failures on the webhook.
 * @returns {Promise<object>} the delivery record { webhookId, topic, url, deliveryId, body, status, response }
 */
async function deliverTo(webhook, payload, { sourceUrl, log, body: givenBody }) {
	const body = givenBody ?? phpJson(payload);
	const [resource, event] = webhook.topic.split('.');
	const deliveryId = String(++deliveryCounter);
	const headers = {
		'content-type': 'application/json',
		'user-agent': USER_AGENT,
		'x-wc-webhook-source': `${sourceUrl}/`,
		'x-wc-webhook-topic': webhook.topic,
		'x-wc-webhook-resource': resource,
		'x-wc-webhook-event': event,
		'x-wc-webhook-signature': signature(body, webhook.secret),
		'x-wc-webhook-id': String(webhook.id),
		'x-wc-webhook-delivery-id': deliveryId,
	};
	const record = {
		webhookId: webhook.id,
		topic: webhook.topic,
		url: webhook.delivery_url,
		deliveryId,
		body,
		headers,
		status: 0,
		response: '',
		at: Date.now(),
	};
	try {
		const response = await fetch(webhook.delivery_url, {
			method: 'POST',
			headers,
			body,
			signal: AbortSignal.timeout(15000),
		});
		record.status = response.status;
		record.response = await response.text();
	} catch (error) {
		record.response = String(error?.message ?? error);
	}
	const ok = record.status >= 200 && record.status < 300;
	webhook.failures = ok ? 0 : webhook.failures + 1;
	if (webhook.failures > MAX_FAILURES) webhook.status = 'disabled';
	log.push(record);
	return record;
}

module.exports = { deliverTo, phpJson, signature };
