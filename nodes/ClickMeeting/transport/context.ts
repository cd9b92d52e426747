import type { IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

export type ClickMeetingContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** The execution's cancel signal (execute contexts only). */
export function cancelSignalOf(ctx: ClickMeetingContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}
