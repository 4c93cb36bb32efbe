/*
 * The DriftGraph Explorer's only script: autocomplete for the search boxes (an ARIA combobox, keyboard navigable), the
 * diagrams, drawn by Cytoscape.js at the positions the server laid out, and opening the evidence panel a hop links
 * to. Every page reads fine without it.
 */
(function () {
  'use strict';

  document.querySelectorAll('input[data-autocomplete]').forEach(autocomplete);
  document.querySelectorAll('[data-testid="diagram"]').forEach(draw);
  document.querySelectorAll('a.hop-link').forEach(function (link) {
    link.addEventListener('click', function () { openEvidence(link.hash); });
  });
  openEvidence(location.hash);

  function openEvidence(hash) {
    var panel = hash && document.getElementById(hash.slice(1));
    if (panel && panel.tagName === 'DETAILS') {
      panel.open = true;
    }
  }

  function autocomplete(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) { suggest(); return; }
        move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });

    function suggest() {
      var q = input.value.trim();
      if (!q) { close(); return; }
      var mine = ++asked;
      fetch('/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) { if (mine === asked) { show(found); } })
        .catch(close);
    }

    function show(found) {
      items = found;
      active = -1;
      list.textContent = '';
      found.forEach(function (s, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.testid = 'search-suggestion';
        option.dataset.key = s.key;
        var kind = document.createElement('span');
        kind.className = 'chip ' + s.css;
        kind.textContent = s.kind;
        option.appendChild(kind);
        option.appendChild(document.createTextNode(' ' + s.name + (s.match ? ' (' + s.match + ')' : '')));
        option.addEventListener('mousedown', function (event) { event.preventDefault(); pick(i); });
        list.appendChild(option);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
      input.removeAttribute('aria-activedescendant');
    }

    function move(step) {
      if (items.length === 0) { return; }
      active = (active + step + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute('aria-selected', String(i === active));
      });
      var current = list.children[active];
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }

    function pick(i) {
      var chosen = items[i];
      if (input.dataset.autocomplete === 'navigate') {
        window.location.href = chosen.href;
      } else {
        input.value = chosen.key;
        close();
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
  }

  function draw(figure) {
    if (typeof cytoscape === 'undefined') { return; }
    var elements = [];
    figure.querySelectorAll('.diagram-nodes li').forEach(function (li) {
      elements.push({
        group: 'nodes',
        data: { id: li.dataset.key, label: li.textContent.replace(/ \([^)]*\)$/, ''), colour: li.dataset.colour, text: li.dataset.text },
        position: { x: Number(li.dataset.x), y: Number(li.dataset.y) }
      });
    });
    figure.querySelectorAll('.diagram-edges li').forEach(function (li, i) {
      var sign = Number(li.dataset.sign);
      elements.push({
        group: 'edges',
        data: {
          id: 'e' + i, source: li.dataset.source, target: li.dataset.target, label: li.textContent,
          colour: sign > 0 ? '#009E73' : sign < 0 ? '#D55E00' : '#777777',
          dashed: li.dataset.contested === 'true' ? 'dashed' : 'solid'
        }
      });
    });
    var column = 280;
    elements.forEach(function (e) {
      if (e.group !== 'edges') { return; }
      var from = figure.querySelector('.diagram-nodes li[data-key="' + e.data.source + '"]');
      var to = figure.querySelector('.diagram-nodes li[data-key="' + e.data.target + '"]');
      // as Diagram.arc: an edge that would cross the nodes between its ends bends above them
      e.data.arc = from.dataset.y === to.dataset.y && Math.abs(Number(to.dataset.x) - Number(from.dataset.x)) > column;
    });
    var cy = cytoscape({
      container: figure.querySelector('.cy'),
      elements: elements,
      layout: { name: 'preset' },
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          shape: 'round-rectangle', width: 160, height: 44, 'background-color': 'data(colour)',
          'border-width': 1, 'border-color': '#000', label: 'data(label)', color: 'data(text)',
          'font-size': 13, 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': 150 } },
        { selector: 'edge', style: {
          width: 2, 'curve-style': 'bezier', 'line-color': 'data(colour)', 'line-style': 'data(dashed)',
          'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', label: 'data(label)',
          'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff',
          'text-background-opacity': 0.85, 'text-background-padding': 2 } },
        { selector: 'edge[?arc]', style: {
          'curve-style': 'unbundled-bezier', 'control-point-distances': [-65], 'control-point-weights': [0.5] } }
      ]
    });
    cy.fit(undefined, 20);
    cy.on('tap', 'node', function (event) { window.location.href = '/entity/' + encodeURIComponent(event.target.id()); });
    figure.dataset.drawn = 'true';
    var png = document.querySelector('[data-testid="export-png"]');
    if (png) {
      png.href = cy.png({ output: 'base64uri', full: true, bg: '#ffffff', scale: 2 });
      png.hidden = false;
    }
  }
})();
