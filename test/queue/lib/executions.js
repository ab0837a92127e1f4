'use strict';
/**
 * Starting and reading executions through the main's REST API (as the editor does), and the gateway-side
 * figures the checks report.
 */
const { nodeOutput } = require('../../e2e/lib/recorded');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Execute workflow" from its Manual Trigger (POST /rest/workflows/:id/run). In queue mode with
 * OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS the main only puts it in the queue; a worker runs it.
 * @returns {Promise<string>} the execution ID
 */
async function runManually(session, workflowId, trigger = 'Run manually') {
	const answer = await session.rest('POST', `workflows/${workflowId}/run`, {
		triggerToStartFrom: { name: trigger },
	});
	if (!answer || !answer.executionId)
		throw new Error(`workflow ${workflowId} was not started: ${JSON.stringify(answer)}`);
	return String(answer.executionId);
}

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/** Waits until every execution has finished; returns them ({ id, status, mode, startedAt, stoppedAt, data }) in the given order. */
async function waitFinished(session, ids, { timeoutMs = 120000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const runs = await Promise.all(ids.map((id) => session.execution(id).catch(() => undefined)));
		if (runs.every((run) => run && FINISHED.has(run.status))) return runs;
		if (Date.now() > deadline) {
			throw new Error(
				`executions ${ids.join(', ')} not finished within ${timeoutMs / 1000}s: ${runs.map((run, i) => `${ids[i]}=${run?.status ?? '?'}`).join(', ')}`,
			);
		}
		await sleep(500);
	}
}

/** The json of a node's first output, or [] when the node did not run or failed. */
function outputOrEmpty(run, node, options) {
	try {
		return nodeOutput(run, node, options);
	} catch {
		return [];
	}
}

const THROTTLE_CODES = new Set(['gw.QosAppFrequencyLimit', 'gw.QosRequestLimit']);

/** Whether the gateway refused the call for the rate (the sandbox's request log entry). */
const isThrottle = (request) => THROTTLE_CODES.has(request.errorCode);

/** Whether the gateway refused the call's access token (the sandbox answers HTTP 401, error_code 401). */
const isTokenRefusal = (request) => request.httpStatus === 401 || request.errorCode === '401';

/** OAuth token requests (refreshes), whichever endpoint form the credential uses. */
const isTokenRequest = (request) => /^system\.oauth2:getToken-/.test(request.api);

module.exports = {
	runManually,
	waitFinished,
	outputOrEmpty,
	isThrottle,
	isTokenRefusal,
	isTokenRequest,
	sleep,
};
