// Budget use per programme and year (R19): paid, committed and free stacked, in 万元, from the JSON the page embeds.
(function () {
  'use strict';
  var el = document.getElementById('budget-chart');
  var data = document.getElementById('budget-data');
  if (typeof echarts === 'undefined' || !el || !data) { return; }
  var d = JSON.parse(data.textContent).bars;
  var t = document.getElementById('funds-i18n').dataset;
  var wan = function (key) { return d.map(function (b) { return Number(b[key]) / 10000; }); };
  var bar = function (name, key, colour) {
    return { name: name, type: 'bar', stack: 'budget', itemStyle: { color: colour }, data: wan(key) };
  };
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 220, right: 30, top: 40, bottom: 30 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: d.map(function (b) { return b.label; }) },
    series: [bar(t.paid, 'paid', '#2e9d5b'), bar(t.committed, 'committed', '#e08a1e'), bar(t.free, 'free', '#c9d3de')]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
