import type { Element } from 'hast';
import { formatPlaceDate } from '../../../i18n/format.ts';
import { TEMPLATE_IDS, type RenderContext } from '../context.ts';
import { h } from '../h.ts';

function logo(ctx: RenderContext): Element | undefined {
  const logo = ctx.book.logo;
  const url = logo?.status === 'ok' && logo.file ? ctx.assets.add(logo.file) : undefined;
  return url ? h('img', { className: ['logo'], src: url, alt: `${ctx.hl.logo} ${ctx.book.settings.city}` }) : undefined;
}

/** The cover as the page's banner: city, title (the page's only h1), subtitle, period, edition, place and date, KONSEP mark. */
export function cover(ctx: RenderContext): Element {
  const s = ctx.book.settings;
  const placeDate = formatPlaceDate(s.place, s.date, ctx.lang);
  const meta = [s.edition ? `${ctx.hl.edition}: ${s.edition}` : '', placeDate || (s.date ? s.date.slice(0, 4) : '')].filter(Boolean);
  const title = ctx.kind === 'ringkasan' ? `${ctx.l.executiveSummary}: ${s.title}` : ctx.kind === 'pratinjau' ? `${ctx.l.changesPreview}: ${s.title}` : s.title;
  return h(
    'header',
    { className: ['cover'], id: TEMPLATE_IDS.cover },
    h(
      'div',
      { className: ['cover-inner'] },
      logo(ctx),
      h(
        'div',
        { className: ['cover-text'] },
        ctx.book.draft ? h('p', { className: ['draft-mark'] }, ctx.l.draft) : null,
        h('p', { className: ['cover-city'] }, ctx.l.government(s.city)),
        h('h1', {}, title),
        s.subtitle ? h('p', { className: ['cover-subtitle'] }, s.subtitle) : null,
        h('p', { className: ['cover-period'] }, `${ctx.l.period} ${s.period.start}–${s.period.end}`),
        meta.length ? h('p', { className: ['cover-meta'] }, meta.join(' · ')) : null,
      ),
    ),
  );
}
