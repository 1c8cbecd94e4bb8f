// The indicators' charts from the JSON the page embeds (no inline script: the CSP forbids it): a park's trend of one
// indicator with its target and the 90 % line, and the parks compared on one indicator.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }

  var trendData = document.getElementById('indicator-data');
  var trendEl = document.getElementById('trend-chart');
  if (trendData && trendEl) {
    var data = JSON.parse(trendData.textContent);
    var t = document.getElementById('i18n').dataset;
    var select = document.getElementById('trend-indicator');
    var chart = echarts.init(trendEl);
    var draw = function () {
      var i = data.indicators.filter(function (x) { return x.code === select.value; })[0];
      if (!i) { return; }
      var years = Object.keys(i.values);
      var lines = [];
      if (i.target != null) {
        lines.push({ name: t.target, yAxis: Number(i.target), lineStyle: { color: '#2e9d5b', type: 'solid' } });
        lines.push({ name: t.threshold, yAxis: Number(i.threshold), lineStyle: { color: '#e08a1e', type: 'dashed' } });
      }
      chart.setOption({
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 90, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value', name: i.unit, scale: true },
        series: [{
          name: t.value, type: 'line', data: years.map(function (y) { return Number(i.values[y]); }),
          itemStyle: { color: '#3b7dd8' },
          markLine: { symbol: 'none', data: lines, label: { formatter: '{b}: {c}', position: 'end' } }
        }]
      }, true);
    };
    select.addEventListener('change', draw);
    draw();
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var compareData = document.getElementById('compare-data');
  var compareEl = document.getElementById('compare-chart');
  if (compareData && compareEl) {
    var c = JSON.parse(compareData.textContent);
    var bars = echarts.init(compareEl);
    bars.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 160, right: 40, top: 30, bottom: 30 },
      xAxis: { type: 'value', name: c.unit },
      yAxis: { type: 'category', data: c.parks.map(function (p) { return p.name; }) },
      series: [{ name: c.name, type: 'bar', data: c.parks.map(function (p) { return Number(p.value); }),
        itemStyle: { color: '#3b7dd8' } }]
    });
    window.addEventListener('resize', function () { bars.resize(); });
  }
}());
