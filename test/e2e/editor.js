'use strict';
/**
 * The node in n8n's editor: the shared `n8n start` with the package installed (owner created from environment
 * variables, so no sign-up), Debian's Chromium driven by playwright-core. Signs in through the form, adds
 * the 1688 node to a new workflow from the node creator, checks its icon, every resource and operation the
 * server describes, runs Product → Get inside the editor against the sandbox, and checks the saved workflow.
 * When the sourcing-assistant example ran, opens that AI agent run in the editor too.
 * Screenshots go to the folder run.js gives: docs/images/ (the README's) with --screenshots, else a temporary one.
 *
 * Run alone (after `npm run build`): node test/e2e/run.js --editor-only [--screenshots]
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const NODE_TYPE = 'n8n-nodes-1688.alibaba1688';
const { OWNER } = require('./lib/owner');
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const VIEWPORT = { width: 1280, height: 800 };
/** Taller for the agent's chat run: canvas, chat and logs in one picture. */
const AGENT_VIEWPORT = { width: 1280, height: 960 };
/** n8n adds this resource/operation itself (an HTTP Request with the node's credential) to every node whose credential can sign one. */
const N8N_CUSTOM_API_CALL = '__CUSTOM_API_CALL__';
const MAX_SCREENSHOT_BYTES = 300 * 1024;
/** Hidden in screenshots only: n8n's passing hints and toasts, which come and go with timing and would make the images churn. */
const SCREENSHOT_CSS =
	[
		'[data-test-id="actions-panel-activation-callout"]',
		'[data-test-id="actions-panel-no-triggers-callout"]',
		'.el-notification',
	].join(', ') + ' { display: none !important; }';

/** What the server tells the editor about the node: resources and, per resource, operations with their action labels. */
function describedActions(description) {
	const resource = description.properties.find((p) => p.name === 'resource');
	if (!resource) throw new Error('the node description has no Resource parameter');
	return resource.options
		.filter((option) => option.value !== N8N_CUSTOM_API_CALL)
		.map((option) => {
			const operation = description.properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(option.value),
			);
			if (!operation) throw new Error(`resource ${option.name} has no Operation parameter`);
			const own = operation.options.filter((o) => o.value !== N8N_CUSTOM_API_CALL);
			return {
				resource: option.name,
				value: option.value,
				actions: own.map((o) => o.action ?? o.name),
			};
		});
}

/** Writes a screenshot of `target` (a page or a locator) as `dir`/`file`; returns its path and size. */
async function saveScreenshot(target, dir, file, options = {}) {
	fs.mkdirSync(dir, { recursive: true });
	const full = path.join(dir, file);
	await target.screenshot({
		path: full,
		animations: 'disabled',
		caret: 'hide',
		style: SCREENSHOT_CSS,
		...options,
	});
	const size = fs.statSync(full).size;
	if (size > MAX_SCREENSHOT_BYTES)
		throw new Error(
			`${file} is ${Math.round(size / 1024)} KB, over ${MAX_SCREENSHOT_BYTES / 1024} KB`,
		);
	const shown = full.startsWith(process.cwd() + path.sep)
		? path.relative(process.cwd(), full)
		: full;
	return `${shown} ${Math.round(size / 1024)} KB`;
}

/** Resolves when an <img> matching `selector` has loaded real pixels. */
async function expectImageLoaded(page, selector, what) {
	const image = page.locator(selector).first();
	await image.waitFor({ state: 'attached', timeout: 15000 });
	await page
		.waitForFunction((el) => el.complete && el.naturalWidth > 0, await image.elementHandle(), {
			timeout: 15000,
		})
		.catch(() => {
			throw new Error(`${what}: the icon image ${selector} did not load`);
		});
}

/** Calls `check` until it returns true or `timeoutMs` passes; returns whether it did. */
async function poll(check, timeoutMs, intervalMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await check()) return true;
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

function expect(condition, message) {
	if (!condition) throw new Error(message);
}

