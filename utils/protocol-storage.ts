/** Messages from content scripts and pages to the background's storage (issue 4). One JSDoc line each. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the storage work
export type StorageProtocol = {};
