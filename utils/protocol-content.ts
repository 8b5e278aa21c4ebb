/** Messages between the popup/background and the content script (issue 3). One JSDoc line each. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the content-script work
export type ContentProtocol = {};
