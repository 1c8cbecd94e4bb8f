// Draws a reconciled model as a Sankey diagram once htmx has loaded the result (the CSP forbids inline scripts).
(function () {
  'use strict';
  function draw() {
    var el = document.getElementById('sankey');
    var dataEl = document.getElementById('sankey-data');
    if (!el || !dataEl || typeof echarts === 'undefined' || el.dataset.drawn) { return; }
    var view = JSON.parse(dataEl.textContent);
    var i18n = document.getElementById('mfa-i18n');
    var unit = i18n && i18n.dataset.unit ? ' ' + i18n.dataset.unit : '';
    // room for every node: the diagram grows with the number of nodes in its fullest column, labels do not overlap
    el.style.height = Math.max(380, Math.min(2400, view.nodes.length * 16)) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var d = p.data;
            return d.flow + ': ' + d.value.toFixed(2) + (d.sigma != null ? ' ± ' + d.sigma.toFixed(2) : '') + unit;
          }
          return p.data.labelText;
        }
      },
      series: [{
        type: 'sankey', left: 10, right: 200, top: 10, bottom: 10, nodeGap: 12, draggable: true,
        layoutIterations: 64, emphasis: { focus: 'adjacency' },
        label: { fontSize: 12, overflow: 'truncate', width: 190 },
        labelLayout: { hideOverlap: true },
        data: view.nodes.map(function (n) {
          return { name: n.name, labelText: n.label, label: { formatter: n.label },
            itemStyle: n.unbalanced ? { color: '#d64541', borderColor: '#922b21', borderWidth: 2 } : { color: '#1d7a55' } };
        }),
        links: view.links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value, sigma: l.sigma, flow: l.flow };
        }),
        lineStyle: { color: '#2e9d5b', opacity: 0.4, curveness: 0.5 }
      }]
    });
    el.dataset.drawn = 'true';
    // one colour per layer: the goods layer, then each substance layer along the same links
    var palette = ['#2e9d5b', '#c0392b', '#2874a6', '#8e44ad', '#d68910', '#17a589'];
    var select = document.getElementById('sankey-layer');
    if (select) {
      select.addEventListener('change', function () {
        var index = select.selectedIndex;
        var links = index === 0 ? view.links : view.layers[index - 1].links;
        chart.setOption({ series: [{ links: links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value, sigma: l.sigma, flow: l.flow };
        }), lineStyle: { color: palette[index % palette.length] } }] });
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('htmx:afterSwap', draw);
  document.addEventListener('DOMContentLoaded', draw);
})();
