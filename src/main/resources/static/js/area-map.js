// The map of one area on its key-figures page: the area's outline within the municipal borders (base-map.js), with
// or without background tiles. The table of figures is the accessible alternative; the map only shows where it is.
(function () {
  var element = document.getElementById('area-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var map = tbBaseMap(element, { zoomSnap: 0.5 });
  try {
    var area = L.geoJSON(JSON.parse(element.dataset.geometry), {
      style: { color: '#1a5e9a', weight: 2, fillColor: '#4f9fd9', fillOpacity: 0.35 },
      interactive: false
    }).addTo(map);
    map.fitBounds(area.getBounds(), { animate: false, padding: [16, 16] });
    element.setAttribute('data-loaded', 'true');
  } catch (error) {
    map.setView([51.83, 4.75], 10);
    element.setAttribute('data-loaded', 'error');
    console.warn(error);
  }
})();
