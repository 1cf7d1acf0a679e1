// The region map on the home page: municipality borders and the finest areas (neighbourhoods, or
// districts where a municipality has no neighbourhood data). Works without background tiles.
(function () {
  var element = document.getElementById('region-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = element.dataset;
  var map = tbBaseMap(element, { zoomSnap: 0.5 });
  map.setView([51.83, 4.75], 10);

  function geo(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  var region = encodeURIComponent(data.region);
  Promise.all([
    geo(data.api + '/municipalities?region=' + region + '&pageSize=100'),
    geo(data.api + '/neighbourhoods?region=' + region + '&pageSize=1000')
  ]).then(function (results) {
    var areas = L.geoJSON(results[1], {
      style: function (feature) {
        return { color: '#1a5e9a', weight: 1, fillColor: feature.properties.level === 'district' ? '#f2b33d' : '#4f9fd9',
          fillOpacity: 0.25 };
      },
      onEachFeature: function (feature, layer) {
        var p = feature.properties;
        var label = p.name + (p.aantalInwoners != null ? ' (' + Number(p.aantalInwoners).toLocaleString(document.documentElement.lang || 'nl') + ')' : '');
        layer.bindTooltip(label, { sticky: true });
        layer.on('click', function () { window.location.href = data.areaUrl + encodeURIComponent(p.code); });
        layer.on('mouseover', function () { layer.setStyle({ fillOpacity: 0.5 }); });
        layer.on('mouseout', function () { layer.setStyle({ fillOpacity: 0.25 }); });
      }
    }).addTo(map);
    // Each polygon carries its CBS code (for tests and tools; the table is the accessible alternative).
    areas.eachLayer(function (layer) {
      var path = layer.getElement && layer.getElement();
      if (path) {
        path.setAttribute('data-code', layer.feature.properties.code);
      }
    });
    var municipalities = L.geoJSON(results[0], {
      style: { color: '#222', weight: 2.5, fill: false },
      interactive: false
    }).addTo(map);
    var bounds = municipalities.getBounds();
    if (bounds.isValid()) {
      // Without animation, so the map is in its final place when it reports itself loaded.
      map.fitBounds(bounds, { animate: false, padding: [12, 12] });
    }
    element.dataset.areas = String(results[1].features.length);
    element.dataset.municipalities = String(results[0].features.length);
    element.setAttribute('data-loaded', 'true');
  }).catch(function (error) {
    element.setAttribute('data-loaded', 'error');
    var message = document.createElement('p');
    message.className = 'utrecht-paragraph';
    message.setAttribute('role', 'alert');
    message.textContent = data.error;
    element.insertAdjacentElement('afterend', message);
    console.error(error);
  });
})();
