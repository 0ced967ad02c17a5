// <mpp-directory>: the MPP Directory on any web page, served by the directory itself at /embed/mpp-directory.js.
//
//   <mpp-directory mpp="kota-pekalongan"></mpp-directory>   one MPP's card with its counters
//   <mpp-directory region="33.75"></mpp-directory>          the MPPs of a province (33) or regency/city (33.75)
//   <mpp-directory></mpp-directory>                         a search box
//   lang="en"   English (default and anything else: Indonesian)
//   api="…"     the directory's base URL (default: where this module was loaded from)
//   heading-level="3"   the level of the card's or list's title (2 to 6, default 2), to fit the host page's outline
//
// The server renders every piece as an HTML fragment, already translated and encoded; this module only fetches
// fragments from the api origin into a shadow root. It never sets inline styles, never evaluates strings and asks
// nothing of any other origin, so it runs under a host CSP as strict as `script-src/style-src/connect-src API`.

const messages = {
  id: {
    loading: 'Memuat…',
    failed: 'Data MPP tidak dapat dimuat. Silakan coba lagi nanti.',
    searching: 'Mencari…',
  },
  en: {
    loading: 'Loading…',
    failed: 'The MPP data could not be loaded. Please try again later.',
    searching: 'Searching…',
  },
};

// Waits this long after the last keystroke, so that typing "dukcapil" asks the server once, not eight times.
const searchDelayMs = 250;

// Default base URL: the origin this module was served from, which is the directory's own.
const moduleOrigin = new URL(import.meta.url).origin;

class MppDirectoryElement extends HTMLElement {
  static observedAttributes = ['mpp', 'region', 'lang', 'api', 'heading-level'];

  #stylesheet = document.createElement('link');
  #root = document.createElement('div');
  #request = null; // AbortController of the fetch in flight: a newer render or search cancels it
  #searchTimer = 0;
  #searchedText = ''; // what the results on screen answer; null after a failure, so that the same text retries
  #renderQueued = false;

