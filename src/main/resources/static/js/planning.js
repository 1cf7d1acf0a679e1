// The needs analysis' fan chart (ECharts): the band between P10 and P90 of the Monte Carlo runs, their median, the
// deterministic projection and the places there are. The numbers come from the JSON data block in the page; the
// table under the chart carries the same numbers, with links to where they come from.
(function () {
  'use strict';
  var source = document.getElementById('fan-data');
  var el = document.querySelector('[data-chart="fan"]');
  if (!source || !el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var words = data.labels;
  var blue = '#1a4a7a', band = '#9fb7d1', orange = '#b35c00', green = '#2e7d32';
  var chart = echarts.init(el, null, { renderer: 'svg' });
  // the band is drawn as a stack: an invisible P10 line and on top of it the distance from P10 to P90
  chart.setOption({
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: 'inherit', color: '#212121' },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, data: [words.band, words.p50, words.deterministic, words.supply] },
    grid: { left: 8, right: 16, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: data.years },
    yAxis: { type: 'value', min: 0, name: words.people },
    series: [
      { name: 'P10', type: 'line', stack: 'band', data: data.p10, lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
      { name: words.band, type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
        areaStyle: { color: band, opacity: 0.8 }, itemStyle: { color: band },
        data: data.p90.map(function (v, i) { return Math.max(0, v - data.p10[i]); }) },
      { name: words.p50, type: 'line', data: data.p50, itemStyle: { color: blue }, lineStyle: { width: 3 } },
      { name: words.deterministic, type: 'line', data: data.deterministic, itemStyle: { color: orange }, lineStyle: { type: 'dashed' } },
      { name: words.supply, type: 'line', step: 'middle', data: data.supply, itemStyle: { color: green }, lineStyle: { width: 2 } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
