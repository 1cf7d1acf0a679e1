// The one Leaflet set-up every map shares: zoom buttons in the page's language, the source attribution,
// background tiles from the configured URL (the map works without them), and the municipality outlines
// (data-outlines-url, the same layer as the home map's), so a map without tiles still shows where it is.
// Options come from data-* attributes.
window.tbBaseMap = function (element, options) {
  var data = element.dataset;
  var map = L.map(element, Object.assign({ scrollWheelZoom: false, keyboard: true, zoomControl: false }, options || {}));
  L.control.zoom({ zoomInTitle: data.zoomIn || 'Zoom in', zoomOutTitle: data.zoomOut || 'Zoom out' }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { maxZoom: 19, minZoom: 6, attribution: data.tileAttribution }).addTo(map);
  }
  if (data.outlinesUrl) {
    tbOutlines(map, element, data.outlinesUrl);
  }
  return map;
};

// The municipality borders: thick dark lines, not clickable, under everything else on the map.
window.tbOutlines = function (map, element, url) {
  map.createPane('tb-outlines');
  map.getPane('tb-outlines').style.zIndex = 350;
  map.getPane('tb-outlines').style.pointerEvents = 'none';
  return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  }).then(function (collection) {
    L.geoJSON(collection, {
      pane: 'tb-outlines',
      style: { color: '#222', weight: 2.5, fill: false, className: 'tb-outline' },
      interactive: false
    }).addTo(map);
    element.setAttribute('data-outlines', String(collection.features.length));
  }).catch(function (error) {
    // the map works without them, as without tiles
    element.setAttribute('data-outlines', 'error');
    console.warn(error);
  });
};

// The colour of a facility's category (Okabe-Ito, told apart with colour blindness too); the legends use the same
// colours through the classes tb-legend__point--<CATEGORY>.
window.tbCategoryColours = { SHELTER: '#e69f00', PROTECTED_HOUSING: '#cc79a7', SUPPORTED_LIVING: '#009e73', OTHER: '#f0e442' };
window.tbCategoryColour = function (category) {
  return window.tbCategoryColours[category] || '#f2b33d';
};
