// Writes entrypoints/content/page-style.css from the palette: the content script's declared stylesheet.
import { writeFileSync } from 'node:fs';
import { pageStyleCss } from '../entrypoints/content/page-style';

const file = new URL('../entrypoints/content/page-style.css', import.meta.url);
writeFileSync(file, pageStyleCss());
console.log(`wrote ${file.pathname}`);
