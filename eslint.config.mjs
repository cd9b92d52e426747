// `npm run lint` (warnings are errors). Two configurations:
//
// Shipped code (nodes/, credentials/, package.json) gets both rule sets n8n applies to a
// community package:
//   1. `n8n-node lint`'s own config (the one @n8n/node-cli exports, with n8n Cloud support):
//      ESLint and typescript-eslint recommended, import-x, @n8n/eslint-plugin-community-nodes
//      (the version node-cli depends on) and eslint-plugin-n8n-nodes-base's rulesets;
//   2. the community-package scanner's config (its own buildScanConfig), which bundles an older
//      copy of the community-nodes plugin. That copy runs under the namespace
//      `scanner-community-nodes`, so its findings read e.g. `scanner-community-nodes/no-restricted-globals`.
// Both configs' globs are written for a package root that holds nothing else; they are anchored
// to nodes/, credentials/ and package.json here, so they lint exactly the shipped files.
// `eslint-disable` comments work here as they do in `n8n-node lint`; the scanner ignores them
// (allowInlineConfig: false), and `npm run scan` runs it that way on the same sources.
//
// Developer code (scripts/, bench/, gulpfile.js, e2e/, simulator/, test/) never ships: it gets
// eslint.dev.config.mjs.
import n8nNodeCli from '@n8n/node-cli/eslint';
import { buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

import devConfig from './eslint.dev.config.mjs';

const SHIPPED_TS = ['nodes/**/*.ts', 'credentials/**/*.ts'];
const SHIPPED = [...SHIPPED_TS, 'package.json'];

const ANCHORS = {
	'**/*.ts': SHIPPED_TS,
	'**/credentials/**/*.ts': ['credentials/**/*.ts'],
	'./credentials/**/*.ts': ['credentials/**/*.ts'],
	'**/nodes/**/*.ts': ['nodes/**/*.ts'],
	'./nodes/**/*.ts': ['nodes/**/*.ts'],
	'**/*.json': ['package.json'],
	'package.json': ['package.json'],
};

/** A config object with nothing but `ignores` is a global ignore: it keeps no `files`. */
const isGlobalIgnore = (config) =>
	Object.keys(config).every((key) => key === 'ignores' || key === 'name');

/** Restricts every config object to the shipped files (an unknown glob matches nothing). */
const anchor = (configs) =>
	configs.map((config) => {
		if (isGlobalIgnore(config)) return config;
		const files = config.files
			? config.files.flatMap((pattern) => ANCHORS[pattern] ?? [])
			: SHIPPED;
		if (files.length === 0) throw new Error(`eslint.config.mjs: no anchor for ${config.files}`);
		return { ...config, files: [...new Set(files)] };
	});

/** Moves a plugin, and every rule setting of it, to another namespace. */
const renamePlugin = (configs, from, to) =>
	configs.map((config) => {
		const plugins = config.plugins && { ...config.plugins };
		if (plugins && from in plugins) {
			plugins[to] = plugins[from];
			delete plugins[from];
		}
		const rules =
			config.rules &&
			Object.fromEntries(
				Object.entries(config.rules).map(([id, setting]) => [
					id.startsWith(`${from}/`) ? `${to}${id.slice(from.length)}` : id,
					setting,
				]),
			);
		return { ...config, ...(plugins && { plugins }), ...(rules && { rules }) };
	});

const nodeCliConfig = anchor(n8nNodeCli.config);
const scanConfig = anchor(
	renamePlugin(await buildScanConfig(), '@n8n/community-nodes', 'scanner-community-nodes'),
);

export default [
	{
		ignores: [
			'dist/**',
			'coverage/**',
			'docs/**',
			'examples/**',
			'**/node_modules/**',
			'bench/.tmp/**',
			'e2e/.n8n*/**',
			'e2e/.npm-cache/**',
			'**/*.json',
			'!package.json',
		],
	},
	...scanConfig,
	...nodeCliConfig,
	...devConfig,
];
