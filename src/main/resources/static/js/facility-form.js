// The facility form: address search (PDOK Locatieserver through the server) and picking the point on a map.
// Without JavaScript the longitude and latitude can still be typed.
(function () {
  var lon = document.getElementById('lon');
  var lat = document.getElementById('lat');
  var mapElement = document.getElementById('point-map');
  var marker = null;
  var map = null;

  function setPoint(lngValue, latValue, pan) {
    lon.value = Number(lngValue).toFixed(6);
    lat.value = Number(latValue).toFixed(6);
    if (!map) {
      return;
    }
    var latlng = L.latLng(Number(lat.value), Number(lon.value));
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.circleMarker(latlng, { radius: 8, color: '#111', weight: 2, fillColor: '#f2b33d', fillOpacity: 1 }).addTo(map);
    }
    if (pan) {
      map.setView(latlng, 17, { animate: false });
    }
  }

  if (mapElement && typeof L !== 'undefined') {
    map = tbBaseMap(mapElement);
    map.setView([51.81, 4.67], 12);
    if (lon.value && lat.value && !isNaN(Number(lon.value)) && !isNaN(Number(lat.value))) {
      setPoint(lon.value, lat.value, true);
    }
    map.on('click', function (event) {
      setPoint(event.latlng.lng, event.latlng.lat, false);
    });
    mapElement.setAttribute('data-loaded', 'true');
  }

  var search = document.querySelector('.tb-address-search');
  if (!search) {
    return;
  }
  var query = document.getElementById('address-query');
  var status = document.getElementById('address-status');
  var results = document.getElementById('address-results');
  // the page gives the texts in its language (data-t-*); a page without them gets the Dutch ones
  var unavailable = search.dataset.tUnavailable || 'De adreszoeker is niet bereikbaar; kies het punt op de kaart.';
  var found = search.dataset.tFound || '{0} adres(sen) gevonden';

  function set(id, value) {
    var field = document.getElementById(id);
    if (field) {
      field.value = value || '';
    }
  }

  function fill(address) {
    set('street', address.street);
    set('houseNumber', address.houseNumber);
    set('postcode', address.postcode);
    set('place', address.place);
    set('address', address.label);
    setPoint(address.lon, address.lat, true);
    // other maps on the page (the capacity scan) follow the point
    lon.dispatchEvent(new Event('change'));
    status.textContent = address.label;
    results.textContent = '';
  }

  function run() {
    results.textContent = '';
    status.textContent = '…';
    fetch(search.dataset.searchUrl + '?q=' + encodeURIComponent(query.value), { credentials: 'same-origin' })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) {
          status.textContent = answer.body.error || unavailable;
          return;
        }
        var hits = answer.body.results || [];
        status.textContent = found.replace('{0}', hits.length);
        hits.forEach(function (hit) {
          var item = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'utrecht-button utrecht-button--subtle';
          button.textContent = hit.label;
          button.addEventListener('click', function () { fill(hit); });
          item.appendChild(button);
          results.appendChild(item);
        });
      })
      .catch(function () {
        status.textContent = unavailable;
      });
  }

  document.getElementById('address-search').addEventListener('click', run);
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  });
})();
