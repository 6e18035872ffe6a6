// app.js: the dashboard's router. The address (#/path?query) holds the whole
// state of a view, so every view can be bookmarked and shared.
import { getJSON, fmtNum, day, showError } from './api.js';
import { initExplore, showExplore } from './explore.js';
import { initTop, showTop } from './top.js';
import { initActor, showActor } from './actor.js';
import { showDocument, showEvent } from './detail.js';
import { attach } from './typeahead.js';

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query] = h.split('?');
  return { path, params: Object.fromEntries(new URLSearchParams(query || '')) };
}

// navigate sets the address; the hashchange handler then shows the view.
function navigate(path, params, replace = false) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  const hash = '#' + path + (q.toString() ? '?' + q : '');
  if (replace) {
    history.replaceState(null, '', hash);
    route();
  } else if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function show(view) {
  for (const s of document.querySelectorAll('.view')) s.hidden = s.id !== 'view-' + view;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function route() {
  const { path, params } = parseHash();
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.setAttribute('aria-busy', 'true');
  try {
    showError(null);
    switch (parts[0]) {
      case undefined:
        show('explore');
        await showExplore(params, navigate);
        break;
      case 'top':
        show('top');
        await showTop(params);
        break;
      case 'actor':
        show('actor');
        await showActor(parts[1] || '', params);
        break;
      case 'doc':
        show('doc');
        await showDocument(parts.slice(1).join('/'));
        break;
      case 'event':
        show('event');
        await showEvent(document.getElementById('event-detail'), parts[1]);
        break;
      default:
        show('explore');
        await showExplore({}, navigate);
    }
  } catch (err) {
    showError(err);
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

async function stats() {
  try {
    const s = await getJSON('api/stats');
    const span = s.events ? ` from ${day(s.first)} to ${day(s.last)}` : '';
    document.getElementById('stats').textContent =
      `${fmtNum(s.events)} events in ${fmtNum(s.documents)} documents${span}`;
  } catch { /* the header line is optional */ }
}

function start() {
  for (const input of document.querySelectorAll('input[list]')) attach(input);
  initExplore(navigate);
  initTop(navigate);
  initActor(navigate);
  window.addEventListener('hashchange', route);
  stats();
  route();
}

// uPlot is a deferred classic script; modules run after it.
start();
