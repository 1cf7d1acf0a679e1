// The scores of a client's life domains over time (ECharts): one line per domain, 1 to 5. The numbers come from the
// JSON data block in the page; the table under the chart carries the same numbers for everyone.
(function () {
  'use strict';
  var source = document.getElementById('trajectory-data');
  var el = document.querySelector('[data-chart="domains"]');
  if (!source || !el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: 'inherit', color: '#212121' },
    // richText tooltips are drawn in the chart itself: no inline styles, so the Content Security Policy holds
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 16, top: 48, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: data.dates },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
    series: data.domains.map(function (d) {
      return { type: 'line', name: d.name, data: d.scores, connectNulls: true, symbolSize: 8 };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
