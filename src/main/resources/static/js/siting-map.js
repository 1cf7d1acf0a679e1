// Maps of the capacity scan: choosing the candidate point, the radius around a scanned point, and the region heatmap.
(function () {
  if (typeof L === 'undefined') {
    return;
  }

  var choose = document.getElementById('scan-map');
  if (choose) {
    var map = tbBaseMap(choose);
    var lon = document.getElementById('lon');
    var lat = document.getElementById('lat');
    var marker = null;
    var place = function (lng, la, pan) {
      lon.value = Number(lng).toFixed(6);
      lat.value = Number(la).toFixed(6);
      var latlng = L.latLng(Number(lat.value), Number(lon.value));
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.marker(latlng, { keyboard: false, title: choose.dataset.tCandidate || '' }).addTo(map);
      }
      if (pan) {
        map.setView(latlng, 15, { animate: false });
      }
    };
    map.setView([51.81, 4.67], 12);
    if (lon.value && lat.value && !isNaN(Number(lon.value)) && !isNaN(Number(lat.value))) {
      place(lon.value, lat.value, true);
    }
    map.on('click', function (event) { place(event.latlng.lng, event.latlng.lat, false); });
    lon.addEventListener('change', function () {
      if (lon.value && lat.value && !isNaN(Number(lon.value)) && !isNaN(Number(lat.value))) {
        place(lon.value, lat.value, true);
      }
    });
    fetch(choose.dataset.facilitiesUrl, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (collection) {
        L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 5, color: '#111', weight: 1, fillColor: tbCategoryColour(feature.properties.category),
              fillOpacity: 0.9, interactive: false });
          }
        }).addTo(map);
        choose.setAttribute('data-loaded', 'true');
      })
      .catch(function () { choose.setAttribute('data-loaded', 'true'); });
  }

  var radius = document.getElementById('radius-map');
  if (radius) {
    var d = radius.dataset;
    var rmap = tbBaseMap(radius);
    var centre = L.latLng(Number(d.lat), Number(d.lon));
    rmap.setView(centre, 15); // a circle can only measure its bounds on a map with a view
    var circle = L.circle(centre, { radius: Number(d.radius), color: '#111', weight: 2, dashArray: '8 6', fill: false }).addTo(rmap);
    L.marker(centre, { keyboard: false, title: d.tCandidate || '' }).addTo(rmap);
    JSON.parse(d.facilities || '[]').forEach(function (f, index) {
      L.circleMarker([f.lat, f.lon], { radius: 8, color: '#111', weight: 2, fillColor: '#f2b33d', fillOpacity: 1 })
        .bindTooltip((index + 1) + '. ' + f.name).addTo(rmap);
    });
    rmap.fitBounds(circle.getBounds(), { animate: false, padding: [10, 10] });
    radius.setAttribute('data-loaded', 'true');
  }

  var heat = document.getElementById('heatmap');
  if (heat) {
    var h = heat.dataset;
    var hmap = tbBaseMap(heat);
    hmap.setView([51.83, 4.75], 10);
    var cells = JSON.parse(h.cells || '{}');
    var colours = { GREEN: '#2e8540', ORANGE: '#f2a900', RED: '#c0392b' };
    var labels = { GREEN: h.tGreen, ORANGE: h.tOrange, RED: h.tRed };
    fetch(h.areasUrl, { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.json(); })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          style: function (feature) {
            var cell = cells[feature.properties.code];
            return { color: '#333', weight: 0.8, fillColor: cell ? colours[cell.verdict] : '#ccc', fillOpacity: 0.6 };
          },
          onEachFeature: function (feature, shape) {
            var cell = cells[feature.properties.code];
            shape.bindTooltip(feature.properties.name + (cell ? ': ' + labels[cell.verdict] + ' (' + cell.strain + ')' : ''), { sticky: true });
          }
        }).addTo(hmap);
        layer.eachLayer(function (shape) {
          var path = shape.getElement && shape.getElement();
          var cell = cells[shape.feature.properties.code];
          if (path) {
            path.setAttribute('data-code', shape.feature.properties.code);
            if (cell) {
              path.setAttribute('data-verdict', cell.verdict);
            }
          }
        });
        if (layer.getBounds().isValid()) {
          hmap.fitBounds(layer.getBounds(), { animate: false });
        }
        heat.setAttribute('data-loaded', 'true');
      })
      .catch(function () { heat.setAttribute('data-loaded', 'error'); });
  }
})();
