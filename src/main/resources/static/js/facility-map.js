// The facility map: the viewer's layer from /voorzieningen/kaart/data (public: PC4 areas and publicly listed
// facilities; providers: PC6 areas; capacity scan: addresses). Popups are built from text nodes only.
(function () {
  var element = document.getElementById('facility-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = element.dataset;
  var map = tbBaseMap(element);
  map.setView([51.83, 4.75], 10);

  function line(parent, label, value) {
    if (value === undefined || value === null || value === '') {
      return;
    }
    var p = document.createElement('p');
    if (label) {
      var strong = document.createElement('strong');
      strong.textContent = label + ': ';
      p.appendChild(strong);
    }
    p.appendChild(document.createTextNode(String(value)));
    parent.appendChild(p);
  }

  function areaPopup(p) {
    var box = document.createElement('div');
    var title = document.createElement('h3');
    title.textContent = data.tArea + ' ' + p.pc4 + (p.place ? ' ' + p.place : '');
    box.appendChild(title);
    if (p.suppressed) {
      line(box, data.tFacilities, data.tFewer);
    } else {
      line(box, data.tFacilities, p.facilities);
      Object.keys(p.categories || {}).forEach(function (name) {
        if (p.categories[name] > 0) {
          line(box, name, p.categories[name]);
        }
      });
      line(box, data.tCapacity, p.capacity);
    }
    return box;
  }

  function facilityPopup(p) {
    var box = document.createElement('div');
    var title = document.createElement('h3');
    title.textContent = p.name;
    box.appendChild(title);
    line(box, null, p.type);
    line(box, null, p.address);
    line(box, data.tProvider, p.provider);
    line(box, data.tCapacity, p.capacity);
    line(box, data.tStatus, p.status);
    line(box, data.tContact, p.publicContact);
    if (p.url && /^https?:\/\//.test(p.url)) {
      var site = document.createElement('a');
      site.href = p.url;
      site.rel = 'noopener';
      site.textContent = p.url;
      box.appendChild(site);
    }
    if (p.href) {
      var more = document.createElement('p');
      var link = document.createElement('a');
      link.href = p.href;
      link.textContent = data.tMore;
      more.appendChild(link);
      box.appendChild(more);
    }
    return box;
  }

  fetch(data.dataUrl, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        pointToLayer: function (feature, latlng) {
          var p = feature.properties;
          if (p.kind === 'area') {
            var radius = p.suppressed ? 9 : Math.min(26, 9 + Math.sqrt(p.facilities) * 4);
            return L.circleMarker(latlng, { radius: radius, color: '#1a4a7a', weight: 2,
              fillColor: p.suppressed ? '#c9c9c9' : '#4f9fd9', fillOpacity: 0.55 });
          }
          return L.circleMarker(latlng, { radius: 7, color: '#111', weight: 2, fillColor: tbCategoryColour(p.category),
            fillOpacity: 0.95 });
        },
        onEachFeature: function (feature, marker) {
          var p = feature.properties;
          marker.bindPopup(p.kind === 'area' ? areaPopup(p) : facilityPopup(p));
          marker.bindTooltip(p.kind === 'area' ? (p.pc4 + ' ' + (p.place || '')) : p.name);
        }
      }).addTo(map);
      layer.eachLayer(function (marker) {
        var path = marker.getElement && marker.getElement();
        if (path) {
          path.setAttribute('data-id', marker.feature.id);
          path.setAttribute('data-kind', marker.feature.properties.kind);
          if (marker.feature.properties.category) {
            path.setAttribute('data-category', marker.feature.properties.category);
          }
        }
      });
      var bounds = layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { animate: false, padding: [20, 20], maxZoom: 15 });
      }
      element.dataset.count = String(collection.count);
      element.dataset.features = String(collection.features.length);
      element.setAttribute('data-loaded', 'true');
    })
    .catch(function (error) {
      element.setAttribute('data-loaded', 'error');
      var message = document.createElement('p');
      message.className = 'utrecht-paragraph';
      message.setAttribute('role', 'alert');
      message.textContent = data.error;
      element.insertAdjacentElement('afterend', message);
      console.error(error);
    });
})();
