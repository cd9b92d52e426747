/**
 * The transport: every request of the node, the trigger and the editor goes through
 * `apiRequest` (one JSON answer), `apiRequestList` (a list of objects), `apiRequestAllPages`
 * (a paged list) or `apiRequestDownload` (a file), with the credential, retries and error mapping.
 */
export type { ClickMeetingContext } from './context';
export { MAX_JSON_BYTES } from './attempt';
export { apiRequestAllPages, PAGE_CAP, PAGE_SIZE } from './paging';
export type { ApiRequest } from './request';
export { apiRequest, apiRequestDownload, apiRequestList, path } from './request';
export { backoffMs, parseRetryAfter } from './retry';
export type { DownloadResponse } from './send';
export { abortableSleep } from './sleep';
