// "Use my location" on the report form: asks the browser for the point, then fetches the public facilities near it
// (/melden/in-de-buurt) into the form without reloading it, so nothing typed is lost. None of them is chosen for the
// reporter. The status region says what happened: permission denied, position unavailable, nothing nearby, N found.
(function () {
  var button = document.getElementById('use-location');
  var status = document.getElementById('use-location-status');
  if (!button || !status || !navigator.geolocation || !window.fetch) {
    return;
  }
  button.hidden = false;

  function say(text) {
    status.textContent = text || '';
  }

  function show(lon, lat) {
    var url = new URL(button.getAttribute('data-nearby-url'), window.location.href);
    url.searchParams.set('lon', lon.toFixed(6));
    url.searchParams.set('lat', lat.toFixed(6));
    var lang = new URL(window.location.href).searchParams.get('lang');
    if (lang) {
      url.searchParams.set('lang', lang);
    }
    fetch(url.toString(), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('nearby-choice');
        var current = document.getElementById('nearby-choice');
        if (!fresh || !current) {
          throw new Error('no nearby fragment');
        }
        current.replaceWith(document.importNode(fresh, true));
        say(fresh.getAttribute('data-message'));
      })
      .catch(function () {
        say(button.getAttribute('data-failed'));
      });
  }

  button.addEventListener('click', function () {
    say(button.getAttribute('data-busy'));
    navigator.geolocation.getCurrentPosition(function (position) {
      show(position.coords.longitude, position.coords.latitude);
    }, function (error) {
      say(error.code === error.PERMISSION_DENIED ? button.getAttribute('data-denied') : button.getAttribute('data-unavailable'));
    }, { timeout: 20000, maximumAge: 60000 });
  });
})();
