// The outflow monitor's charts (ECharts). The numbers come from the JSON data block in the page; the tables under the
// charts carry the same numbers, with links to the records, for everyone who cannot or will not use a chart.
(function () {
  'use strict';
  var source = document.getElementById('monitor-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var dutch = document.documentElement.lang !== 'en';
  var t = function (nl, en) { return dutch ? nl : en; };
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
    yAxis: { type: 'category', inverse: true, data: [t('Aanbod binnen de norm', 'Offer within the norm'), t('Aanbod na de norm', 'Offer after the norm'),
      t('Wacht, binnen de norm', 'Waiting, within the norm'), t('Wacht, norm verstreken', 'Waiting, norm passed')] },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('Kandidaten', 'Candidates'),
      data: data.waits.map(function (v, i) { return { value: v, itemStyle: { color: [green, red, blue, orange][i] } }; }) }]
  });
  chart('contingent', {
    xAxis: { type: 'category', data: data.municipalities, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('Contingent', 'Contingent'), data: data.contingent, itemStyle: { color: grey } },
      { type: 'bar', name: t('Gerealiseerd', 'Realised'), data: data.realised, itemStyle: { color: blue } }
    ]
  });
  chart('caps', {
    xAxis: { type: 'category', data: data.corporations },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', name: t('Aandeel naar uitstroom', 'Share to outflow'), data: data.capShare, itemStyle: { color: blue },
      markLine: { symbol: 'none', lineStyle: { color: red, type: 'dashed' }, label: { formatter: t('plafond', 'cap') + ' {c}%' },
        data: [{ yAxis: data.capPercent }] } }]
  });
  var outcomeKeys = ['REGULAR_LEASE', 'EXTENDED', 'ENDED_EVICTION', 'ENDED_RELAPSE', 'ENDED_MOVED', 'ENDED_OTHER', 'PENDING', 'RUNNING'];
  var outcomeNames = dutch
    ? ['Regulier huurcontract', 'Verlengd', 'Beëindigd: huisuitzetting', 'Beëindigd: terugval', 'Beëindigd: verhuisd',
      'Beëindigd: anders', 'Nog niet vastgelegd', 'Loopt nog']
    : ['Regular lease', 'Extended', 'Ended: eviction', 'Ended: relapse', 'Ended: moved', 'Ended: other', 'Not yet recorded', 'Still running'];
  chart('outcomes', {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    legend: { show: false },
    yAxis: { type: 'category', inverse: true, data: outcomeNames },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('Overeenkomsten', 'Agreements'),
      data: outcomeKeys.map(function (k) { return data.outcomes[k] || 0; }), itemStyle: { color: blue } }]
  });
  chart('months', {
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('Instroom (urgentie)', 'Inflow (urgency)'), data: data.inflow, itemStyle: { color: orange } },
      { type: 'bar', name: t('Uitstroom (huurzorg gestart)', 'Outflow (agreement started)'), data: data.outflow, itemStyle: { color: blue } }
    ]
  });
  document.querySelectorAll('[data-chart]').forEach(function (el) { el.setAttribute('data-drawn', ''); });
}());
