import type { IExecuteFunctions } from 'n8n-workflow';

import {
	checkTimeZone,
	toApiDateTime,
	toApiDuration,
} from '../../nodes/ClickMeeting/helpers/dates';

const ctx = {
	getNode: () => ({
		name: 'ClickMeeting',
		type: 'clickMeeting',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	}),
} as unknown as IExecuteFunctions;
const date = (value: unknown) => toApiDateTime.call(ctx, 0, value, 'Starts At');

describe('dates helper', () => {
	it.each([
		['2030-05-01T10:00:00+02:00', '2030-05-01T10:00:00+02:00'],
		['2030-05-01T10:00:00.250+0200', '2030-05-01T10:00:00+02:00'],
		['2030-05-01T08:00:00Z', '2030-05-01T08:00:00Z'],
		['2030-05-01T10:00', '2030-05-01 10:00:00'],
		['2030-05-01 9:05:07', '2030-05-01 09:05:07'],
		['2030-05-01', '2030-05-01 00:00:00'],
	])('reads %s as %s', (input, output) => {
		expect(date(input)).toBe(output);
	});

	it('reads JS dates and Luxon-like values', () => {
		expect(date(new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 600)))).toBe('2030-01-02T03:04:05Z');
		expect(date({ toISO: () => '2030-01-02T03:04:05.000+01:00' })).toBe(
			'2030-01-02T03:04:05+01:00',
		);
	});

	it.each([
		'2030-02-30 10:00:00',
		'2030-05-01T25:00:00Z',
		'tomorrow',
		'',
		1700000000000,
		new Date('x'),
	])('refuses %p naming the field', (input) => {
		expect(() => date(input)).toThrow(/"Starts At" field must be a date/);
	});

	it('formats durations as H:MM and refuses others', () => {
		expect(toApiDuration.call(ctx, 0, '1:20', 'Duration')).toBe('1:20');
		expect(toApiDuration.call(ctx, 0, 1.5, 'Duration')).toBe('1:30');
		expect(toApiDuration.call(ctx, 0, '0:05', 'Duration')).toBe('0:05');
		for (const bad of ['0:00', '1:75', 'an hour', '-1']) {
			expect(() => toApiDuration.call(ctx, 0, bad, 'Duration')).toThrow(/"Duration" field/);
		}
	});

	it('accepts IANA time zones and refuses unknown ones', () => {
		expect(checkTimeZone.call(ctx, 0, 'America/New_York', 'Time Zone')).toBe('America/New_York');
		expect(checkTimeZone.call(ctx, 0, 'UTC', 'Time Zone')).toBe('UTC');
		for (const bad of ['Mars/Base', 'Europe/', '+02:00', '']) {
			expect(() => checkTimeZone.call(ctx, 0, bad, 'Time Zone')).toThrow(
				/"Time Zone" field is not a known time zone/,
			);
		}
	});
});
