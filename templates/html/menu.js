/* masterplan HTML edition: the contents are a sidebar on a desk and a menu that opens from
   the top bar on a phone. Without this script the contents simply stay open. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');
  var menu = doc.querySelector('details.menu');
  var narrow = window.matchMedia('(max-width: 59.99em)');
  function syncMenu() {
    if (menu) menu.open = !narrow.matches;
  }
  syncMenu();
  if (narrow.addEventListener) narrow.addEventListener('change', syncMenu);
  if (menu) {
    menu.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (link && narrow.matches) menu.open = false;
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && narrow.matches && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }
})();
