// Shipped code (nodes/, credentials/, package.json) is linted with exactly the configuration
// n8n's community-package scanner uses (its own buildScanConfig), warnings treated as errors by
// `npm run lint`. Tests, the simulator and scripts get a plain TypeScript setup: they never ship.
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';
import { buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

const SHIPPED = ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'];

// The scanner's globs ('**/nodes/**', '**/*.ts', ...) are meant for a package root; anchor them
// to ours so nothing outside nodes/, credentials/ and package.json is linted with them.
const anchor = (pattern) =>
	({
		'**/credentials/**/*.ts': ['credentials/**/*.ts'],
		'**/nodes/**/*.ts': ['nodes/**/*.ts'],
		'**/*.json': ['package.json'],
		'**/*.ts': ['nodes/**/*.ts', 'credentials/**/*.ts'],
		'package.json': ['package.json'],
	})[pattern] ?? [];
const scanConfig = (await buildScanConfig()).map((config) => ({
	...config,
	files: config.files ? config.files.flatMap((pattern) => anchor(pattern)) : SHIPPED,
}));

export default [
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'e2e/**',
			'bench/.tmp/**',
			'**/node_modules/**',
			'**/*.js',
			'**/*.mjs',
			'package-lock.json',
			'**/*.json',
			'!package.json',
		],
	},
	...scanConfig,
	{
		files: ['test/**/*.ts', 'simulator/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
		languageOptions: { parser: tsParser },
		plugins: { '@typescript-eslint': tsPlugin },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-require-imports': 'error',
			'no-debugger': 'error',
			'no-unused-labels': 'error',
		},
	},
];
