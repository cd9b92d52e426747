// Lint for developer code that never ships: scripts/, bench/, gulpfile.js, e2e/, simulator/,
// test/ and the root config files. ESLint recommended and typescript-eslint recommended (not
// type-aware), with Node.js globals. Imported by eslint.config.mjs.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['scripts/**/*.ts', 'bench/**/*.ts', 'simulator/**/*.ts', 'test/**/*.ts'];
const JS = [
	'scripts/**/*.{js,mjs}',
	'e2e/**/*.{js,mjs}',
	'gulpfile.js',
	'jest.config.js',
	'eslint*.config.mjs',
];
const COMMONJS = ['gulpfile.js', 'jest.config.js', 'scripts/**/*.js'];

export default [
	{ ...js.configs.recommended, files: [...TS, ...JS] },
	...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
	{
		files: [...TS, ...JS],
		languageOptions: { globals: { ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	{
		files: TS,
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{ files: JS, rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
	{ files: COMMONJS, languageOptions: { sourceType: 'commonjs' } },
];
