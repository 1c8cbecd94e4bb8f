// A park's case: the dated steps as a step line, and the key projects as a Gantt chart, each project's planned span
// (from the plan's approval to its last milestone) against the milestones planned (hollow) and reached (filled).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var holder = document.getElementById('case-data');
  if (!holder) { return; }
  var data = JSON.parse(holder.textContent);
  var t = document.getElementById('i18n').dataset;
  var day = function (s) { return new Date(s + 'T00:00:00').getTime(); };
  var charts = [];

  var timelineEl = document.getElementById('timeline-chart');
  if (timelineEl && data.steps.length) {
    var timeline = echarts.init(timelineEl);
    var names = ['', '', '', '', ''];
    data.steps.forEach(function (s) { names[s.level] = s.status; });
    var points = data.steps.map(function (s) { return [day(s.date), s.level, s.status, s.designation]; });
    points.push([day(data.today), data.steps[data.steps.length - 1].level]);
    timeline.setOption({
      tooltip: { trigger: 'item', formatter: function (p) { return echarts.time.format(p.value[0], '{yyyy}-{MM}-{dd}') + ' ' + (p.value[2] || '') + ' ' + (p.value[3] || ''); } },
      grid: { left: 100, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0, max: 4, interval: 1, axisLabel: { formatter: function (v) { return names[v] || ''; } } },
      series: [{ type: 'line', step: 'end', data: points, symbolSize: 8, itemStyle: { color: '#3b7dd8' } }]
    });
    charts.push(timeline);
  }

  var ganttEl = document.getElementById('gantt-chart');
  if (ganttEl && data.projects.length) {
    var gantt = echarts.init(ganttEl);
    var projects = data.projects;
    var planned = [], reached = [], spans = [];
    projects.forEach(function (p, i) {
      var last = p.milestones.reduce(function (m, x) { return Math.max(m, day(x.planned)); }, p.start ? day(p.start) : 0);
      spans.push({ value: [i, p.start ? day(p.start) : last, last], itemStyle: { color: p.onSchedule ? '#a8c8f0' : '#f3b7a6' } });
      p.milestones.forEach(function (m) {
        planned.push({ value: [day(m.planned), i], name: m.name });
        if (m.reached) { reached.push({ value: [day(m.reached), i], name: m.name }); }
      });
    });
    gantt.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        return p.seriesType === 'custom' ? projects[p.value[0]].name
          : p.seriesName + ' ' + p.name + ' ' + echarts.time.format(p.value[0], '{yyyy}-{MM}-{dd}'); } },
      legend: { data: [t.planned, t.reached], top: 0 },
      grid: { left: 160, right: 30, top: 30, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: projects.map(function (p) { return p.name; }), inverse: true },
      series: [
        { type: 'custom', renderItem: function (params, api) {
            var start = api.coord([api.value(1), api.value(0)]);
            var end = api.coord([api.value(2), api.value(0)]);
            var h = api.size([0, 1])[1] * 0.4;
            return { type: 'rect', shape: { x: start[0], y: start[1] - h / 2, width: Math.max(end[0] - start[0], 2), height: h },
              style: api.style() };
          }, encode: { x: [1, 2], y: 0 }, data: spans },
        { name: t.planned, type: 'scatter', data: planned, symbol: 'emptyDiamond', symbolSize: 14, itemStyle: { color: '#555' } },
        { name: t.reached, type: 'scatter', data: reached, symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#2e9d5b' } }
      ],
      markLine: { data: [{ xAxis: day(data.today) }] }
    });
    charts.push(gantt);
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
