// Sends the CSRF token with every htmx request (the token is in the page's meta tags).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A select with data-fills="ID" copies the chosen option's data-body into the field with that id (reply templates).
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
});
