// The one Leaflet set-up every map shares: zoom buttons in the page's language, the source attribution,
// background tiles from the configured URL (the map works without them). Options come from data-* attributes.
window.tbBaseMap = function (element, options) {
  var data = element.dataset;
  var map = L.map(element, Object.assign({ scrollWheelZoom: false, keyboard: true, zoomControl: false }, options || {}));
  L.control.zoom({ zoomInTitle: data.zoomIn || 'Zoom in', zoomOutTitle: data.zoomOut || 'Zoom out' }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { maxZoom: 19, minZoom: 6, attribution: data.tileAttribution }).addTo(map);
  }
  return map;
};
