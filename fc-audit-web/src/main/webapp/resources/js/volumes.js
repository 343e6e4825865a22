/*
 * Draws the volumes page's two charts (steps per day, failure rate per day; one line per partner)
 * with Chart.js, from the JSON of #volumes-data (fr.fc.audit.web.VolumeChart). The table under
 * the charts holds the same data: without this script, the page loses nothing but the drawing.
 */
(function () {
  'use strict';

  var source = document.getElementById('volumes-data');
  if (!source || typeof window.Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);

  // DSFR's illustrative colours, distinct enough side by side.
  var COLOURS = ['#000091', '#e1000f', '#18753c', '#b34000', '#6a6af4', '#a558a0',
                 '#009099', '#716043', '#c3992a', '#3a3a3a'];

  function datasets(values) {
    return data.partners.map(function (partner, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: partner.name,
        data: partner[values],
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        pointRadius: 2,
        spanGaps: false
      };
    });
  }

  function draw(canvasId, values, axisTitle, suggestedMax) {
    var canvas = document.getElementById(canvasId);
    if (!canvas) {
      return;
    }
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.days, datasets: datasets(values) },
      options: {
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom' } },
        scales: {
          y: {
            beginAtZero: true,
            suggestedMax: suggestedMax,
            title: { display: true, text: axisTitle }
          }
        }
      }
    });
  }

  draw('volumes-steps', 'steps', data.text.steps, undefined);
  draw('volumes-rates', 'rates', data.text.rates, 100);
})();