  constructor() {
    super();
    // A <link> rather than <style>: a strict host CSP (style-src API) lets a stylesheet from the api origin in
    // but blocks inline styles.
    this.#stylesheet.rel = 'stylesheet';
    this.#root.setAttribute('part', 'root');
    // Listeners sit on the container once, not on each fetched form, so re-rendering never stacks them.
    this.#root.addEventListener('input', (event) => {
      if (event.target.matches('input[name="q"]')) this.#searchSoon();
    });
    this.#root.addEventListener('submit', (event) => {
      event.preventDefault(); // the search happens here, the host page stays where it is
      this.#search();
    });
    this.#root.addEventListener('keydown', (event) => this.#moveFocus(event));
    this.attachShadow({ mode: 'open' }).append(this.#stylesheet, this.#root);
  }

  connectedCallback() {
    this.#queueRender();
  }

  disconnectedCallback() {
    this.#cancel();
  }

  // The parser reports each attribute separately (and before connectedCallback); one render per turn is enough.
  attributeChangedCallback() {
    if (this.isConnected) this.#queueRender();
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  get #language() {
    return this.getAttribute('lang') === 'en' ? 'en' : 'id';
  }

  // Paths are appended as text, not resolved with new URL(path, base), so that a base with a path
  // (https://example.go.id/mpp) keeps it.
  get #base() {
    return (this.getAttribute('api') || moduleOrigin).replace(/\/+$/, '');
  }

  #fragmentUrl(path, query = {}) {
    return `${this.#base}${path}?${new URLSearchParams({ ...query, lang: this.#language })}`;
  }

  #cancel() {
    clearTimeout(this.#searchTimer);
    this.#request?.abort();
    this.#request = null;
  }

  async #render() {
    this.#cancel();
    this.#searchedText = '';
    const stylesheet = `${this.#base}/embed/mpp-directory.css`;
    // Setting href, even to the URL it has, makes the browser process the sheet again: only on a change.
    if (this.#stylesheet.getAttribute('href') !== stylesheet) this.#stylesheet.href = stylesheet;

    const mpp = this.getAttribute('mpp');
    const region = this.getAttribute('region');
    const path = mpp ? `/embed/fragments/mpps/${encodeURIComponent(mpp)}`
      : region ? `/embed/fragments/regions/${encodeURIComponent(region)}`
      : '/embed/fragments/search-form';

    const level = this.getAttribute('heading-level');
    const query = /^[2-6]$/.test(level ?? '') ? { heading: level } : {};

    this.#root.setAttribute('aria-busy', 'true');
    this.#root.replaceChildren(this.#message('loading'));
    try {
      const fragment = await this.#fetchFragment(path, query);
      if (!fragment) return; // superseded by a newer render
      this.#root.replaceChildren(fragment);
    } catch {
      this.#root.replaceChildren(this.#message('failed'));
    } finally {
      if (!this.#request) this.#root.removeAttribute('aria-busy');
    }
  }

  // The fragment at path as parsed nodes, null if a newer request aborted this one; throws when the server fails.
  async #fetchFragment(path, query) {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    try {
      // credentials: 'omit' because the directory needs no cookies and should learn nothing about the visitor.
      const response = await fetch(this.#fragmentUrl(path, query), { signal: request.signal, credentials: 'omit' });
      if (!response.ok) throw new Error(`${response.status} from ${response.url}`);
      const html = await response.text();
      if (request.signal.aborted) return null;
      // A <template> parses without running scripts or loading anything; the server encoded every value already.
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content;
    } catch (error) {
      if (request.signal.aborted) return null;
      throw error;
    } finally {
      if (this.#request === request) this.#request = null;
    }
  }

  #message(key) {
    const paragraph = document.createElement('p');
    paragraph.className = 'mpp-message';
    paragraph.setAttribute('part', 'message');
    paragraph.lang = this.#language;
    paragraph.textContent = messages[this.#language][key];
    return paragraph;
  }

  #searchSoon() {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#search(), searchDelayMs);
  }

  async #search() {
    clearTimeout(this.#searchTimer);
    const input = this.#root.querySelector('input[name="q"]');
    const results = this.#root.querySelector('.mpp-results');
    const status = this.#root.querySelector('.mpp-search-status');
    if (!input || !results || !status) return;
    const text = input.value.trim();
    if (text === this.#searchedText) return; // e.g. a typed space, or Enter on results already shown
    this.#searchedText = text;

    if (!text) {
      this.#cancel();
      results.removeAttribute('aria-busy');
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    results.setAttribute('aria-busy', 'true');
    status.textContent = messages[this.#language].searching;
    try {
      const fragment = await this.#fetchFragment('/embed/fragments/search', { q: text });
      if (!fragment) return; // a newer search is under way and owns the status line
      // The fragment's root (the list, or the "nothing found" paragraph) carries the localized status sentence.
      status.textContent = fragment.firstElementChild?.dataset.status ?? '';
      results.replaceChildren(fragment);
    } catch {
      this.#searchedText = null;
      results.replaceChildren();
      status.textContent = messages[this.#language].failed;
    } finally {
      if (!this.#request) results.removeAttribute('aria-busy');
    }
  }

  // Arrow keys walk from the search box through the result links and back; Escape returns to the box.
  #moveFocus(event) {
    if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
    const input = this.#root.querySelector('input[name="q"]');
    if (!input) return;
    const links = [...this.#root.querySelectorAll('.mpp-results a[href]')];
    const position = links.indexOf(event.target);
    let next = null;
    if (event.target === input) {
      if (event.key === 'ArrowDown') next = links[0];
    } else if (position >= 0) {
      if (event.key === 'Escape') next = input;
      else if (event.key === 'ArrowDown') next = links[position + 1] ?? event.target; // the last stays, unscrolled
      else next = position === 0 ? input : links[position - 1];
    }
    if (!next) return;
    event.preventDefault(); // no page scroll, and no text-cursor move in the box
    next.focus();
  }
}

// Guarded, so that a page including the module twice (two widgets pasted separately) does not throw.
if (!customElements.get('mpp-directory')) customElements.define('mpp-directory', MppDirectoryElement);
