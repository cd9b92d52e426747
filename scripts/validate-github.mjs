// Checks .github/ offline (part of `npm test`):
// - every workflow in .github/workflows/ against GitHub's workflow schema (@action-validator/core,
//   the schema compiled in, no network);
// - what the release depends on: ci.yml runs `npm ci` and `npm test`; publish.yml runs on a version
//   tag, with `id-token: write` and `contents: read`, and publishes with provenance; every action
//   is pinned to a version;
// - .github/dependabot.yml: version 2, known ecosystems and intervals, directories that exist.
// Usage: node scripts/validate-github.mjs [package root]   (exit 1 and a list of problems if any)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';

const root = path.resolve(process.argv[2] ?? '.');
const github = path.join(root, '.github');
const problems = [];
const problem = (file, message) => problems.push(`${path.relative(root, file)}: ${message}`);

/** Every `run:` of every step of every job. */
const runs = (workflow) =>
	Object.values(workflow?.jobs ?? {}).flatMap((job) =>
		(job?.steps ?? []).map((step) => String(step?.run ?? '')),
	);
const runsCommand = (workflow, pattern) => runs(workflow).some((run) => pattern.test(run));

/** The permissions a job gets: its own, or the workflow's. */
const permissionsOf = (workflow, job) => job?.permissions ?? workflow?.permissions ?? {};

function checkWorkflowSchema(file, text) {
	const result = validateWorkflow(text);
	for (const error of result.errors ?? []) {
		problem(
			file,
			`${error.path ?? ''} ${error.title ?? error.code}${error.detail ? `: ${error.detail}` : ''}`,
		);
	}
	if (result.errors?.length)
		problem(file, `details: npx action-validator ${path.relative(root, file)}`);
	return result.errors?.length ? undefined : parse(text);
}

function checkPinnedActions(file, workflow) {
	for (const [name, job] of Object.entries(workflow?.jobs ?? {})) {
		for (const step of job?.steps ?? []) {
			if (step?.uses && !/^(\.\/|docker:\/\/)|@[\w.-]+$/.test(step.uses)) {
				problem(
					file,
					`job ${name}: "${step.uses}" is not pinned to a version (owner/action@version)`,
				);
			}
		}
	}
}

function checkCi(file, workflow) {
	if (!runsCommand(workflow, /^\s*npm ci\b/m)) problem(file, 'no step runs `npm ci`');
	if (!runsCommand(workflow, /^\s*npm test\b/m)) problem(file, 'no step runs `npm test`');
}

function checkPublish(file, workflow) {
	const tags = workflow?.on?.push?.tags;
	if (!Array.isArray(tags) || tags.length === 0)
		problem(file, 'does not run on a pushed version tag (on.push.tags)');
	if (workflow?.on?.push?.branches)
		problem(file, 'runs on branch pushes too: publish on version tags only');
	const publishing = Object.entries(workflow?.jobs ?? {}).filter(([, job]) =>
		(job?.steps ?? []).some((step) => /\bnpm publish\b/.test(String(step?.run ?? ''))),
	);
	if (publishing.length === 0) problem(file, 'no step runs `npm publish`');
	for (const [name, job] of publishing) {
		const publishRuns = job.steps
			.map((step) => String(step?.run ?? ''))
			.filter((run) => /\bnpm publish\b/.test(run));
		if (!publishRuns.every((run) => /\bnpm publish\b[^\n]*--provenance/.test(run))) {
			problem(file, `job ${name}: \`npm publish\` without --provenance`);
		}
		if (!publishRuns.every((run) => /\bnpm publish\b[^\n]*--access public/.test(run))) {
			problem(file, `job ${name}: \`npm publish\` without --access public`);
		}
		const permissions = permissionsOf(workflow, job);
		if (permissions['id-token'] !== 'write')
			problem(file, `job ${name}: needs permissions id-token: write`);
		if (permissions.contents !== 'read')
			problem(file, `job ${name}: needs permissions contents: read`);
		const extra = Object.entries(permissions).filter(
			([scope]) => !['id-token', 'contents'].includes(scope),
		);
		if (extra.length)
			problem(
				file,
				`job ${name}: more permissions than publishing needs: ${extra.map(([s]) => s)}`,
			);
	}
}

const ECOSYSTEMS = [
	'npm',
	'github-actions',
	'docker',
	'bundler',
	'pip',
	'gomod',
	'cargo',
	'composer',
	'nuget',
];
const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'];

function checkDependabot(file) {
	let config;
	try {
		config = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		return problem(file, `not valid YAML: ${error.message}`);
	}
	if (config?.version !== 2) problem(file, 'version must be 2');
	if (!Array.isArray(config?.updates) || config.updates.length === 0)
		return problem(file, 'no updates');
	for (const [index, update] of config.updates.entries()) {
		const where = `updates[${index}]`;
		if (!ECOSYSTEMS.includes(update?.['package-ecosystem'])) {
			problem(file, `${where}: unknown package-ecosystem "${update?.['package-ecosystem']}"`);
		}
		const directory = update?.directory;
		if (typeof directory !== 'string' || !existsSync(path.join(root, directory))) {
			problem(file, `${where}: directory "${directory}" does not exist`);
		}
		if (!INTERVALS.includes(update?.schedule?.interval)) {
			problem(
				file,
				`${where}: schedule.interval "${update?.schedule?.interval}" is not one of ${INTERVALS}`,
			);
		}
	}
	for (const ecosystem of ['npm', 'github-actions']) {
		if (!config.updates.some((update) => update?.['package-ecosystem'] === ecosystem)) {
			problem(file, `no ${ecosystem} updates`);
		}
	}
}

const workflowsDir = path.join(github, 'workflows');
const workflowFiles = existsSync(workflowsDir)
	? readdirSync(workflowsDir)
			.filter((name) => /\.ya?ml$/.test(name))
			.sort()
	: [];
const required = { 'ci.yml': checkCi, 'publish.yml': checkPublish };
for (const name of Object.keys(required)) {
	if (!workflowFiles.includes(name)) problem(path.join(workflowsDir, name), 'missing');
}
for (const name of workflowFiles) {
	const file = path.join(workflowsDir, name);
	const workflow = checkWorkflowSchema(file, readFileSync(file, 'utf8'));
	if (!workflow) continue;
	checkPinnedActions(file, workflow);
	required[name]?.(file, workflow);
}
const dependabot = path.join(github, 'dependabot.yml');
if (existsSync(dependabot)) checkDependabot(dependabot);
else problem(dependabot, 'missing');

if (problems.length > 0) {
	console.log(
		`github: ${problems.length} problem(s)\n${problems.map((line) => `  ${line}`).join('\n')}`,
	);
	process.exit(1);
}
console.log(
	`github: ${workflowFiles.length} workflows valid (${workflowFiles.join(', ')}), dependabot.yml valid`,
);
