// Camunda Forms (form-js, bundled in Tasklist 7.24) write a few words in English and offer no translation hook:
// this module, listed in config.js customScripts, rewrites them in French wherever a form shows them.

// Form-js writes and reads dates in the browser's default locale (`new Intl.DateTimeFormat('default')`): mm/dd/yyyy in an
// American or English-speaking browser. Tasklist is French whatever the browser (config.js), so its default locale is
// French here too, and a date is shown and typed as jj/mm/aaaa; what Intl formats without a time zone is on France's
// clock (form-js's date fields themselves hold days, without a time).
const LOCALE = 'fr-FR';
const ZONE = 'Europe/Paris';
const BrowserDateTimeFormat = Intl.DateTimeFormat;
function FrenchDateTimeFormat(locales, options) {
  const french = locales === undefined || locales === 'default' ? LOCALE : locales;
  return new BrowserDateTimeFormat(french, {timeZone: ZONE, ...options});
}
FrenchDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
FrenchDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = FrenchDateTimeFormat;

const TEXTS = [
  [/^Add new$/, 'Ajouter'],
  [/^Collapse$/, 'Replier'],
  [/^Expand all \((\d+)\)$/, 'Tout déplier ($1)'],
  [/^Select$/, 'Choisir'],
  [/^Field is required\.$/, 'Ce champ est obligatoire.'],
  [/^Field must be a valid email\.$/, 'Saisissez une adresse e-mail valide.'],
  [/^Field must be a valid +international phone number\..*$/, 'Saisissez un numéro de téléphone au format international (par exemple +33612345678).'],
  [/^Field must have minimum length of (\d+)\.$/, 'Saisissez au moins $1 caractères.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Saisissez au plus $1 caractères.'],
  [/^Field must have minimum value of (.+)\.$/, 'La valeur doit être au moins $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'La valeur doit être au plus $1.'],
  [/^Field must match pattern (.+)\.$/, 'La valeur ne respecte pas le format attendu ($1).']
];

const ATTRIBUTES = {
  placeholder: [[/^Search$/, 'Rechercher'], [/^Select$/, 'Choisir'], [/^dd\/mm\/yyyy$/, 'jj/mm/aaaa']],
  'aria-label': [[/^Remove list item (\d+)$/, 'Retirer l\'élément $1'], [/^Remove (.+)$/, 'Retirer $1'],
    [/^Increment$/, 'Augmenter'], [/^Decrement$/, 'Diminuer']]
};

const CALENDAR = {
  firstDayOfWeek: 1,
  weekdays: {
    shorthand: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longhand: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
  },
  months: {
    shorthand: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    longhand: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
  },
  ordinal: () => '',
  rangeSeparator: ' au ',
  time_24hr: true
};

function translated(value, rules) {
  const rule = rules.find(([english]) => english.test(value));
  return rule ? value.replace(rule[0], rule[1]) : value;
}

function translateText(node) {
  const value = node.data.trim();
  const french = translated(value, TEXTS);
  if (french !== value) {
    node.data = node.data.replace(value, french);
  }
}

function translateElement(element) {
  for (const [name, rules] of Object.entries(ATTRIBUTES)) {
    const value = element.getAttribute(name);
    if (value && translated(value, rules) !== value) {
      element.setAttribute(name, translated(value, rules));
    }
  }
  const calendar = element._flatpickr;
  if (calendar && calendar.l10n.months.longhand[0] !== CALENDAR.months.longhand[0]) {
    calendar.set('locale', CALENDAR);
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateElement(root);
  root.querySelectorAll('*').forEach(translateElement);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    translateText(texts.currentNode);
  }
}

const FORMS = '.fjs-container, .flatpickr-calendar';

function translateForms(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  if (element && element.closest(FORMS)) {
    translateTree(node);
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    node.querySelectorAll(FORMS).forEach(translateTree);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateForms);
    } else {
      translateForms(mutation.target);
    }
  }
}).observe(document.body, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: Object.keys(ATTRIBUTES)
});
