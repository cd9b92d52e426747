/**
 * How the editor shows the trigger: n8n's nodes panel lists a trigger's events from the option
 * named "Trigger On"/"Event"/"Events" as `option.action ?? "On " + noCase(option.name)` (editor-ui
 * nodeCreator: useActionsGeneration.ts triggersCategory, utils.ts formatTriggerActionName), which
 * would lower-case "PDF"; so every event sets `action`. The subtitle is evaluated by n8n-workflow's
 * expression engine as the editor evaluates it.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import { ClickMeetingTrigger } from '../../nodes/ClickMeeting/ClickMeetingTrigger.node';
import { TestNodeTypes, testNode, workflowOf } from '../harness/node-types';
import { TRIGGER } from '../harness/poll';

const trigger = new ClickMeetingTrigger();
const eventProperty = trigger.description.properties.find((p) => p.name === 'event');
const events = (eventProperty?.options ?? []) as INodePropertyOptions[];

describe('ClickMeeting Trigger: labels in the editor', () => {
	it('the event option is the one n8n reads the panel actions from', () => {
		expect(['event', 'events', 'trigger on']).toContain(eventProperty?.displayName.toLowerCase());
		expect(events.map((e) => e.value)).toEqual([
			'newAttendee',
			'recording',
			'registration',
			'newRoom',
			'pdfReport',
			'registrantAttendance',
			'roomStartingSoon',
			'sessionEnded',
		]);
	});

	it.each(events.map((e) => [e.name, e] as const))(
		'%s: panel action "On …" in sentence case, acronyms kept',
		(name, option) => {
			const expected = `On ${name
				.split(' ')
				.map((word) => (word === 'PDF' ? word : word.toLowerCase()))
				.join(' ')}`;
			expect(option.action).toBe(expected);
		},
	);

	it('the subtitle shows the chosen event by name', () => {
		const nodeTypes = new TestNodeTypes({ [TRIGGER]: trigger });
		for (const option of events) {
			const node = testNode({
				id: 't',
				name: 'ClickMeeting Trigger',
				type: TRIGGER,
				parameters: { event: option.value },
			});
			const workflow = workflowOf([node], nodeTypes);
			const subtitle = workflow.expression.getSimpleParameterValue(
				node,
				trigger.description.subtitle as string,
				'internal',
				{},
			);
			expect(subtitle).toBe(option.name);
		}
	});
});
