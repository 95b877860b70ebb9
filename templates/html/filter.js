/* masterplan HTML edition: filter and search. Progressive enhancement: without this script
   the whole book shows and the filter form stays hidden. */
(function () {
  'use strict';
  var doc = document;

  var form = doc.getElementById('mp_filter');
  if (!form || !''.normalize) return;

  /* Case- and accent-insensitive: "Puskésmas", "PUSKESMAS" and "puskesmas" are one word. */
  var EXTRA = { 'đ': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i' };
  function fold(value) {
    return value
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[đøłßæœı]/g, function (c) { return EXTRA[c]; });
  }

  function all(selector) {
    return Array.prototype.slice.call(doc.querySelectorAll(selector));
  }
  /* The text of an initiative plus the full names behind its abbreviations (supporting OPDs). */
  function searchable(el) {
    var titles = Array.prototype.map.call(el.querySelectorAll('abbr[title]'), function (abbr) {
      return abbr.getAttribute('title');
    });
    return fold((el.textContent || '') + ' ' + titles.join(' '));
  }

  var items = all('main article[data-initiative]').map(function (el) {
    return {
      el: el,
      dimension: el.getAttribute('data-dimension'),
      opd: el.getAttribute('data-opd'),
      quickWin: el.getAttribute('data-quick-win') === 'true',
      text: searchable(el),
    };
  });
  var groups = all('main [data-section], main [data-chapter]');
  var tocEntries = all('[data-toc-for]');
  var search = doc.getElementById('mp_search');
  var dimension = doc.getElementById('mp_dimension');
  var opd = doc.getElementById('mp_opd');
  var quickWin = doc.getElementById('mp_quick_win');
  var count = doc.getElementById('mp_count');
  var menuCount = doc.querySelector('.menu-count');
  var template = form.getAttribute('data-count-template') || '{shown} / {total}';
  var short = form.getAttribute('data-count-short') || '{shown} / {total}';
  var main = doc.getElementById('mp_main');
  var noMatch = doc.getElementById('mp_no_match');

  function fill(text, shown) {
    return text.replace('{shown}', String(shown)).replace('{total}', String(items.length));
  }

  function matches(item, words) {
    if (dimension.value && item.dimension !== dimension.value) return false;
    if (opd.value && item.opd !== opd.value) return false;
    if (quickWin.checked && !item.quickWin) return false;
    return words.every(function (word) { return item.text.indexOf(word) !== -1; });
  }

  function apply() {
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    var active = words.length > 0 || Boolean(dimension.value || opd.value || quickWin.checked);
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, words);
      item.el.hidden = !visible;
      if (visible) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = active && !group.querySelector('article[data-initiative]:not([hidden])');
    });
    tocEntries.forEach(function (entry) {
      var target = doc.getElementById(entry.getAttribute('data-toc-for'));
      entry.hidden = Boolean(target && target.hidden);
    });
    doc.body.classList.toggle('filtering', active);
    if (noMatch) noMatch.hidden = shown > 0;
    var text = fill(template, shown);
    if (count.textContent !== text) count.textContent = text;
    if (menuCount) menuCount.textContent = active ? fill(short, shown) : '';
    doc.dispatchEvent(new CustomEvent('mp:filtered'));
  }

  /* After a change deep in the book, bring the start of the (now shorter) results into view. */
  function applyAndShow() {
    apply();
    if (main && main.getBoundingClientRect().top < 0) main.scrollIntoView();
  }

  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(applyAndShow, 150);
  });
  [dimension, opd, quickWin].forEach(function (control) {
    control.addEventListener('change', applyAndShow);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });

  /* Following a link to an initiative the filter hides shows the whole book again. */
  window.addEventListener('hashchange', function () {
    var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest('[hidden]')) {
      form.reset();
      apply();
      target.scrollIntoView();
    }
  });

  var menuLabel = doc.querySelector('.menu-label[data-with-filter]');
  if (menuLabel) menuLabel.textContent = menuLabel.getAttribute('data-with-filter');
  form.hidden = false;
  apply();
})();
