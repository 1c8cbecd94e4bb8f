// The public page (R13): the parks by stage of their case at the end of each year, drawn from the timelines the page
// embeds, and the feedback form sent as JSON to /api/v1/feedback (no session, no cookie: the page stays cacheable).
(function () {
  'use strict';
  var i18n = document.getElementById('i18n');
  var t = i18n ? i18n.dataset : {};
  var data = document.getElementById('public-data');
  var el = document.getElementById('status-chart');
  if (typeof echarts !== 'undefined' && data && el) {
    var parks = JSON.parse(data.textContent).parks;
    var order = ['NOT_STARTED', 'PLAN_COMPILING', 'PLAN_UNDER_REVIEW', 'IMPLEMENTING', 'ACCEPTED'];
    var names = (t.statuses || '').split('|');
    var colours = ['#b8c2cc', '#e0b01e', '#e08a1e', '#2f7dbd', '#2e9d5b'];
    var first = 2014, last = new Date().getFullYear();
    var years = [];
    for (var y = first; y <= last; y++) { years.push(y); }
    var statusAt = function (park, year) {
      var s = 'NOT_STARTED';
      park.timeline.forEach(function (step) {
        if (step.status && Number(step.date.substring(0, 4)) <= year) { s = step.status; }
      });
      return s;
    };
    var series = order.map(function (status, i) {
      return { name: names[i] || status, type: 'bar', stack: 'all', itemStyle: { color: colours[i] },
        data: years.map(function (year) {
          return parks.filter(function (p) { return statusAt(p, year) === status; }).length;
        }) };
    });
    var chart = echarts.init(el);
    chart.setOption({ tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', minInterval: 1 }, series: series });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.querySelectorAll('.object-link').forEach(function (a) {
    a.addEventListener('click', function () {
      var select = document.getElementById('feedback-announcement');
      if (select) { select.value = a.dataset.announcement; }
    });
  });

  var form = document.getElementById('feedback-form');
  if (!form) { return; }
  var result = document.getElementById('feedback-result');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var value = function (name) { var v = form.elements[name].value.trim(); return v === '' ? null : v; };
    var body = { name: value('name'), contact: value('contact'), text: value('text'), parkCode: value('parkCode'),
      announcementId: value('announcementId') === null ? null : Number(value('announcementId')), website: value('website') };
    result.textContent = '';
    result.className = '';
    fetch(form.dataset.action, { method: 'POST', headers: { 'Content-Type': 'application/json',
      'Accept-Language': document.documentElement.lang || 'zh-CN' }, body: JSON.stringify(body), credentials: 'omit' })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (json) { return { ok: r.ok, json: json }; });
      })
      .then(function (r) {
        if (r.ok) {
          result.textContent = t.sent;
          result.className = 'banner ok';
          form.reset();
          return;
        }
        result.textContent = r.json.detail || t.failed;
        result.className = 'banner error';
      })
      .catch(function () { result.textContent = t.failed; result.className = 'banner error'; });
  });
}());
