/** Node parameter values the tests build again and again. */
import type { INodeParameterResourceLocator } from 'n8n-workflow';

/** The Room locator in "By ID" mode (a number, a string or an expression such as '={{ "x" }}'). */
export const room = (id: number | string): INodeParameterResourceLocator => ({
	__rl: true,
	mode: 'id',
	value: String(id),
});

/** The Room locator in another mode: 'list' (From List) or 'url' (By URL). */
export const roomBy = (mode: 'list' | 'url', value: string): INodeParameterResourceLocator => ({
	__rl: true,
	mode,
	value,
});
