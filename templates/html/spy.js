/* masterplan HTML edition: mark where the reader is in the contents (aria-current) and keep
   that entry in view in the sidebar. Reads a dozen positions per scroll frame (binary search). */
(function () {
  'use strict';
  var doc = document;
  var sidebar = doc.querySelector('.sidebar');
  var links = Array.prototype.slice.call(doc.querySelectorAll('.toc a[href^="#"]'));
  var entries = [];
  var current = null;

  function collect() {
    entries = [];
    links.forEach(function (link) {
      var target = doc.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (target && target.getClientRects().length > 0) entries.push({ link: link, target: target });
    });
  }

  /* The last target whose top has passed the top fifth of the window. */
  function find() {
    var line = window.innerHeight / 5;
    var low = 0;
    var high = entries.length - 1;
    var found = null;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (entries[mid].target.getBoundingClientRect().top <= line) {
        found = entries[mid];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  function reveal(link) {
    if (!sidebar || sidebar.scrollHeight <= sidebar.clientHeight) return;
    var top = link.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
    if (top < 0 || top > sidebar.clientHeight - 40) sidebar.scrollTop += top - sidebar.clientHeight / 3;
  }

  function update() {
    var entry = find();
    var link = entry ? entry.link : null;
    if (link === current) return;
    if (current) current.removeAttribute('aria-current');
    if (link) {
      link.setAttribute('aria-current', 'location');
      reveal(link);
    }
    current = link;
  }

  var queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () {
      queued = false;
      update();
    });
  }

  collect();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', function () {
    collect();
    schedule();
  });
  doc.addEventListener('mp:filtered', function () {
    collect();
    schedule();
  });
  schedule();
})();
