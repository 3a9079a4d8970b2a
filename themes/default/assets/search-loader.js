// Loads the search only when it is wanted: on the search page at once, elsewhere when the header search
// box gets focus (so that the results page opens without waiting). Pages without JavaScript keep the plain
// form, which leads to /zoeken/ and its lists of topics and municipalities.
const page = document.querySelector('.search-page[data-search-module]');
const moduleUrl = (el) => new URL(el.dataset.searchModule, document.baseURI).href;

if (page) {
  if (new URLSearchParams(location.search).toString()) page.classList.add('has-query');
  import(moduleUrl(page)).then((search) => search.mountSearchPage(page));
} else {
  for (const form of document.querySelectorAll('form[data-search-module]')) {
    form.addEventListener('focusin', () => {
      import(moduleUrl(form)).then((search) => search.preload(form.dataset.searchIndex));
    }, { once: true });
  }
}
