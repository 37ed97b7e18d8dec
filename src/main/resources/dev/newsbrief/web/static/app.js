// newsbrief page. Uses only the JSON API (/api/...). All report text is untrusted: it only ever
// reaches the page as text nodes (el() below), never as HTML.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { storyId: null, etag: null, version: 0, baseline: {}, timer: null, briefing: null, reportsById: {}, opener: null };

  // ---- DOM building: text only ----
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const k in attrs) {
        const v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k.charCodeAt(0) === 111 && k.charCodeAt(1) === 110) e.addEventListener(k.slice(2), v); // "on..."
        else if (k === 'className') e.className = v;
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    append(e, children);
    return e;
  }
  function append(e, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(e, c);
      else e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    }
  }
  function safeHref(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) { return null; }
  }
  // Dates in one style with the CLI's briefings ("7 Dec 2016", "Oct 2016"): a briefing's dates come
  // labelled by the server (a briefing stored before labels shows its ISO value until recomputed);
  // the API's own days and times are written here in the same style.
  // (no Intl: its first use costs tens of milliseconds on a phone, before anything is drawn)
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']; // as Java's MMM
  const DAY = { format: (t) => { const d = new Date(t); return d.getUTCDate() + ' ' + MON[d.getUTCMonth()] + ' ' + d.getUTCFullYear(); } };
  const MONTH = { format: (t) => { const d = new Date(t); return MON[d.getUTCMonth()] + ' ' + d.getUTCFullYear(); } };
  const dateLabel = (d) => (d && d.value ? d.label || d.value : 'undated');
  const dayOf = (iso) => DAY.format(new Date(iso));
  const momentOf = (iso) => { const t = new Date(iso); // local time, for when things happened on this server
    return t.getDate() + ' ' + MON[t.getMonth()] + ' ' + t.getFullYear() + ', ' + t.toTimeString().slice(0, 5); };
  function say(msg, isError) {
    const s = $('status');
    s.textContent = msg || '';
    s.classList.toggle('error', !!isError);
  }

  // ---- API ----
  // The token is read from session storage only once a server asks for one: a first storage access
  // blocks the page for tens of milliseconds on a phone, and a loopback server needs none.
  let token = null;
  async function api(path, opts) {
    opts = opts || {};
    const headers = Object.assign({}, opts.headers || {});
    let body = opts.body;
    if (opts.json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(opts.json); }
    const send = () => fetch(path, { method: opts.method || 'GET', body, credentials: 'same-origin',
      headers: token ? Object.assign({ Authorization: 'Bearer ' + token }, headers) : headers });
    let res = await send();
    if (res.status === 401 && token === null && (token = sessionStorage.getItem('newsbrief.token') || '')) res = await send();
    if (res.status === 401) { $('token-panel').hidden = false; throw new Error('this server needs a token'); }
    if (res.status === 304 || res.status === 204) return { status: res.status, data: null, res };
    let data = null;
    const type = res.headers.get('Content-Type') || '';
    if (type.startsWith('application/json')) data = await res.json();
    if (!res.ok) {
      const err = new Error((data && data.error) || ('HTTP ' + res.status));
      err.status = res.status; err.data = data;
      throw err;
    }
    return { status: res.status, data, res };
  }

  // ---- routing: #/, #/s/<story>, #/s/<story>/r/<report>/<start>-<end>, #/search?q= ----
  function route() {
    const h = location.hash || '#/';
    stopPolling();
    hideTip(null);
    let m;
    if ((m = h.match(/^#\/s\/(s[1-9][0-9]{0,17})(?:\/r\/(r[1-9][0-9]{0,17})(?:\/(\d+)-(\d+))?)?$/))) {
      showStory(m[1]).then(() => {
        // a route taken while the page was still being drawn (a citation clicked) is the reader's: leave it
        if ((location.hash || '#/') !== h) return;
        if (m[2]) openReport(m[2], m[3] ? +m[3] : null, m[4] ? +m[4] : null);
        else closeReport();
      });
    } else if ((m = h.match(/^#\/search\?q=(.*)$/))) {
      closeReport();
      showSearch(decodeURIComponent(m[1]));
    } else {
      closeReport();
      showHome();
    }
  }

  function main(...children) {
    const m = $('main');
    m.replaceChildren(...children);
  }

  // ---- home: stories and create form ----
  async function showHome() {
    state.storyId = null;
    document.title = 'newsbrief';
    const list = el('ul', { className: 'stories', id: 'story-list' });
    const form = el('form', { id: 'create-story', className: 'card', onsubmit: createStory },
      el('h2', {}, 'New story'),
      el('label', { for: 'story-name' }, 'Name'), ' ',
      el('input', { id: 'story-name', name: 'name', required: true, maxlength: 200, placeholder: 'e.g. Syria ceasefire talks' }), ' ',
      el('button', { type: 'submit' }, 'Create story'));
    const place = el('form', { id: 'place-form', className: 'card', onsubmit: placeReport },
      el('h2', {}, 'Add a report'),
      el('p', { className: 'meta' }, 'newsbrief finds the story it belongs to, or starts a new one.'),
      el('label', { for: 'place-title' }, 'Headline (optional: else the first line)'),
      el('input', { id: 'place-title', maxlength: 2000 }),
      el('label', { for: 'place-text' }, 'Text'),
      el('textarea', { id: 'place-text', required: true }),
      el('button', { type: 'submit' }, 'Add and place'));
    const placeFiles = el('form', { id: 'place-upload-form', className: 'card', onsubmit: placeUploads },
      el('h2', {}, 'Add files or an article URL'),
      el('p', { className: 'meta' }, 'Each report goes to the story it belongs to.'),
      el('label', { for: 'place-file' }, 'Reports (txt, html, jsonl)'),
      el('input', { id: 'place-file', type: 'file', multiple: true, accept: '.txt,.text,.html,.htm,.jsonl,.ndjson,.sgml,.xml', required: true }),
      el('button', { type: 'submit' }, 'Upload and place'));
    const placeUrl = el('form', { id: 'place-url-form', className: 'card', onsubmit: placeFromUrl },
      el('label', { for: 'place-url' }, 'Article URL'),
      el('input', { id: 'place-url', type: 'url', required: true, placeholder: 'https://…' }),
      el('button', { type: 'submit' }, 'Fetch and place'));
    const feeds = el('ul', { id: 'unassigned-feeds' });
    const follow = el('form', { id: 'follow-form', className: 'card', onsubmit: followFeed },
      el('h2', {}, 'Follow a feed'),
      el('p', { className: 'meta' }, 'Each report the feed brings goes to the story it belongs to.'),
      el('label', { for: 'follow-url' }, 'RSS or Atom feed URL'),
      el('input', { id: 'follow-url', type: 'url', required: true }),
      el('label', { for: 'follow-interval' }, 'Poll every (minutes)'),
      el('input', { id: 'follow-interval', type: 'number', min: 1, value: 30 }),
      el('button', { type: 'submit' }, 'Follow'), feeds);
    // Everything is fetched before the page is drawn, so nothing moves when it arrives (no layout shift).
    let stories = null;
    try { stories = (await api('/api/stories?limit=200')).data; } catch (e) { say(e.message, true); }
    await refreshUnassignedFeeds(feeds);
    if (location.hash.replace(/^#\/?$/, '') !== '') return; // the reader went elsewhere meanwhile
    if (stories) {
      if (stories.items.length === 0) list.appendChild(el('li', {}, 'No story yet: create one below.'));
      for (const s of stories.items) {
        list.appendChild(el('li', {}, el('a', { href: '#/s/' + s.id }, s.name), ' ',
          el('span', { className: 'meta' }, s.reports + ' report' + (s.reports === 1 ? '' : 's')
            + (s.outlets ? ', ' + s.outlets + ' outlet' + (s.outlets === 1 ? '' : 's') : '')
            + (s.lastReport ? ', last ' + dayOf(s.lastReport) : ''))));
      }
      if (stories.total > stories.items.length) list.appendChild(el('li', { className: 'meta' }, (stories.total - stories.items.length) + ' older stories not shown'));
    }
    main(el('h1', {}, 'Stories'), list, place, placeFiles, placeUrl, follow, form);
  }

  async function placeReport(ev) {
    ev.preventDefault();
    try {
      const { data } = await api('/api/reports', { method: 'POST', json: { title: $('place-title').value, text: $('place-text').value } });
      say((data.newStory ? 'Started a new story: ' : 'Added to the story ') + data.story.name + '.');
      location.hash = '#/s/' + data.story.id;
    } catch (e) { say(e.message, true); }
  }

  async function placeUploads(ev) {
    ev.preventDefault();
    const fd = new FormData();
    for (const f of $('place-file').files) fd.append('file', f, f.name);
    try {
      const { data } = await api('/api/uploads', { method: 'POST', body: fd });
      ev.target.reset();
      const stories = [...new Set(data.placed.map((p) => p.story.name))];
      say(data.placed.length + ' report(s) placed in ' + stories.join(', ') + '.'
        + (data.duplicates.length ? ' ' + data.duplicates.length + ' already in their stories.' : '')
        + (data.skipped.length ? ' Skipped: ' + data.skipped.map((x) => x.file).join(', ') + '.' : ''));
      await showHome();
    } catch (e) { say(e.message, true); }
  }

  async function placeFromUrl(ev) {
    ev.preventDefault();
    try {
      const { data } = await api('/api/urls', { method: 'POST', json: { url: $('place-url').value } });
      say((data.newStory ? 'Started a new story: ' : 'Added to the story ') + data.story.name + '.');
      location.hash = '#/s/' + data.story.id;
    } catch (e) { say(e.message, true); }
  }

  async function followFeed(ev) {
    ev.preventDefault();
    const minutes = Math.max(1, parseInt($('follow-interval').value, 10) || 30);
    try {
      await api('/api/feeds', { method: 'POST', json: { url: $('follow-url').value, intervalSeconds: minutes * 60 } });
      ev.target.reset();
      say('Following the feed: its reports will find their stories.');
      await refreshUnassignedFeeds();
    } catch (e) { say(e.message, true); }
  }

  async function refreshUnassignedFeeds(into) {
    const list = into || $('unassigned-feeds');
    if (!list) return;
    try {
      const { data } = await api('/api/feeds');
      list.replaceChildren(...data.items.map((f) => el('li', {}, f.title || f.url, ' ',
        el('span', { className: 'meta' }, f.itemsAdded + ' report(s) placed' + (f.lastError ? '; last error: ' + f.lastError : '')), ' ',
        el('button', { type: 'button', className: 'small', 'aria-label': 'Stop following ' + (f.title || f.url), onclick: async () => {
          try { await api('/api/feeds/' + f.id, { method: 'DELETE' }); await refreshUnassignedFeeds(); } catch (e) { say(e.message, true); }
        } }, 'Stop'))));
    } catch (e) { say(e.message, true); }
  }

  async function createStory(ev) {
    ev.preventDefault();
    const name = $('story-name').value.trim();
    if (!name) return;
    try {
      const { data } = await api('/api/stories', { method: 'POST', json: { name } });
      say('Story created.');
      location.hash = '#/s/' + data.id;
    } catch (e) { say(e.message, true); }
  }

  // ---- story page ----
  async function showStory(id) {
    if (state.storyId === id && $('briefing')) { startPolling(); return; } // already shown: only the report panel changes
    state.storyId = id; state.etag = null; state.version = 0; state.briefing = null;
    // what the reader saw last time, read in a task of its own while the briefing is fetched (see api())
    setTimeout(() => seenBaseline(id), 0);
    const page = el('div', { id: 'story-page', hidden: true },
      el('h1', { id: 'story-name-h' }, '…'),
      el('p', { className: 'headline', id: 'briefing-headline' }),
      el('p', { className: 'meta', id: 'briefing-status' }),
      el('div', { id: 'new-banner' }),
      el('p', { className: 'exports', id: 'exports' }, 'Export: ',
        el('a', { href: '/api/stories/' + id + '/export/md', download: '' }, 'Markdown'),
        el('a', { href: '/api/stories/' + id + '/export/html', target: '_blank', rel: 'noopener' }, 'HTML'),
        el('a', { href: '/api/stories/' + id + '/export/json', download: '' }, 'JSON')),
      el('form', { id: 'ask-form', className: 'ask', role: 'search', 'aria-label': 'This story', onsubmit: askStory },
        el('label', { for: 'ask-q' }, 'Ask this story'), ' ',
        el('input', { id: 'ask-q', type: 'search', maxlength: 500, placeholder: 'e.g. who ordered the inquiry?', autocomplete: 'off' }), ' ',
        el('button', { type: 'submit' }, 'Ask')),
      el('section', { id: 'answer', className: 'answer', 'aria-live': 'polite' }),
      el('div', { id: 'briefing' }),
      addReports(id),
      el('section', { 'aria-labelledby': 'feeds-h' }, el('h2', { id: 'feeds-h' }, 'Feeds'), el('ul', { id: 'feed-list' })),
      el('section', { 'aria-labelledby': 'reports-h' }, el('h2', { id: 'reports-h' }, 'Reports'),
        // a narrow screen scrolls the table sideways, not the page
        el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Reports of this story' }, el('table', { id: 'report-table' }))));
    // Drawn hidden and shown whole once its parts are in: nothing is pushed down as they arrive.
    main(page);
    await Promise.all([refreshBriefing(), refreshReports(), refreshFeeds()]);
    if (state.storyId !== id) return;
    // Shown top down, one part per frame from the timeline on: the first screen is painted sooner and no
    // frame lays out the whole page at once. Parts only ever appear below what is shown, so nothing moves.
    const briefingParts = [...$('briefing').children];
    const firstScreen = briefingParts.findIndex((e) => e.getAttribute('aria-labelledby') === 'summary-h') + 1;
    const tail = [...page.children].slice([...page.children].indexOf($('briefing')) + 1);
    const later = briefingParts.slice(firstScreen).concat(tail);
    for (const e of later) e.classList.add('not-yet');
    page.hidden = false;
    startPolling(); // not after the parts: a tab in the background paints no frames until shown
    for (const e of later) {
      await afterPaint();
      if (state.storyId !== id) return;
      e.classList.remove('not-yet');
    }
    page.classList.add('complete');
  }

  // Resolves once the browser has drawn what is on the page now.
  const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

  function addForms(id) {
    const paste = el('form', { id: 'paste-form', onsubmit: (e) => submitPaste(e, id) },
      el('h3', {}, 'Paste a report'),
      el('label', { for: 'paste-title' }, 'Headline (optional: else the first line)'),
      el('input', { id: 'paste-title', maxlength: 2000 }),
      el('label', { for: 'paste-text' }, 'Text'),
      el('textarea', { id: 'paste-text', required: true }),
      el('label', { for: 'paste-outlet' }, 'Outlet (optional)'),
      el('input', { id: 'paste-outlet', maxlength: 500 }),
      el('label', { for: 'paste-date' }, 'Published (optional)'),
      el('input', { id: 'paste-date', type: 'date' }),
      el('button', { type: 'submit' }, 'Add report'));
    const upload = el('form', { id: 'upload-form', onsubmit: (e) => submitUpload(e, id) },
      el('h3', {}, 'Upload files'),
      el('label', { for: 'upload-file' }, 'Reports (txt, html, jsonl)'),
      el('input', { id: 'upload-file', type: 'file', multiple: true, accept: '.txt,.text,.html,.htm,.jsonl,.ndjson,.sgml,.xml', required: true }),
      el('button', { type: 'submit' }, 'Upload'));
    const url = el('form', { id: 'url-form', onsubmit: (e) => submitUrl(e, id) },
      el('h3', {}, 'Add an article by URL'),
      el('label', { for: 'url-input' }, 'Article URL'),
      el('input', { id: 'url-input', type: 'url', required: true, placeholder: 'https://…' }),
      el('button', { type: 'submit' }, 'Fetch and add'));
    const feed = el('form', { id: 'feed-form', onsubmit: (e) => submitFeed(e, id) },
      el('h3', {}, 'Follow a feed'),
      el('label', { for: 'feed-url' }, 'RSS or Atom feed URL'),
      el('input', { id: 'feed-url', type: 'url', required: true }),
      el('label', { for: 'feed-interval' }, 'Poll every (minutes)'),
      el('input', { id: 'feed-interval', type: 'number', min: 1, value: 30 }),
      el('button', { type: 'submit' }, 'Follow'));
    return [paste, upload, url, feed];
  }
  // "Add reports", folded away once the story has reports: the page is for reading the briefing. Its forms
  // are built when it is first opened (a date and a file input cost a phone tens of milliseconds to build).
  function addReports(id) {
    const forms = el('div', { className: 'forms' });
    const fill = () => { if (!forms.firstChild) append(forms, addForms(id)); };
    const details = el('details', { className: 'card add-reports', id: 'add-reports', ontoggle: fill },
      el('summary', { onclick: fill }, el('h2', { id: 'add-h' }, 'Add reports')), forms);
    details.unfold = () => { fill(); details.open = true; };
    return details;
  }

  async function afterAdd(msg) {
    say(msg);
    await Promise.all([refreshBriefing(), refreshReports()]);
  }

  async function submitPaste(ev, id) {
    ev.preventDefault();
    const json = { title: $('paste-title').value, text: $('paste-text').value, outlet: $('paste-outlet').value,
      published: $('paste-date').value || null };
    try {
      const { data } = await api('/api/stories/' + id + '/reports', { method: 'POST', json });
      ev.target.reset();
      await afterAdd('Report added: ' + (data.report.title || data.report.id) + '. The briefing is being updated.');
    } catch (e) { say(e.message, true); }
  }

  async function submitUpload(ev, id) {
    ev.preventDefault();
    const files = $('upload-file').files;
    const fd = new FormData();
    for (const f of files) fd.append('file', f, f.name);
    try {
      const { data } = await api('/api/stories/' + id + '/uploads', { method: 'POST', body: fd });
      ev.target.reset();
      let msg = data.reports.length + ' report(s) added';
      if (data.duplicates.length) msg += ', ' + data.duplicates.length + ' already there';
      if (data.skipped.length) msg += ', ' + data.skipped.length + ' file(s) unreadable';
      await afterAdd(msg + '.');
    } catch (e) { say(e.message, true); }
  }

  async function submitUrl(ev, id) {
    ev.preventDefault();
    say('Fetching…');
    try {
      const { data } = await api('/api/stories/' + id + '/urls', { method: 'POST', json: { url: $('url-input').value } });
      ev.target.reset();
      await afterAdd('Added: ' + (data.report.title || data.report.url));
    } catch (e) { say(e.message, true); }
  }

  async function submitFeed(ev, id) {
    ev.preventDefault();
    const minutes = Math.max(1, parseInt($('feed-interval').value || '30', 10));
    try {
      await api('/api/stories/' + id + '/feeds', { method: 'POST', json: { url: $('feed-url').value, intervalSeconds: minutes * 60 } });
      ev.target.reset();
      say('Feed followed; it is polled in the background.');
      await refreshFeeds();
    } catch (e) { say(e.message, true); }
  }

  async function refreshFeeds() {
    const id = state.storyId;
    const list = $('feed-list');
    if (!list) return;
    try {
      const { data } = await api('/api/stories/' + id + '/feeds');
      if (state.storyId !== id) return;
      list.replaceChildren();
      if (data.items.length === 0) list.appendChild(el('li', { className: 'meta' }, 'No feed followed.'));
      for (const f of data.items) {
        const when = f.lastPolled ? 'last polled ' + momentOf(f.lastPolled) : 'not polled yet';
        list.appendChild(el('li', { className: 'feed', 'data-feed': f.id },
          el('strong', {}, f.title || f.url), ' ', el('span', { className: 'meta' }, f.url), el('br'),
          el('span', { className: 'meta' }, when + ' · every ' + Math.round(f.intervalSeconds / 60) + ' min · ' + f.itemsAdded + ' report(s) added'),
          f.lastError ? el('div', { className: 'feed-error', role: 'alert' }, 'Last poll failed (' + f.failures + ' in a row): ' + f.lastError) : null,
          el('button', { type: 'button', className: 'small', onclick: async () => {
            try { await api('/api/feeds/' + f.id + '/poll', { method: 'POST' }); say('Polling soon.'); } catch (e) { say(e.message, true); }
          } }, 'Poll now'), ' ',
          el('button', { type: 'button', className: 'small', onclick: async () => {
            try { await api('/api/feeds/' + f.id, { method: 'DELETE' }); await refreshFeeds(); } catch (e) { say(e.message, true); }
          } }, 'Unfollow')));
      }
    } catch (e) { say(e.message, true); }
  }

  async function refreshReports() {
    const id = state.storyId;
    const table = $('report-table');
    if (!table) return;
    try {
      const [{ data }, { data: others }] = await Promise.all([api('/api/stories/' + id + '/reports?limit=500'), api('/api/stories?limit=200')]);
      if (state.storyId !== id) return;
      table.replaceChildren(el('caption', { className: 'sr-only' }, 'Reports of this story'),
        el('tr', {}, el('th', { scope: 'col' }, 'Report'), el('th', { scope: 'col' }, 'Outlet'), el('th', { scope: 'col' }, 'Added'),
          el('th', { scope: 'col' }, 'Move to'), el('th', { scope: 'col' }, el('span', { className: 'sr-only' }, 'Delete'))));
      for (const r of data.items) {
        state.reportsById[r.id] = r;
        table.appendChild(el('tr', { 'data-report': r.id },
          el('td', {}, el('a', { href: '#/s/' + id + '/r/' + r.id }, r.title || r.id)),
          el('td', {}, r.outlet || ''),
          el('td', {}, momentOf(r.addedAt)),
          el('td', {}, moveControl(r, id, others.items)),
          el('td', {}, el('button', { type: 'button', className: 'small', 'aria-label': 'Delete report ' + (r.title || r.id), onclick: async () => {
            if (!confirm('Delete this report?')) return;
            try { await api('/api/reports/' + r.id, { method: 'DELETE' }); await afterAdd('Report deleted.'); } catch (e) { say(e.message, true); }
          } }, 'Delete'))));
      }
      if (data.items.length === 0) table.appendChild(el('tr', {}, el('td', { colspan: 5 }, 'No report yet: add some above.')));
      if (data.items.length === 0) $('add-reports').unfold();
    } catch (e) { say(e.message, true); }
  }

  // a person's correction: the report moves to another story or to one of its own; later placements follow it
  function moveControl(r, id, stories) {
    const label = 'Move report ' + (r.title || r.id) + ' to';
    const select = el('select', { 'aria-label': label, className: 'small' },
      el('option', { value: '' }, 'choose…'), el('option', { value: 'new' }, 'a new story of its own'),
      ...stories.filter((s) => s.id !== id).map((s) => el('option', { value: s.id }, s.name)));
    const button = el('button', { type: 'button', className: 'small', onclick: async () => {
      if (!select.value) return;
      try {
        const { data } = await api('/api/reports/' + r.id + '/move', { method: 'POST', json: { story: select.value } });
        await afterAdd('Report moved to story ' + data.report.storyId + '.');
      } catch (e) { say(e.message, true); }
    } }, 'Move');
    return el('span', { className: 'move' }, select, ' ', button);
  }

  // ---- briefing ----
  async function refreshBriefing() {
    const id = state.storyId;
    const headers = state.etag ? { 'If-None-Match': state.etag } : {};
    let r;
    try { r = await api('/api/stories/' + id + '/briefing', { headers }); } catch (e) { say(e.message, true); return; }
    if (state.storyId !== id || r.status === 304) return;
    state.etag = r.res.headers.get('ETag');
    const b = r.data;
    $('story-name-h').textContent = b.story.name;
    $('briefing-headline').textContent = b.briefing && b.briefing.headline !== b.story.name ? b.briefing.headline : '';
    document.title = b.story.name + ' · newsbrief';
    const status = b.version === 0 ? 'Briefing being computed…'
      : 'Briefing version ' + b.version + ' of ' + b.story.reports + ' report(s), computed ' + momentOf(b.computedAt)
        + (b.pending ? ' · updating…' : '');
    $('briefing-status').textContent = status + (b.error ? ' · ' + b.error : '');
    $('exports').hidden = b.version === 0;
    if (b.briefing && b.version !== state.version) {
      const first = state.version === 0; // the story page fetches the reports itself the first time
      state.version = b.version;
      state.briefing = b.briefing;
      renderBriefing(id, b.version, b.briefing);
      if (!first) refreshReports();
    }
  }

  function startPolling() {
    stopPolling();
    let ticks = 0;
    state.timer = setInterval(() => {
      refreshBriefing();
      if (++ticks % 5 === 0) refreshFeeds();
    }, 2000);
  }
  function stopPolling() {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  }

  // "New since last visit": what the reader saw last time is kept in localStorage per story.
  function hash(s) {
    let h = 5381;
    for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
    return (h >>> 0).toString(36);
  }
  function loadSeen(id) {
    try { return JSON.parse(localStorage.getItem('newsbrief.seen.' + id)); } catch (e) { return null; }
  }
  function saveSeen(id, version, b) {
    const seen = { version, sentences: sentencesOf(b).map((s) => hash(s.text)),
      cites: sentencesOf(b).flatMap((s) => s.citations.map((c) => c.id + ':' + c.sentence)),
      reports: b.sources.map((s) => s.id) };
    try { localStorage.setItem('newsbrief.seen.' + id, JSON.stringify(seen)); } catch (e) { /* private mode: no memory */ }
    return seen;
  }
  function sentencesOf(b) {
    return (b.latest ? b.latest.summary : []).concat(b.summary, b.timeline);
  }

  function seenBaseline(id) {
    if (!(id in state.baseline)) state.baseline[id] = loadSeen(id);
    return state.baseline[id];
  }

  // Citation buttons: hover or focus shows the cited sentence, a click opens it in its report.
  function citations(id, sourceTitle, isNewCite) {
    return (cs) => cs.map((c) => {
      const label = '[' + c.source + ']';
      const fresh = isNewCite && isNewCite(c);
      const tip = label + ' ' + (sourceTitle[c.source] || c.id) + ': ' + c.text;
      return el('button', { type: 'button', className: 'cite' + (fresh ? ' new-cite' : ''), 'data-tip': tip,
        'data-report': c.id, 'data-start': c.start, 'data-end': c.end,
        'aria-label': 'Source ' + c.source + ': ' + (sourceTitle[c.source] || c.id) + (fresh ? ' (new)' : ''),
        onclick: () => { location.hash = '#/s/' + id + '/r/' + c.id + '/' + c.start + '-' + c.end; } }, label);
    });
  }
  function titlesOf(b) {
    const t = {};
    for (const s of b.sources) t[s.number] = s.title || s.id;
    return t;
  }

  // A briefing asked for (an answer to a question, what is new since a visit): asked again while
  // the server computes it (202), then shown as its cited summary.
  async function readerBriefing(path, box, opts, heading, empty) {
    const id = state.storyId;
    box.replaceChildren(el('p', { className: 'meta' }, heading + ': working it out…'));
    for (let i = 0; i < 300; i++) {
      let r;
      try { r = await api(path, opts); } catch (e) { box.replaceChildren(el('p', { className: 'feed-error' }, heading + ': ' + e.message)); return; }
      if (state.storyId !== id || !box.isConnected) return;
      if (r.status === 200) {
        const b = r.data.briefing;
        if (r.data.error || !b) { box.replaceChildren(el('p', { className: 'meta' }, heading + ': ' + (r.data.error || empty))); return; }
        const cites = citations(id, titlesOf(b));
        box.replaceChildren(el('h2', { id: box.id + '-h' }, heading),
          b.summary.length ? el('ul', { className: 'summary' }, b.summary.map((s) => el('li', {}, s.shown || s.text, ' ', cites(s.citations))))
            : el('p', { className: 'meta' }, empty),
          b.notes.length ? el('p', { className: 'meta' }, b.notes[0]) : null);
        return;
      }
      await new Promise((done) => setTimeout(done, 700));
    }
  }

  function askStory(ev) {
    ev.preventDefault();
    const q = $('ask-q').value.trim();
    if (!q) return;
    readerBriefing('/api/stories/' + state.storyId + '/focus?q=' + encodeURIComponent(q), $('answer'), null, 'Answer: ' + q,
      'no sentence of these reports answers it.');
  }

  // Report ids as runs ("r3", "r7-r42"): a big story's list of reports read stays short.
  function runsOf(ids) {
    const keys = ids.map((r) => +r.slice(1)).filter((k) => k > 0).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      let j = i;
      while (j + 1 < keys.length && keys[j + 1] <= keys[j] + 1) j++;
      out.push(keys[i] === keys[j] ? 'r' + keys[i] : 'r' + keys[i] + '-r' + keys[j]);
      i = j;
    }
    return out;
  }

  function renderBriefing(id, version, b) {
    const seen = seenBaseline(id);
    const isNewSentence = (s) => !!seen && seen.version < version && !seen.sentences.includes(hash(s.text));
    const isNewCite = (c) => !!seen && seen.version < version && !seen.cites.includes(c.id + ':' + c.sentence);
    const sourceTitle = titlesOf(b);

    const banner = $('new-banner');
    banner.replaceChildren();
    if (seen && seen.version < version) {
      const newSentences = sentencesOf(b).filter(isNewSentence).length;
      const newReports = b.sources.filter((s) => !seen.reports.includes(s.id)).length;
      banner.appendChild(el('p', { className: 'banner', id: 'new-since' },
        'New since your last visit (version ' + seen.version + ' → ' + version + '): ' + newSentences + ' new sentence(s), '
        + newReports + ' new report(s).'));
      if (newReports) {
        // what the new reports say that those read before did not (an update brief, cited to them)
        const box = el('section', { id: 'whats-new', className: 'card', 'aria-live': 'polite' });
        banner.appendChild(box);
        readerBriefing('/api/stories/' + id + '/since', box, { method: 'POST', json: { read: runsOf(seen.reports) } },
          'What the new reports add', 'they add nothing the reports read before did not say.');
      }
    }

    const cites = citations(id, sourceTitle, isNewCite);
    const sentence = (s, tag) => el(tag || 'li', { className: isNewSentence(s) ? 'is-new' : null },
      isNewSentence(s) ? el('span', { className: 'badge' }, 'New') : null, s.shown || s.text, ' ', cites(s.citations));

    const parts = [];
    if (b.latest && b.latest.summary.length) {
      // a storyline opens with where it stands now; the summary follows as background
      parts.push(el('section', { 'aria-labelledby': 'latest-h' }, el('h2', { id: 'latest-h' }, 'Latest (' + dayOf(b.latest.date) + ')'),
        el('ul', { className: 'summary' }, b.latest.summary.map((s) => sentence(s)))));
    }
    parts.push(el('section', { 'aria-labelledby': 'summary-h' }, el('h2', { id: 'summary-h' }, 'Summary'),
      b.summary.length ? el('ul', { className: 'summary' }, b.summary.map((s) => sentence(s)))
        : el('p', { className: 'meta' }, b.sources.length ? 'No sentence of these reports could stand alone in a summary.' : 'Add reports to get a briefing.')));
    if (b.timeline.length) parts.push(timeline(b.timeline, sentence));
    if (b.voices.length) {
      parts.push(el('section', { 'aria-labelledby': 'voices-h' }, el('h2', { id: 'voices-h' }, 'Voices'),
        b.voices.map((v) => el('div', { className: 'actor' }, el('strong', {}, v.name), v.role ? el('span', { className: 'meta' }, ' ' + v.role) : null,
          v.quotes.map((q) => el('blockquote', {}, q.verb + ': ', q.direct ? '“' + q.text + '”' : q.text, ' ', cites(q.citations)))))));
    }
    if (b.disputedFigures.length) {
      parts.push(el('section', { 'aria-labelledby': 'figures-h' }, el('h2', { id: 'figures-h' }, 'Disputed figures'),
        el('table', {}, el('tr', {}, el('th', { scope: 'col' }, 'Quantity'), el('th', { scope: 'col' }, 'What each source says')),
          b.disputedFigures.map((f) => el('tr', {}, el('td', {}, f.quantity, el('br'), el('span', { className: 'meta' }, f.kind === 'changed' ? 'changed over time' : 'sources disagree')),
            el('td', {}, f.values.map((v) => el('div', {}, v.text + ' ', cites([{ source: v.source, id: v.id, sentence: -1, start: v.start, end: v.end, text: v.text }]),
              ' ', el('span', { className: 'meta' }, dateLabel(v.date))))))))));
    }
    parts.push(el('section', { 'aria-labelledby': 'sources-h' }, el('h2', { id: 'sources-h' }, 'Sources'),
      el('ol', { className: 'sources' }, b.sources.map((s) => {
        const isNew = !!seen && seen.version < version && !seen.reports.includes(s.id);
        const href = s.url ? safeHref(s.url) : null;
        return el('li', { value: s.number, id: 'src-' + s.number, className: isNew ? 'is-new' : null },
          isNew ? el('span', { className: 'badge' }, 'New') : null,
          el('a', { href: '#/s/' + id + '/r/' + s.id }, s.title || s.id),
          s.outlet ? ' — ' + s.outlet : '', ' — ', dateLabel(s.date),
          s.copyOf ? el('span', { className: 'meta' }, ' (copy of [' + s.copyOf + '])') : null,
          href ? el('span', {}, ' · ', el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')) : null);
      }))));
    if (b.notes.length) {
      parts.push(el('section', { 'aria-labelledby': 'notes-h' }, el('h2', { id: 'notes-h' }, 'Notes'), el('ul', {}, b.notes.map((n) => el('li', {}, n)))));
    }
    $('briefing').replaceChildren(...parts);
    // What this visit is compared with: the last visit's briefing, or (on a first visit) the first one shown.
    const shown = saveSeen(id, version, b);
    if (!state.baseline[id]) state.baseline[id] = shown;
  }

  // Timeline: dots on a time axis, then the dated sentences as a list.
  function parseDate(v) {
    if (!v) return null;
    let m;
    if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
    if ((m = v.match(/^(\d{4})-W(\d{2})$/))) return Date.UTC(+m[1], 0, 1 + (+m[2] - 1) * 7);
    if ((m = v.match(/^(\d{4})-(\d{2})$/))) return Date.UTC(+m[1], +m[2] - 1, 1);
    if ((m = v.match(/^(\d{4})$/))) return Date.UTC(+m[1], 0, 1);
    return null;
  }
  // Ticks between the two ends: year starts for long spans, month starts for shorter ones.
  function ticksBetween(min, max) {
    const ticks = [];
    const years = (max - min) / (365.25 * 864e5);
    const d = new Date(min);
    let y = d.getUTCFullYear(), m = d.getUTCMonth();
    for (let guard = 0; guard < 1200; guard++) {
      if (years > 3) { y++; m = 0; } else if (++m === 12) { m = 0; y++; }
      const t = Date.UTC(y, m, 1);
      if (t >= max) break;
      if (t > min) ticks.push({ t, text: years > 3 ? String(y) : MONTH.format(t) });
    }
    return ticks;
  }
  function timeline(entries, sentence) {
    const dated = entries.map((e) => ({ e, t: parseDate(e.date && e.date.value) })).filter((x) => x.t !== null);
    const section = el('section', { 'aria-labelledby': 'timeline-h' }, el('h2', { id: 'timeline-h' }, 'Timeline'));
    if (dated.length) {
      const first = dated.reduce((a, b) => (b.t < a.t ? b : a)), last = dated.reduce((a, b) => (b.t > a.t ? b : a));
      const min = first.t, max = last.t;
      const pct = (t) => (max === min ? 50 : (t - min) / (max - min) * 100);
      const strip = el('div', { className: 'tl-strip', role: 'img',
        'aria-label': 'Timeline of ' + dated.length + ' events from ' + dateLabel(first.e.date) + ' to ' + dateLabel(last.e.date) },
        el('div', { className: 'tl-axis' }));
      for (const d of dated) {
        const dot = el('span', { className: 'tl-dot', title: dateLabel(d.e.date) + ': ' + (d.e.shown || d.e.text) });
        dot.style.left = pct(d.t) + '%';
        strip.appendChild(dot);
      }
      // both ends labelled; ticks between them are hidden after layout wherever they would touch another label
      const label = (t, text, cls) => { const l = el('span', { className: 'tl-label ' + cls }, text); l.style.left = pct(t) + '%'; return l; };
      if (max === min) strip.appendChild(label(min, dateLabel(first.e.date), 'end-label'));
      else {
        strip.appendChild(label(min, dateLabel(first.e.date), 'start end-label'));
        strip.appendChild(label(max, dateLabel(last.e.date), 'end end-label'));
        for (const k of ticksBetween(min, max)) strip.appendChild(label(k.t, k.text, 'tick'));
      }
      section.appendChild(strip);
      stripObserver.observe(strip);
    }
    section.appendChild(el('ol', { className: 'timeline' }, entries.map((e) => {
      const li = sentence(e);
      li.insertBefore(el('time', { className: 'date', datetime: (e.date && e.date.value) || null },
        (e.reported ? 'reported ' : '') + dateLabel(e.date) + (e.date && e.date.source === 'inferred' ? ' (inferred)' : '')), li.firstChild);
      return li;
    })));
    return section;
  }
  // Hides tick labels that would overlap a label already placed (the ends first), at the width the strip has now.
  // A ResizeObserver calls it right after the layout that gives the strip its width (shown, or resized), so
  // reading the labels' boxes lays nothing out again: measuring after each write, or before the page's own
  // layout, was most of the story page's main-thread time on a slow phone. Ticks stay hidden (CSS) until then.
  const stripObserver = new ResizeObserver((entries) => { for (const e of entries) placeTimelineLabels(e.target); });
  function placeTimelineLabels(strip) {
    if (!strip.isConnected) { stripObserver.unobserve(strip); return; }
    const labels = [...strip.querySelectorAll('.tl-label')];
    for (const l of labels) l.style.visibility = '';
    const boxes = labels.map((l) => l.getBoundingClientRect());
    if (boxes.some((r) => r.width === 0)) return; // not laid out (hidden page): observed again when shown
    const placed = [];
    labels.forEach((l, i) => {
      const r = boxes[i];
      const clash = placed.some((p) => r.left < p.right + 8 && r.right + 8 > p.left);
      if (clash && l.classList.contains('tick')) l.style.visibility = 'hidden';
      else placed.push(r);
    });
    strip.classList.add('measured');
  }

  // ---- citation hover: a tooltip with the cited sentence ----
  function showTip(target) {
    const tip = $('tooltip');
    tip.textContent = target.getAttribute('data-tip');
    tip.hidden = false;
    target.setAttribute('aria-describedby', 'tooltip');
    const r = target.getBoundingClientRect();
    const margin = 8, width = document.documentElement.clientWidth;
    tip.style.left = (window.scrollX + Math.max(margin, Math.min(r.left, width - tip.offsetWidth - margin))) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  function hideTip(target) {
    $('tooltip').hidden = true;
    if (target) target.removeAttribute('aria-describedby');
  }
  document.addEventListener('mouseover', (e) => { const t = e.target.closest && e.target.closest('.cite'); if (t) showTip(t); });
  document.addEventListener('mouseout', (e) => { const t = e.target.closest && e.target.closest('.cite'); if (t) hideTip(t); });
  document.addEventListener('focusin', (e) => { if (e.target.classList && e.target.classList.contains('cite')) showTip(e.target); });
  document.addEventListener('focusout', (e) => { if (e.target.classList && e.target.classList.contains('cite')) hideTip(e.target); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { hideTip(null); if (!$('report-panel').hidden) location.hash = '#/s/' + state.storyId; } });

  // ---- report panel: the report's text with the cited sentence highlighted ----
  // On narrow screens the panel is a sheet over the briefing, and the page behind it is inert.
  const narrow = window.matchMedia('(max-width: 60rem)');
  async function openReport(reportId, start, end) {
    try {
      const { data } = await api('/api/reports/' + reportId);
      $('report-title').textContent = data.title || data.id;
      $('report-meta').textContent = [data.outlet, data.published ? dayOf(data.published) : null, data.url].filter(Boolean).join(' · ');
      const box = $('report-text');
      const text = data.text;
      if (start !== null && end !== null && start >= 0 && end <= text.length && start < end) {
        box.replaceChildren(document.createTextNode(text.slice(0, start)), el('mark', { id: 'cited' }, text.slice(start, end)),
          document.createTextNode(text.slice(end)));
      } else {
        box.replaceChildren(document.createTextNode(text));
      }
      const panel = $('report-panel');
      panel.hidden = false;
      setSheet(narrow.matches);
      // only the text scrolls: the header with the title and the close button stays in view
      const mark = $('cited');
      box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 3) : 0;
      const r = panel.getBoundingClientRect();
      if (r.top < 0 || r.top > window.innerHeight - 80) panel.scrollIntoView({ block: 'start' });
      $('report-title').focus({ preventScroll: true });
    } catch (e) { say(e.message, true); }
  }
  function setSheet(on) {
    document.body.classList.toggle('sheet-open', on);
    for (const e of [document.querySelector('header.top'), $('main')]) e.inert = on;
  }
  narrow.addEventListener('change', () => { if (!$('report-panel').hidden) setSheet(narrow.matches); });
  function closeReport() {
    const panel = $('report-panel');
    if (panel.hidden) return;
    panel.hidden = true;
    setSheet(false);
    // focus goes back to what opened the panel (a citation, a source, a report row): the reader's place
    const o = state.opener;
    state.opener = null;
    if (!o) return;
    const target = o.element.isConnected ? o.element : document.querySelector(o.selector);
    if (target) target.focus();
  }
  // remembers what opened the panel; the briefing may be redrawn meanwhile, so also how to find it again
  document.addEventListener('click', (e) => {
    const t = e.target.closest && e.target.closest('.cite, a[href*="/r/"]');
    if (!t || t.closest('#report-panel')) return;
    const selector = t.classList.contains('cite')
      ? '.cite[data-report="' + t.dataset.report + '"][data-start="' + t.dataset.start + '"][data-end="' + t.dataset.end + '"]'
      : 'a[href="' + t.getAttribute('href') + '"]';
    state.opener = { element: t, selector };
  }, true);

  // ---- search ----
  async function showSearch(q) {
    state.storyId = null;
    $('search-q').value = q;
    document.title = 'Search: ' + q + ' · newsbrief';
    const list = el('ol', { className: 'hits', id: 'hits' });
    const head = el('p', { className: 'meta', id: 'hit-count' }, 'Searching…');
    main(el('h1', {}, 'Search'), head, list);
    try {
      const { data } = await api('/api/search?limit=50&q=' + encodeURIComponent(q));
      head.textContent = data.total + ' report(s) match' + (data.total > data.items.length ? ' (first ' + data.items.length + ' shown)' : '');
      for (const h of data.items) {
        const snip = el('p', { className: 'snippet' });
        let at = 0;
        for (const [s, e] of h.matches) {
          snip.appendChild(document.createTextNode(h.snippet.slice(at, s)));
          snip.appendChild(el('mark', {}, h.snippet.slice(s, e)));
          at = e;
        }
        snip.appendChild(document.createTextNode(h.snippet.slice(at)));
        const first = h.matches.length ? '/' + (h.snippetStart + h.matches[0][0]) + '-' + (h.snippetStart + h.matches[0][1]) : '';
        list.appendChild(el('li', {}, el('a', { href: '#/s/' + h.storyId + '/r/' + h.reportId + first }, h.title || h.reportId), snip));
      }
    } catch (e) { head.textContent = ''; say(e.message, true); }
  }

  // ---- start ----
  document.addEventListener('DOMContentLoaded', () => {
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = $('search-q').value.trim();
      if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
    });
    $('token-form').addEventListener('submit', (e) => {
      e.preventDefault();
      token = $('token-input').value;
      sessionStorage.setItem('newsbrief.token', token);
      $('token-panel').hidden = true;
      state.storyId = null;
      route();
    });
    // "Skip to content" moves focus to the content without touching the route (#main is no route)
    document.querySelector('.skip').addEventListener('click', (e) => { e.preventDefault(); $('main').focus(); });
    $('report-close').addEventListener('click', () => { location.hash = state.storyId ? '#/s/' + state.storyId : '#/'; });
    window.addEventListener('hashchange', route);
    // in a task of its own: the script's evaluation and the first page's drawing do not block as one long task
    setTimeout(route, 0);
  });
})();
