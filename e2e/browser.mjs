// The n8n editor in a real browser: Debian's Chromium driven by playwright-core (no browser download),
// headless, kept off the network (Chromium flags, and every request not to the n8n under test is
// aborted and reported). Signs in as the owner, opens a new workflow, finds ClickMeeting in the nodes
// panel, adds it, opens the Resource and Operation selectors and the room locator, runs the node, and
// asserts what the user sees against the node's own description and the simulator's rooms.
// Screenshots go to docs/editor-<line>-<step>.png.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

import { DOCS_DIR, OWNER, ROOT, log, sleep } from './lib/common.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox', // CI runs as root
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--metrics-recording-only',
	'--no-default-browser-check',
];
/**
 * Requests the editor itself makes to the internet. They are aborted; any other one fails the test.
 * The node-details panel of the nodes panel looks the community package up on the npm registry.
 */
const KNOWN_EXTERNAL = [/^https:\/\/registry\.npmjs\.org\/n8n-nodes-clickmeeting$/];

/** What the node's description says the user must see. */
function expectations() {
	const req = createRequire(path.join(ROOT, 'package.json'));
	const { ClickMeeting } = req('./dist/nodes/ClickMeeting/ClickMeeting.node.js');
	const { properties } = new ClickMeeting().description;
	const resources = properties.find((p) => p.name === 'resource').options.map((o) => o.name);
	const operationProps = properties.filter((p) => p.name === 'operation');
	const registrationOps = operationProps
		.find((p) => p.displayOptions?.show?.resource?.includes('registration'))
		.options.map((o) => o.name);
	const actions = operationProps.flatMap((p) => p.options.map((o) => o.action));
	return { resources, registrationOps, actions };
}

const firstLines = (texts) => texts.map((t) => t.split('\n')[0].trim()).filter(Boolean);

function same(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) throw new Error(`${what}:\n  expected ${e}\n  got      ${a}`);
}

