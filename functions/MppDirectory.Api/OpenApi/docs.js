// Renders the contract named by #redoc's data-spec with Redoc (loaded just before this file). A file of its
// own, not an inline script, so that the page's Content-Security-Policy allows scripts from the app only.
const container = document.getElementById('redoc');
Redoc.init(container.dataset.spec, {
  hideHostname: false,
  expandResponses: '200',
  jsonSampleExpandLevel: 2,
  sortTagsAlphabetically: false,
}, container);