/**
 * @param {{ live: { get: () => Promise<import('./lib/liveWorkflows').LiveN8n> }, paths: {chromium: string, playwright: string},
 *   sandbox: object, model: object, credential: {id: string, name: string}, test: Function,
 *   agentRun?: { workflowId: string }, screenshotsDir: string }} options
 *   model: the scripted chat model; agentRun: the sourcing-assistant example, imported and run in the same n8n:
 *   its chat is run again in the editor; screenshotsDir: where the screenshots go
 */
async function runEditorTests({
	live,
	paths,
	sandbox,
	model,
	credential,
	test,
	agentRun,
	screenshotsDir,
}) {
	const screenshot = (target, file, options) =>
		saveScreenshot(target, screenshotsDir, file, options);
	const state = {};
	const needs = (...keys) => {
		for (const key of keys)
			if (!state[key]) throw new Error(`skipped: an earlier editor step failed (no ${key})`);
	};
	/** test() that keeps a screenshot of the page when the step fails, to see what the browser showed. */
	let failures = 0;
	const step = (name, fn) =>
		test(name, async () => {
			try {
				return await fn();
			} catch (error) {
				if (state.page) {
					const file = path.join(
						os.tmpdir(),
						`n8n-nodes-1688-e2e-failure-${process.pid}-${++failures}.png`,
					);
					await state.page.screenshot({ path: file }).catch(() => undefined);
					error.message += `\n(the page at that moment: ${file})`;
				}
				throw error;
			}
		});
	try {
		await step(
			'editor: n8n start loads the package (node, AI-tool variant, credential, icons)',
			async () => {
				const session = await live.get();
				state.server = session.server;
				const { cookie } = session;
				const get = async (url) => {
					const response = await fetch(`${state.server.url}/${url}`, { headers: { cookie } });
					expect(response.ok, `GET /${url} answered HTTP ${response.status}`);
					return response;
				};
				state.get = get;
				const nodeTypes = await (await get('types/nodes.json')).json();
				const node = nodeTypes.find((t) => t.name === NODE_TYPE);
				expect(node, `the server does not list ${NODE_TYPE}`);
				const tool = nodeTypes.find((t) => t.name === `${NODE_TYPE}Tool`);
				expect(tool, `no ${NODE_TYPE}Tool: the node is not usable as an AI agent tool`);
				// usableAsTool's replacements: the tool variant describes itself for agents (and is the default tool description)
				expect(
					/offerId/.test(tool.description) &&
						/CNY/.test(tool.description) &&
						/human approval/.test(tool.description),
					`the AI-tool variant lacks the agent description: "${tool.description}"`,
				);
				expect(
					tool.properties.find((p) => p.name === 'toolDescription')?.default === tool.description,
					'the agent description is not the default tool description',
				);
				const credentialTypes = await (await get('types/credentials.json')).json();
				expect(
					credentialTypes.some((t) => t.name === 'alibaba1688Api'),
					'the server does not list the alibaba1688Api credential',
				);
				for (const icon of [node.iconUrl.light, node.iconUrl.dark]) {
					const response = await get(icon);
					const body = await response.text();
					expect(
						/svg/.test(response.headers.get('content-type')) && body.includes('<svg'),
						`${icon} is not an SVG`,
					);
				}
				state.description = node;
				state.actions = describedActions(node);
				const names = state.actions.map((r) => r.resource);
				expect(
					names.includes('Product') && names.includes('Any 1688 API'),
					`resources ${names.join(', ')} lack Product or Any 1688 API`,
				);
				return `${state.actions.length} resources, ${state.actions.reduce((n, r) => n + r.actions.length, 0)} operations served`;
			},
		);

		await step('editor: sign in and find 1688 in the node creator, with its icon', async () => {
			needs('server');
			const { chromium, selectors } = require(paths.playwright);
			selectors.setTestIdAttribute('data-test-id');
			state.browser = await chromium.launch({
				executablePath: paths.chromium,
				headless: true,
				args: CHROMIUM_FLAGS,
			});
			const page = await state.browser.newPage({
				viewport: VIEWPORT,
				deviceScaleFactor: 1,
				reducedMotion: 'reduce',
				locale: 'en-US',
				timezoneId: 'UTC',
			});
			// only n8n itself: anything else (telemetry, fonts, CDNs) is refused at once instead of hanging on the closed network
			const local = new URL(state.server.url).host;
			state.blocked = new Set();
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.host === local || url.protocol === 'data:' || url.protocol === 'blob:')
					return route.continue();
				state.blocked.add(url.host);
				return route.abort('blockedbyclient');
			});
			// a cold editor bundle on two busy cores can take a while: generous limits, timings reported
			page.setDefaultTimeout(60000);
			const timings = [];
			const phase = async (name, fn) => {
				const started = Date.now();
				try {
					await fn();
				} catch (error) {
					error.message = `${name} (after ${((Date.now() - started) / 1000).toFixed(1)}s; before it: ${timings.join(', ') || 'nothing'}): ${error.message}`;
					throw error;
				}
				timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
			};
			await phase('sign-in page', async () => {
				await page.goto(`${state.server.url}/signin`);
				await page.locator('input[type="password"]').first().waitFor();
			});
			await phase('sign in', async () => {
				await page
					.locator('input[name="emailOrLdapLoginId"], [data-test-id="emailOrLdapLoginId"] input')
					.first()
					.fill(OWNER.email);
				await page.locator('input[type="password"]').first().fill(OWNER.password);
				await page.getByTestId('form-submit-button').click();
				await page.waitForURL((url) => !url.pathname.includes('signin'));
			});
			await phase('new workflow', async () => {
				await page.goto(`${state.server.url}/workflow/new`);
				await page.getByTestId('node-creator-plus-button').click();
				await page.getByTestId('node-creator-search-bar').waitFor();
			});
			const item = page
				.getByTestId('node-creator-item-name')
				.filter({ hasText: /^1688$/ })
				.first();
			await phase('search', async () => {
				await page.keyboard.type('1688');
				await item.waitFor();
				await expectImageLoaded(
					page,
					'[data-test-id="node-creator"] img[src*="alibaba1688"]',
					'node creator',
				);
			});
			state.page = page;
			await item.click();
			return `${timings.join(', ')}${state.blocked.size ? `; refused ${[...state.blocked].join(', ')}` : ''}`;
		});

		await step('editor: the actions panel lists every resource and operation', async () => {
			needs('page', 'actions');
			const { page } = state;
			const panel = page.getByTestId('node-creator');
			await panel.getByText(/^Actions \(\d+\)$/).waitFor();
			// With a 1688 trigger node installed too, the first step opens on the triggers: open the actions.
			if (!(await panel.getByText('Get a product', { exact: true }).isVisible()))
				await panel.getByText(/^Actions \(\d+\)$/).click();
			await panel.getByText('Get a product', { exact: true }).waitFor();
			await expectImageLoaded(
				page,
				'[data-test-id="node-creator"] img[src*="alibaba1688"]',
				'actions panel',
			);
			const text = (await panel.innerText()).toLowerCase();
			const total = state.actions.reduce((n, r) => n + r.actions.length, 0);
			expect(text.includes(`actions (${total})`), `the panel does not say "Actions (${total})"`);
			const missing = [];
			for (const { resource, actions } of state.actions) {
				if (!text.includes(`${resource.toLowerCase()} actions`))
					missing.push(`section ${resource}`);
				for (const action of actions)
					if (!text.includes(action.toLowerCase())) missing.push(`${resource}: ${action}`);
			}
			expect(missing.length === 0, `not in the actions panel: ${missing.join('; ')}`);
			await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
			const shot = await screenshot(panel, 'editor-actions.png');
			await page.setViewportSize(VIEWPORT);
			return shot;
		});

		await step('editor: Product → Get runs in the editor against the sandbox', async () => {
			needs('page');
			const { page } = state;
			await page.getByTestId('node-creator').getByText('Get a product', { exact: true }).click();
			const ndv = page.getByTestId('ndv');
			await ndv.waitFor();
			await expectImageLoaded(
				page,
				'[data-test-id="ndv"] img[src*="alibaba1688"]',
				'node details view',
			);
			expect(
				(await page.getByTestId('parameter-input-resource').innerText()).includes('Product') ||
					(await page.getByTestId('parameter-input-resource').locator('input').inputValue()) ===
						'Product',
				'Resource is not Product',
			);
			expect(
				(await page.getByTestId('parameter-input-operation').locator('input').inputValue()) ===
					'Get',
				'Operation is not Get',
			);
			const credentialInput = page.getByTestId('node-credentials-slot').locator('input').first();
			const preselected = await poll(
				async () => (await credentialInput.inputValue()) !== '',
				10000,
			);
			expect(preselected, 'the NDV preselected no 1688 credential');
			// Two 1688 credentials are imported (the sandbox's full app and its cross-border app): n8n preselects one of
			// them; pick the full app's from the list, as a user would.
			if ((await credentialInput.inputValue()) !== credential.name) {
				await credentialInput.click();
				await page.getByTestId(`node-credentials-select-item-${credential.id}`).click();
			}
			const picked = await poll(
				async () => (await credentialInput.inputValue()) === credential.name,
				10000,
			);
			expect(
				picked,
				`the NDV does not use the imported credential "${credential.name}" (shows "${await credentialInput.inputValue()}")`,
			);
			const offer = sandbox.fixtures.offerOneSku;
			sandbox.reset();
			await page
				.getByTestId('parameter-input-offerId')
				.locator('input, textarea')
				.first()
				.fill(String(offer.offerId));
			await page.getByTestId('node-execute-button').first().click();
			const output = page.getByTestId('output-panel');
			await output.getByText(offer.subject).first().waitFor({ timeout: 60000 });
			await output.getByTestId('radio-button-json').click();
			await output.getByText(offer.subject).first().waitFor();
			const calls = sandbox.requests.filter(
				(r) => r.api === 'com.alibaba.product:alibaba.product.get-1',
			);
			expect(
				calls.length === 1 && calls[0].params.productID === String(offer.offerId),
				`the sandbox saw ${calls.length} product.get calls for ${offer.offerId}`,
			);
			return await screenshot(page, 'editor-product-get.png');
		});

		await step('editor: the saved workflow holds the configured 1688 node', async () => {
			needs('page', 'get');
			const { page } = state;
			await page.getByTestId('ndv-close-button').click();
			await page.getByTestId('canvas-node').filter({ hasText: 'Get a product' }).waitFor();
			await expectImageLoaded(
				page,
				'[data-test-id="canvas-node"] img[src*="alibaba1688"]',
				'canvas',
			);
			const id = /\/workflow\/([^/?#]+)/.exec(page.url())?.[1];
			expect(id && id !== 'new', `the editor did not save the workflow (at ${page.url()})`);
			await page.keyboard.press('Control+s');
			let node;
			await poll(
				async () => {
					const { data } = await (await state.get(`rest/workflows/${id}`)).json();
					node = data.nodes.find(
						(n) =>
							n.type === NODE_TYPE &&
							n.parameters.offerId === String(sandbox.fixtures.offerOneSku.offerId),
					);
					return Boolean(node);
				},
				15000,
				500,
			);
			expect(node, 'the saved workflow has no 1688 node with the Offer ID typed in the editor');
			// n8n saves only parameters that differ from their defaults
			const saved = (name) =>
				node.parameters[name] ?? state.description.properties.find((p) => p.name === name).default;
			expect(
				saved('resource') === 'product' && saved('operation') === 'get',
				`saved as ${saved('resource')} → ${saved('operation')}`,
			);
			expect(
				node.credentials?.alibaba1688Api?.id === credential.id,
				'the saved node does not use the imported credential',
			);
			return await screenshot(page, 'editor-canvas.png');
		});

		if (agentRun) {
			await step(
				"editor: the sourcing assistant answers in the editor's chat, its 1688 tools run on the canvas",
				async () => {
					needs('page');
					const { page } = state;
					const { chat } = require('./expectations/1688-sourcing-assistant');
					sandbox.reset();
					model.use(chat.script());
					await page.setViewportSize(AGENT_VIEWPORT);
					await page.goto(`${state.server.url}/workflow/${agentRun.workflowId}`);
					await page.getByTestId('canvas-node').filter({ hasText: 'Sourcing agent' }).waitFor();
					await page.getByTestId('workflow-chat-button').click();
					await page.getByTestId('chat-input').click();
					await page.keyboard.type(chat.input);
					await page.keyboard.press('Enter');
					const answered = await poll(
						async () =>
							typeof model.replies.at(-1)?.content === 'string' || model.errors.length > 0,
						120000,
						500,
					);
					expect(
						answered && model.errors.length === 0,
						`the scripted model did not finish the chat: ${model.errors.join('; ') || `${model.requests.length} requests`}`,
					);
					const answer = model.replies.at(-1).content;
					await page
						.getByTestId('canvas-chat-body')
						.getByText(answer.slice(0, 60))
						.first()
						.waitFor({ timeout: 60000 });
					// the logs panel opens on the agent's run: its output is the answer
					await page
						.getByTestId('log-details-output')
						.getByText(answer.slice(0, 60))
						.first()
						.waitFor({ timeout: 30000 });
					const apis = new Set(sandbox.requests.map((r) => r.api.split(':')[1]));
					for (const api of [
						'product.search.keywordQuery-1',
						'product.search.queryProductDetail-1',
						'product.search.imageQuery-1',
						'alibaba.createOrder.preview-1',
						'product.freight.estimate-1',
					]) {
						expect(
							apis.has(api),
							`the chat in the editor did not reach ${api} (reached ${[...apis].join(', ')})`,
						);
					}
					const tools = page.getByTestId('canvas-node').filter({
						hasText:
							/Search 1688 offers|Get offer details|Search by image|Estimate shipping|Preview order/,
					});
					expect((await tools.count()) === 5, 'the five called tools are on the canvas');
					const done = await poll(
						async () =>
							(await tools.locator('[data-test-id="canvas-node-status-success"]').count()) === 5,
						15000,
					);
					expect(done, 'the five called tools are marked successful on the canvas');
					// the same picture every run: the canvas fitted again once the panels settled, the logs list scrolled to
					// its top (the agent's run), and hidden what differs between runs (the chat session ID, run times and
					// token counts, whose widths move their neighbours)
					await page.getByTestId('zoom-to-fit').click();
					await page.getByTestId('logs-overview-body').evaluate((body) => {
						for (const element of [body, ...body.querySelectorAll('*')])
							if (element.scrollHeight > element.clientHeight) element.scrollTop = 0;
					});
					await page.evaluate(() => {
						for (const element of document.querySelectorAll(
							'[data-test-id="chat-session-id"], [data-test-id="logs-panel"] *',
						)) {
							const own = [...element.childNodes]
								.filter((n) => n.nodeType === Node.TEXT_NODE)
								.map((n) => n.textContent)
								.join('')
								.trim();
							if (
								element.matches('[data-test-id="chat-session-id"]') ||
								/^Success in [\d.]+m?s$|^\d+ Tokens$/.test(own)
							)
								element.style.visibility = 'hidden';
						}
					});
					await page.mouse.move(0, 0);
					await page.waitForTimeout(1500);
					return await screenshot(page, 'editor-agent-chat.png');
				},
			);
		}
	} finally {
		if (state.browser) await state.browser.close();
	}
}

module.exports = { runEditorTests, describedActions };
