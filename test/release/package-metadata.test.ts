// What a reviewer (and npm's package page) reads from package.json and .github/, checked against
// the one repository name, and the .github/ validator of `npm test` shown to reject what it must.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const REPO = 'github.com/n8n-nodes-clickmeeting/n8n-nodes-clickmeeting';

function validate(dir: string) {
	const run = spawnSync(process.execPath, [path.join(root, 'scripts/validate-github.mjs'), dir], {
		cwd: root,
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('package.json', () => {
	it('has no main (n8n loads the files listed under "n8n")', () => {
		expect(pkg).not.toHaveProperty('main');
	});

	it('names one repository in homepage, bugs, repository and author', () => {
		expect(pkg.homepage).toBe(`https://${REPO}#readme`);
		expect(pkg.bugs).toEqual({ url: `https://${REPO}/issues` });
		expect(pkg.repository).toEqual({ type: 'git', url: `git+https://${REPO}.git` });
		expect(pkg.author.url).toBe(`https://${REPO.split('/').slice(0, 2).join('/')}`);
		// n8n's valid-author rule (scanner and n8n-node lint) requires a non-empty author e-mail
		expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
	});

	it('author matches the licence holder; codex links point at the same repository', () => {
		expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain(
			`Copyright (c) 2026 ${pkg.author.name}`,
		);
		for (const file of ['ClickMeeting.node.json', 'ClickMeetingTrigger.node.json']) {
			const codex = JSON.parse(readFileSync(path.join(root, 'nodes/ClickMeeting', file), 'utf8'));
			const urls = Object.values(codex.resources ?? {}).flatMap((list) =>
				(list as Array<{ url: string }>).map((r) => r.url),
			);
			const ours = urls.filter((url) => url.includes('github.com'));
			expect(ours.length).toBeGreaterThan(0);
			for (const url of ours) expect(url.startsWith(`https://${REPO}#`)).toBe(true);
		}
	});
});

describe('.github/ validation (scripts/validate-github.mjs)', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'clickmeeting-github-'));
		cpSync(path.join(root, '.github'), path.join(dir, '.github'), { recursive: true });
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const edit = (file: string, change: (text: string) => string) => {
		const target = path.join(dir, '.github', file);
		writeFileSync(target, change(readFileSync(target, 'utf8')));
	};

	it('accepts the workflows and dependabot.yml as committed', () => {
		const result = validate(dir);
		expect(result.output).toContain(
			'github: 2 workflows valid (ci.yml, publish.yml), dependabot.yml valid',
		);
		expect(result.status).toBe(0);
	});

	it('rejects a publish without provenance or without id-token: write', () => {
		edit('workflows/publish.yml', (text) =>
			text
				.replace('npm publish --provenance --access public', 'npm publish --access public')
				.replace(/^(\s+)id-token: write$/m, '$1id-token: read'),
		);
		const result = validate(dir);
		expect(result.status).toBe(1);
		expect(result.output).toContain('publish.yml: job publish: `npm publish` without --provenance');
		expect(result.output).toContain('publish.yml: job publish: needs permissions id-token: write');
	});

	it("rejects a workflow that breaks GitHub's schema", () => {
		edit('workflows/ci.yml', (text) =>
			text.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest'),
		);
		const result = validate(dir);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/ci\.yml: \/jobs\/test /);
	});

	it('rejects a CI that no longer runs npm test, and a dependabot entry for a missing directory', () => {
		edit('workflows/ci.yml', (text) => text.replace('run: npm test', 'run: npm run lint'));
		edit('dependabot.yml', (text) =>
			text.replace(
				'directory: /\n    schedule:\n      interval: monthly',
				'directory: /nowhere\n    schedule:\n      interval: monthly',
			),
		);
		const result = validate(dir);
		expect(result.status).toBe(1);
		expect(result.output).toContain('ci.yml: no step runs `npm test`');
		expect(result.output).toContain(
			'dependabot.yml: updates[1]: directory "/nowhere" does not exist',
		);
	});
});
