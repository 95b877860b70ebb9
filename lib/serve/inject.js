import { createHash } from 'node:crypto';
/** Where served pages listen for rebuilds (server-sent events). */
export const EVENTS_PATH = '/__masterplan/events';
/**
 * The live-reload client, injected only into served pages: reloads on `reload` (keeping
 * the scroll position), shows a banner on `problems`. Styles are set through CSSOM
 * properties, which the page's Content-Security-Policy allows.
 */
export const LIVE_CLIENT = `(() => {
  const key = 'masterplan:scroll';
  const saved = sessionStorage.getItem(key);
  if (saved !== null) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(saved))); }
  let banner;
  const show = (text) => {
    if (!banner) {
      banner = document.createElement('div');
      banner.id = 'masterplan-live-problems';
      banner.setAttribute('role', 'alert');
      Object.assign(banner.style, { position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', padding: '0.6em 1em', background: '#A61B1B', color: '#fff', font: '14px/1.4 system-ui, sans-serif', whiteSpace: 'pre-wrap' });
      document.body.append(banner);
    }
    banner.textContent = text;
  };
  const events = new EventSource('${EVENTS_PATH}');
  events.addEventListener('reload', () => { sessionStorage.setItem(key, String(scrollY)); location.reload(); });
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));
})();`;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
function unescapeAttribute(value) {
    return value.replace(/&(#x27|#39|quot|amp|lt|gt);/g, (_, e) => ({ '#x27': "'", '#39': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[e] ?? '');
}
function escapeAttribute(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
/**
 * Let the live client through a Content-Security-Policy: its hash joins `script-src`
 * and `'self'` joins `connect-src` (each starting from `default-src` when absent).
 */
export function allowLiveClient(policy, scriptHash) {
    const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));
    const find = (name) => directives.find((d) => d[0]?.toLowerCase() === name);
    const fallback = find('default-src')?.slice(1);
    const add = (name, source) => {
        let directive = find(name);
        if (!directive) {
            // Neither the directive nor default-src: the policy does not restrict this at all.
            if (!fallback)
                return;
            directive = [name, ...fallback];
            directives.push(directive);
        }
        const sources = directive.slice(1).filter((s) => s !== "'none'");
        directive.splice(1, Infinity, ...sources, ...(sources.includes(source) ? [] : [source]));
    };
    add('script-src', scriptHash);
    add('connect-src', "'self'");
    return directives.map((d) => d.join(' ')).join('; ');
}
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
/** A built page with the live client before `</body>` and its policy opened just enough for it. */
export function injectLiveClient(html) {
    const hash = sha256(LIVE_CLIENT);
    const withPolicy = html.replace(CSP_META, (tag) => tag.replace(/\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i, (_, _quoted, dq, sq) => `content="${escapeAttribute(allowLiveClient(unescapeAttribute(dq ?? sq ?? ''), hash))}"`));
    const script = `<script>${LIVE_CLIENT}</script>`;
    const end = withPolicy.toLowerCase().lastIndexOf('</body>');
    return end === -1 ? `${withPolicy}${script}` : `${withPolicy.slice(0, end)}${script}${withPolicy.slice(end)}`;
}
