// "Use my location" on the report form: reloads the form with the point, so the nearest public facility can be proposed.
(function () {
  var button = document.getElementById('use-location');
  if (!button || !navigator.geolocation) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      var url = new URL(window.location.href);
      url.searchParams.set('lon', position.coords.longitude.toFixed(6));
      url.searchParams.set('lat', position.coords.latitude.toFixed(6));
      window.location.href = url.toString();
    });
  });
})();
