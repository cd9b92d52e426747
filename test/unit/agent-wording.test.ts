import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { ClickMeeting } from '../../nodes/ClickMeeting/ClickMeeting.node';

/**
 * What an AI agent reads of an automatically described ClickMeeting tool is n8n's
 * `<action> in ClickMeeting` (NodeHelpers.makeDescription). These guard the wording rules:
 * no articles in action names, one term for rooms, "email", the user's words.
 */
const description = new ClickMeeting().description;
const operations = description.properties.filter((p) => p.name === 'operation');
const actions = operations.flatMap((p) =>
	(p.options as INodePropertyOptions[]).map((o) => ({
		resource: String(p.displayOptions?.show?.resource?.[0]),
		operation: String(o.value),
		action: String(o.action),
		description: String(o.description),
	})),
);

/** Every user-facing string of the node: names, descriptions, hints, placeholders, options. */
function texts(
	props: INodeProperties[] | INodePropertyOptions[] | undefined,
	out: string[] = [],
): string[] {
	for (const p of (props ?? []) as unknown as Array<Record<string, unknown>>) {
		for (const key of ['displayName', 'name', 'description', 'hint', 'placeholder', 'action']) {
			if (typeof p[key] === 'string' && !(key === 'name' && 'type' in p))
				out.push(p[key] as string);
		}
		const options = p.options as Array<Record<string, unknown>> | undefined;
		if (Array.isArray(options)) {
			for (const o of options) {
				if ('values' in o) texts(o.values as INodeProperties[], out);
				else if ('type' in o) texts([o as unknown as INodeProperties], out);
				else texts([o as unknown as INodePropertyOptions], out);
			}
		}
	}
	return out;
}

describe('What an agent reads', () => {
	it('has an action for every operation', () => {
		expect(actions.length).toBeGreaterThanOrEqual(34);
		for (const a of actions) expect(a.action).not.toBe('undefined');
	});

	it.each(actions.map((a) => [`${a.resource}.${a.operation}`, a]))(
		'%s: action without articles, in the user’s terms',
		(_id, a) => {
			expect(a.action).not.toMatch(/\b(a|an|the)\b/i);
			expect(a.action).not.toMatch(/conference/i);
			expect(`${a.action} ${a.description}`).not.toMatch(/e-mail/i);
			expect(a.description.length).toBeGreaterThan(a.action.length);
		},
	);

	it('the automatic tool description is "<action> in ClickMeeting"', () => {
		const make = (resource: string, operation: string) =>
			NodeHelpers.makeDescription({ resource, operation }, description);
		expect(make('conference', 'getAll')).toBe('Get many rooms in ClickMeeting');
		expect(make('registration', 'register')).toBe('Register participant for room in ClickMeeting');
		expect(make('session', 'get')).toBe('Get session in ClickMeeting');
		expect(new Set(actions.map((a) => make(a.resource, a.operation))).size).toBe(actions.length);
	});

	it('no user-facing string says "e-mail"; the resource of rooms is called Room', () => {
		const all = texts(description.properties);
		expect(all.length).toBeGreaterThan(200); // the walk reaches nested collections and options
		expect(all.filter((t) => /e-mail/i.test(t))).toEqual([]);
		const resource = description.properties.find((p) => p.name === 'resource');
		const names = (resource?.options as INodePropertyOptions[]).map((o) => o.name);
		expect(names).toContain('Room');
		expect(names).not.toContain('Conference');
	});
});
