// An assessment's ranking (R18) as a bar chart from the JSON the page embeds (the CSP forbids inline script):
// counties and parks as two series, each bar coloured by its grade band.
(function () {
  'use strict';
  var el = document.getElementById('assessment-chart');
  var data = document.getElementById('assessment-data');
  if (typeof echarts === 'undefined' || !el || !data) { return; }
  var units = JSON.parse(data.textContent).units.slice().sort(function (a, b) { return a.total - b.total; });
  var colour = function (t) { return t >= 90 ? '#2e9d5b' : t >= 80 ? '#6bb36b' : t >= 70 ? '#e0b01e' : t >= 60 ? '#e08a1e' : '#c0392b'; };
  var english = document.documentElement.lang === 'en';
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { formatter: function (p) {
      return english ? p.name + ': ' + p.value + ' (' + units[p.dataIndex].grade + ')'
        : p.name + '：' + p.value + '（' + units[p.dataIndex].grade + '）';
    } },
    grid: { left: 200, right: 40, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: units.map(function (u) { return u.name; }) },
    series: [{ type: 'bar', data: units.map(function (u) { return { value: Number(u.total), itemStyle: { color: colour(Number(u.total)) } }; }),
      label: { show: true, position: 'right' },
      markLine: { symbol: 'none', data: [{ xAxis: 60 }, { xAxis: 90 }], lineStyle: { type: 'dashed', color: '#555' } } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
