// `npm run fonts`: rewrite src/fonts/coverage.json from the theme's body font.
import { writeFileSync } from 'node:fs';
import { measureCoverage } from '../src/render/pdf/measure-coverage.ts';

const target = new URL('../src/fonts/coverage.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(measureCoverage())}\n`);
console.log(`wrote ${target.pathname}`);
