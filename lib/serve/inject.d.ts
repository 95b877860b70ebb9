/** Where served pages listen for rebuilds (server-sent events). */
export declare const EVENTS_PATH = "/__masterplan/events";
/**
 * The live-reload client, injected only into served pages: reloads on `reload` (keeping
 * the scroll position), shows a banner on `problems`. Styles are set through CSSOM
 * properties, which the page's Content-Security-Policy allows.
 */
export declare const LIVE_CLIENT = "(() => {\n  const key = 'masterplan:scroll';\n  const saved = sessionStorage.getItem(key);\n  if (saved !== null) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(saved))); }\n  let banner;\n  const show = (text) => {\n    if (!banner) {\n      banner = document.createElement('div');\n      banner.id = 'masterplan-live-problems';\n      banner.setAttribute('role', 'alert');\n      Object.assign(banner.style, { position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', padding: '0.6em 1em', background: '#A61B1B', color: '#fff', font: '14px/1.4 system-ui, sans-serif', whiteSpace: 'pre-wrap' });\n      document.body.append(banner);\n    }\n    banner.textContent = text;\n  };\n  const events = new EventSource('/__masterplan/events');\n  events.addEventListener('reload', () => { sessionStorage.setItem(key, String(scrollY)); location.reload(); });\n  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));\n})();";
/**
 * Let the live client through a Content-Security-Policy: its hash joins `script-src`
 * and `'self'` joins `connect-src` (each starting from `default-src` when absent).
 */
export declare function allowLiveClient(policy: string, scriptHash: string): string;
/** A built page with the live client before `</body>` and its policy opened just enough for it. */
export declare function injectLiveClient(html: string): string;
