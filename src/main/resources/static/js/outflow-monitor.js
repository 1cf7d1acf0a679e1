// The outflow monitor's charts (ECharts). The numbers come from the JSON data block in the page; the tables under the
// charts carry the same numbers, with links to the records, for everyone who cannot or will not use a chart.
(function () {
  'use strict';
  var source = document.getElementById('monitor-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  // the words of the charts come with the numbers, in the page's language
  var words = data.labels;
  // colours with enough contrast against white; the tables carry the same numbers
  var blue = '#1a4a7a', orange = '#b35c00', green = '#2e7d32', red = '#b3261e', grey = '#5f6368';
  var base = {
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: 'inherit', color: '#212121' },
    // richText tooltips are drawn in the chart itself: no inline styles, so the Content Security Policy holds
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 48, right: 16, top: 40, bottom: 56, containLabel: true },
    legend: { top: 0 }
  };
  function chart(name, option) {
    var el = document.querySelector('[data-chart="' + name + '"]');
    if (!el) {
      return;
    }
    var c = echarts.init(el, null, { renderer: 'svg' });
    c.setOption(Object.assign({}, base, option));
    window.addEventListener('resize', function () { c.resize(); });
  }
  // horizontal bars where the categories have long names: the names stay readable on the left
  chart('waits', {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    legend: { show: false },
    yAxis: { type: 'category', inverse: true, data: words.waits },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: words.candidates,
      data: data.waits.map(function (v, i) { return { value: v, itemStyle: { color: [green, red, blue, orange, grey][i] } }; }) }]
  });
  chart('contingent', {
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: data.municipalities },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: words.contingent, data: data.contingent, itemStyle: { color: grey } },
      { type: 'bar', name: words.realised, data: data.realised, itemStyle: { color: blue } }
    ]
  });
  chart('caps', {
    xAxis: { type: 'category', data: data.corporations },
    // the axis always reaches above the cap, so its line shows also when every corporation stays far below it
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' },
      max: function (extent) { return Math.ceil(Math.max(extent.max, data.capPercent) * 1.2 / 5) * 5; } },
    series: [{ type: 'bar', name: words.capShare, data: data.capShare, itemStyle: { color: blue },
      markLine: { symbol: 'none', silent: true, lineStyle: { color: red, type: 'dashed', width: 2 },
        label: { formatter: words.cap + ' ' + data.capPercent + '%', position: 'insideEndTop' },
        data: [{ yAxis: data.capPercent }] } }]
  });
  var outcomeKeys = ['REGULAR_LEASE', 'EXTENDED', 'ENDED_EVICTION', 'ENDED_RELAPSE', 'ENDED_MOVED', 'ENDED_OTHER', 'PENDING', 'RUNNING'];
  var outcomeNames = words.outcomes;
  chart('outcomes', {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    legend: { show: false },
    yAxis: { type: 'category', inverse: true, data: outcomeNames },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: words.agreements,
      data: outcomeKeys.map(function (k) { return data.outcomes[k] || 0; }), itemStyle: { color: blue } }]
  });
  chart('months', {
    // short month words on the axis, every one of them; the tooltip names the whole month
    xAxis: { type: 'category', data: data.months, axisLabel: { interval: 0, formatter: function (value, i) { return data.monthsShort[i]; } } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: words.inflow, data: data.inflow, itemStyle: { color: orange } },
      { type: 'bar', name: words.outflow, data: data.outflow, itemStyle: { color: blue } }
    ]
  });
  document.querySelectorAll('[data-chart]').forEach(function (el) { el.setAttribute('data-drawn', ''); });
}());
