import type { PageSource } from './harness';
import type { UiLanguage } from './ui-words';

/**
 * What the shared scenarios (scenarios.ts) need from a browser, so one list of scenarios runs in Chromium
 * (Playwright, driver-chromium.ts) and in Firefox (puppeteer over WebDriver BiDi, driver-firefox.ts).
 * Controls are found by test id wherever GovMark puts them: the document, open shadow roots, or frames
 * inside the page (the note UI may move into an extension-origin frame).
 */
export interface DriverPage {
  url(): string;
  /** The browser's tab id, for the popup's `?tabId=` seam; -1 for extension pages. */
  readonly tabId: number;
  /** Runs a function in the page's main frame (serialised: it may use only its argument). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until the function returns a truthy value in the page's main frame. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  /** Moves the mouse over the first element matching a CSS selector in the main document. */
  hover(selector: string): Promise<void>;
  /** Clicks the first element matching a CSS selector in the main document. */
  click(selector: string): Promise<void>;
  /** Clicks the element with this test id. */
  clickTestId(id: string): Promise<void>;
  /** Clears the field with this test id and types the text into it, as a person would. */
  typeTestId(id: string, text: string): Promise<void>;
  /** Presses a key (`Enter`, `Escape`) in the field with this test id. */
  pressTestId(id: string, key: string): Promise<void>;
  /** The text of every element with this test id, in document order (frames after the page). */
  textsOfTestId(id: string): Promise<string[]>;
  /** Whether an element with this test id is shown (exists, not hidden, has a box). */
  visibleTestId(id: string): Promise<boolean>;
  /** Gives a file input with this test id a file from disk, as the file chooser would. */
  setFileTestId(id: string, file: string): Promise<void>;
  /** Saves what the viewport shows as a PNG (scripts/screenshots.ts). */
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /**
   * A news site's address as this browser is served it: Chromium intercepts https:// itself, Firefox goes
   * through a local proxy, which sees http:// only (no TLS interception).
   */
  address(httpsUrl: string): string;
  /** The browser's version (Firefox: `153.8.0`), to compare with the manifest's minimum. */
  version(): Promise<string>;
  /** Opens a web page in a new tab and waits for its load event. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of the extension's own pages (`popup.html?tabId=3`, `library.html`) in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Closes the browser and starts it again on the same profile, with the same package installed again. */
  restart(): Promise<void>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Pages served at news-site addresses (https:// keys; a driver serves them as address() says). */
  pages: Record<string, PageSource>;
  /** The browser's UI language, and so GovMark's (its i18n follows the browser): zh_CN when not given. */
  language?: UiLanguage;
}

/** Starts a browser on a fresh profile with the built package installed. */
export type LaunchDriver = (options: DriverOptions) => Promise<Driver>;
