// The work `masterplan check` does on the example book, without the command line: load the
// compiled modules check needs, check the book, print the report. bench/startup.ts times a
// fresh process running this as the check's "own work".
const root = new URL('../', import.meta.url);
const [{ loadBook }, { FORMATTERS }] = await Promise.all([import(new URL('lib/app/load-book.js', root).href), import(new URL('lib/report/index.js', root).href)]);
const result = await loadBook({ cwd: process.cwd() });
process.stdout.write(FORMATTERS.stylish(result, { color: false, lang: result.lang }));
