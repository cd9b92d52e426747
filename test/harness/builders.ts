/** Node parameter values the tests build again and again. */
import type { INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

/** The Room locator in "By ID" mode (a number, a string or an expression such as '={{ "x" }}'). */
export const room = (id: number | string): INodeParameterResourceLocator => ({
	__rl: true,
	mode: 'id',
	value: String(id),
});

/** A locator (Room, Session, File, Recording) in one of its modes: From List, By ID or By URL. */
export const locator = (
	mode: 'list' | 'id' | 'url',
	value: string,
): INodeParameterResourceLocator => ({ __rl: true, mode, value });

/** The Room locator in another mode: 'list' (From List) or 'url' (By URL). */
export const roomBy = (mode: 'list' | 'url', value: string): INodeParameterResourceLocator => ({
	__rl: true,
	mode,
	value,
});

/** Room → Create with every required field set (a permanent open meeting named "x"). */
export const roomCreate = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'conference',
	operation: 'create',
	name: 'x',
	roomType: 'meeting',
	permanentRoom: true,
	accessType: 1,
	...overrides,
});

/** Registration → Register in this room with every required field set. */
export const register = (
	inRoom: INodeParameterResourceLocator,
	overrides: INodeParameters = {},
): INodeParameters => ({
	resource: 'registration',
	operation: 'register',
	room: inRoom,
	firstName: 'a',
	lastName: 'b',
	email: 'a@b.co',
	...overrides,
});
