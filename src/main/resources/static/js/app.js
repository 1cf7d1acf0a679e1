// Sends the CSRF token with every htmx request (the token is in the page's meta tags).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A select with data-fills="ID" copies the chosen option's data-body into the field with that id (reply templates);
// with data-sets="ID" it also chooses the option's data-status in the select with that id (the step a template belongs to).
document.addEventListener('change', function (event) {
  var select = event.target;
  if (!select.matches || !select.matches('select[data-fills]')) {
    return;
  }
  var option = select.options[select.selectedIndex];
  var field = document.getElementById(select.getAttribute('data-fills'));
  if (field && option && option.getAttribute('data-body')) {
    field.value = option.getAttribute('data-body');
  }
  var step = select.getAttribute('data-sets') ? document.getElementById(select.getAttribute('data-sets')) : null;
  var status = option ? option.getAttribute('data-status') : null;
  if (step && status && Array.prototype.some.call(step.options, function (o) { return o.value === status; })) {
    step.value = status;
  }
});

// A table that is wider than the screen scrolls inside its container: then the container can be reached with the
// keyboard (tabindex 0) and is announced by the table's caption, so people who do not use a mouse can scroll it too.
(function () {
  function mark() {
    document.querySelectorAll('.utrecht-table__container').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', caption ? caption.textContent.trim() : (document.title || 'Tabel'));
      } else if (!scrolls && box.getAttribute('role') === 'region') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
  document.addEventListener('htmx:afterSwap', mark);
})();

// On a narrow screen the main navigation folds away behind a "Menu" button, so the header stays compact; without
// JavaScript, or on a wide screen, the navigation is always shown.
(function () {
  var button = document.querySelector('.tb-menu-button');
  var nav = document.getElementById('main-nav');
  if (!button || !nav || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 48em)');
  function apply() {
    if (narrow.matches) {
      button.hidden = false;
      var open = button.getAttribute('aria-expanded') === 'true';
      nav.classList.toggle('tb-nav--folded', !open);
    } else {
      button.hidden = true;
      nav.classList.remove('tb-nav--folded');
    }
  }
  button.addEventListener('click', function () {
    button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    apply();
  });
  if (narrow.addEventListener) {
    narrow.addEventListener('change', apply);
  }
  apply();
})();