export async function launchChromium() {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} is missing: apt-get install -y chromium (Debian's package; nothing is downloaded by playwright-core)`,
		);
	}
	const userDataDir = fs.mkdtempSync(path.join(ROOT, 'e2e', '.n8n-runs', 'chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1440, height: 900 },
		locale: 'en-US',
		timezoneId: 'UTC',
	});
	return {
		context,
		async close() {
			await context.close();
			fs.rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}

export async function browserTest({ ctx, sim, line, check: record }) {
	const expected = expectations();
	const failDir = path.join(ctx.userFolder, '..', 'browser-failures');
	let page;
	let failures = 0;
	// a failed step leaves a screenshot and the page's HTML in the run folder (kept on failure)
	const check = (name, fn) =>
		record(name, async () => {
			try {
				await fn();
			} catch (error) {
				if (page) {
					fs.mkdirSync(failDir, { recursive: true });
					failures += 1;
					const base = path.join(failDir, `${failures}`);
					await page.screenshot({ path: `${base}.png` }).catch(() => {});
					fs.writeFileSync(`${base}.html`, await page.content().catch(() => ''));
					throw new Error(
						`${error?.message ?? error}\n(screenshot and HTML: ${path.relative(ROOT, base)}.png/.html)`,
					);
				}
				throw error;
			}
		});
	const shot = (page, step) =>
		page.screenshot({ path: path.join(DOCS_DIR, `editor-${line.id}-${step}.png`) });
	fs.mkdirSync(DOCS_DIR, { recursive: true });

	const blocked = [];
	const { context, close } = await launchChromium();
	try {
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith(ctx.baseUrl) || url.startsWith('data:') || url.startsWith('blob:'))
				return route.continue();
			blocked.push(url);
			return route.abort('blockedbyclient');
		});
		page = context.pages()[0] ?? (await context.newPage());
		page.setDefaultTimeout(30_000);

		const signedIn = await check('editor: sign in as the owner', async () => {
			await page.goto(`${ctx.baseUrl}/signin`);
			await page
				.locator('input[name=emailOrLdapLoginId], input[name=email]')
				.first()
				.fill(OWNER.email);
			await page.locator('input[name=password]').fill(OWNER.password);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await page.waitForURL((u) => !String(u).includes('/signin'), { timeout: 30_000 });
		});
		if (!signedIn) return;

		const found = await check(
			'editor: the nodes panel finds "ClickMeeting", with its icon',
			async () => {
				await page.goto(`${ctx.baseUrl}/workflow/new`);
				await page.locator('[data-test-id=node-creator-plus-button]').click();
				await page.locator('[data-test-id=node-creator-search-bar]').fill('ClickMeeting');
				const item = page
					.locator('[data-test-id=node-creator-node-item], [data-test-id=node-creator-action-item]')
					.filter({
						has: page.locator('[data-test-id=node-creator-item-name]', {
							hasText: /^ClickMeeting$/,
						}),
					})
					.first();
				await item.waitFor();
				await sleep(500);
				await shot(page, '1-nodes-panel');
				const icon = await item
					.locator('img')
					.first()
					.evaluate((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }));
				if (
					!/\/icons\/n8n-nodes-clickmeeting\/.*clickmeeting(\.dark)?\.svg$/.test(icon.src) ||
					!icon.width
				) {
					throw new Error(`ClickMeeting icon not shown: ${JSON.stringify(icon)}`);
				}
				await item.click();
			},
		);
		if (!found) return;

		await check(
			`editor: ClickMeeting offers its ${expected.actions.length} actions, grouped by resource`,
			async () => {
				const actionsHeader = page.getByText(/^Actions \(\d+\)$/).first();
				if (await actionsHeader.isVisible().catch(() => false)) {
					const header = await actionsHeader.innerText();
					if (header !== `Actions (${expected.actions.length})`)
						throw new Error(`header "${header}"`);
					const open = await page
						.locator('[data-test-id=node-creator-item-name]', { hasText: expected.actions[0] })
						.isVisible();
					if (!open) await actionsHeader.click();
				}
				await page
					.locator('[data-test-id=node-creator-item-name]', {
						hasText: 'Get many registrations of room',
					})
					.waitFor();
				// the panel renders only the items near the view: scroll down until no new name appears
				const items = page.locator('[data-test-id=node-creator-item-name]');
				const seen = new Set();
				for (let round = 0; round < 12; round++) {
					const before = seen.size;
					for (const n of await items.allInnerTexts()) seen.add(n.trim());
					if (round > 0 && seen.size === before) break;
					await items.last().scrollIntoViewIfNeeded();
					await page.waitForTimeout(300);
				}
				await items.first().scrollIntoViewIfNeeded();
				const shown = [...seen].filter((n) => expected.actions.includes(n));
				same([...shown].sort(), [...expected.actions].sort(), 'actions in the nodes panel');
				await shot(page, '2-actions');
			},
		);

		const added = await check(
			'editor: adding "Get many registrations of room" opens the node with the ClickMeeting credential',
			async () => {
				await page
					.locator('[data-test-id=node-creator-item-name]', {
						hasText: 'Get many registrations of room',
					})
					.click();
				await page.locator('[data-test-id=parameter-input-resource]').waitFor();
				const cred = await page
					.locator('[data-test-id=node-credentials-select] input')
					.inputValue()
					.catch(async () => page.locator('[data-test-id=node-credentials-select]').innerText());
				if (!String(cred).includes('ClickMeeting account'))
					throw new Error(`credential shown: "${cred}"`);
				const icon = await page
					.locator('[data-test-id=ndv] img')
					.first()
					.evaluate((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }));
				if (!icon.src?.includes('n8n-nodes-clickmeeting') || !icon.width)
					throw new Error(`node icon in the node view: ${JSON.stringify(icon)}`);
			},
		);
		if (!added) return;

		// Escape closes an open dropdown; with none open it would close the node view
		const openSelect = async (testId) => {
			await page.locator(`[data-test-id=parameter-input-${testId}]`).click();
			const options = page.locator('.el-select-dropdown__item:visible');
			await options.first().waitFor();
			await sleep(300);
			return firstLines(await options.allInnerTexts());
		};

		await check(`editor: Resource lists all ${expected.resources.length} resources`, async () => {
			const shown = await openSelect('resource');
			same(
				shown.filter((s) => s !== 'Custom API Call'),
				expected.resources,
				'Resource options',
			);
			await page.locator('.el-select-dropdown__item:visible').first().scrollIntoViewIfNeeded();
			await shot(page, '3-resources');
			await page.keyboard.press('Escape');
		});

		await check('editor: Operation lists the operations of Registration', async () => {
			const shown = await openSelect('operation');
			same(
				shown.filter((s) => s !== 'Custom API Call'),
				expected.registrationOps,
				'Operation options for Registration',
			);
			await shot(page, '4-operations');
			await page.keyboard.press('Escape');
		});

		await check('editor: the Room locator lists the active rooms from the simulator', async () => {
			const rooms = await (await sim.api('/conferences/active')).json();
			await page.locator('[data-test-id=resource-locator-room] [data-test-id=rlc-input]').click();
			const items = page.locator('[data-test-id=rlc-item]:visible');
			await items.first().waitFor();
			await sleep(300);
			const shown = (await items.allInnerTexts()).map((t) => t.trim());
			same(shown.length, rooms.length, `rooms listed (${JSON.stringify(shown)})`);
			for (const room of rooms) {
				if (!shown.some((s) => s.includes(room.name) && s.includes(String(room.id))))
					throw new Error(`room ${room.id} "${room.name}" not listed: ${JSON.stringify(shown)}`);
			}
			if (shown.some((s) => s.includes('Kickoff 2023')))
				throw new Error('the inactive room is listed');
			await shot(page, '5-rooms');
			await page.locator('[data-test-id=rlc-item]', { hasText: 'Product Launch Webinar' }).click();
		});

		await check("editor: Execute step shows the webinar's registrants", async () => {
			await page.locator('[data-test-id=node-execute-button]').first().click();
			const output = page.locator('[data-test-id=output-panel]');
			await output.getByText('anna.nowak@example.com').first().waitFor();
			const registrants = await (await sim.api('/conferences/1002/registrations/all')).json();
			const text = await output.innerText();
			if (!new RegExp(`\\b${registrants.length} items\\b`).test(text)) {
				throw new Error(
					`output panel should say "${registrants.length} items": ${text.slice(0, 300)}`,
				);
			}
			await sleep(500);
			await shot(page, '6-output');
		});

		await check('editor: the canvas shows the ClickMeeting node with its icon', async () => {
			await page
				.locator('[data-test-id=ndv-close-button], [data-test-id=back-to-canvas]')
				.first()
				.click(); // 2.x, 1.x
			const node = page
				.locator('[data-test-id=canvas-node]')
				.filter({ hasText: 'Get many registrations of room' });
			await node.waitFor();
			const icon = await node
				.locator('img')
				.first()
				.evaluate((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }));
			if (!icon.src?.includes('n8n-nodes-clickmeeting') || !icon.width)
				throw new Error(`canvas icon: ${JSON.stringify(icon)}`);
			await sleep(500);
			await shot(page, '7-canvas');
		});

		await check(
			'editor: no request left 127.0.0.1 except known, blocked package look-ups',
			async () => {
				const unknown = blocked.filter((u) => !KNOWN_EXTERNAL.some((re) => re.test(u)));
				if (blocked.length)
					log(
						`  the editor tried ${blocked.length} external request(s), all aborted: ${[...new Set(blocked)].join(', ')}`,
					);
				if (unknown.length)
					throw new Error(`unexpected external requests: ${[...new Set(unknown)].join(', ')}`);
			},
		);
	} finally {
		await close();
	}
}
