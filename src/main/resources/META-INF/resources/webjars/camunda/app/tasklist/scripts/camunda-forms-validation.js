// Camunda Forms (form-js 1.8, bundled in Tasklist 7.24) and Tasklist disagree on what a form's errors look like, and
// this module, listed in config.js customScripts, makes them agree.
//
// 1. Lists. Once a field inside a dynamic list changes, form-js keeps an empty entry for it among its errors
//    (`errors[fieldId] = []`: it clears the row's error but not the container min-dash's `set` created), and Tasklist
//    counts entries (`!!Object.keys(errors).length`) to grey out « Terminer ». Every state form-js publishes is therefore
//    stripped of the entries that hold no message: « Terminer » is greyed exactly while a field shows an error.
// 2. Refusals before submitting. When « Terminer » finds errors (a required field left empty…), Tasklist throws
//    form-js's errors and shows their `message` under « Une erreur est survenue lors de l'envoi du formulaire »: they
//    get one, a French sentence naming each field by its label (form-js itself marks the fields).
// 3. Start forms' lists. Tasklist fills a task's form with the task's form variables, the options of its selects
//    (`valuesKey`) included, but reads none for a start form, whose selects would stay empty. The start dialog names its
//    process in the address (`processStart=<key>`): before such a form is imported, the lists its selects take their
//    options from are read from the process definition's form variables (what the service offers the user), as Tasklist
//    reads a task's.
//
// Form-js's classes are not exported by Tasklist: they are reached through webpack's chunk registry, which hands a chunk
// callback webpack's `require`; the form-js module is the one that throws « form is read-only ».

const REASONS = [
  [/^Field is required\.$/, 'est obligatoire'],
  [/^Field must be a valid email\.$/, 'doit être une adresse e-mail valide'],
  [/^Field must be a valid +international phone number\..*$/, 'doit être un numéro de téléphone au format international'],
  [/^Field must have minimum length of (\d+)\.$/, 'doit compter au moins $1 caractères'],
  [/^Field must have maximum length of (\d+)\.$/, 'doit compter au plus $1 caractères'],
  [/^Field must have minimum value of (.+)\.$/, 'doit valoir au moins $1'],
  [/^Field must have maximum value of (.+)\.$/, 'doit valoir au plus $1'],
  [/^Field must match pattern (.+)\.$/, 'ne respecte pas le format attendu']
];

function formJsViewer() {
  let viewer = null;
  self.webpackChunkcamunda_bpm_webapp.push([['aae-camunda-forms-validation'], {}, require => {
    const id = Object.keys(require.m).find(key => Function.prototype.toString.call(require.m[key]).includes('form is read-only'));
    viewer = id === undefined ? null : require(id);
  }]);
  return viewer;
}

function holdsMessage(errors) {
  return typeof errors === 'string' || (errors !== null && typeof errors === 'object' && Object.values(errors).some(holdsMessage));
}

function withMessagesOnly(errors) {
  return Object.fromEntries(Object.entries(errors || {}).filter(([, fieldErrors]) => holdsMessage(fieldErrors)));
}

function firstMessage(errors) {
  if (typeof errors === 'string') {
    return errors;
  }
  return Object.values(errors).map(firstMessage).find(message => message !== undefined);
}

/** In a list, the errors of a field are by row: « (ligne 2) ». */
function row(fieldErrors) {
  if (Object.values(fieldErrors).some(error => typeof error === 'string')) {
    return '';
  }
  const index = Object.keys(fieldErrors).find(key => holdsMessage(fieldErrors[key]));
  return ` (ligne ${Number(index) + 1})`;
}

function reason(message) {
  const rule = REASONS.find(([english]) => english.test(message));
  return rule ? message.replace(rule[0], rule[1]) : message;
}

function sentence(form, errors) {
  const registry = form.get('formFieldRegistry');
  const parts = Object.entries(errors).map(([fieldId, fieldErrors]) => {
    const field = registry.get(fieldId);
    const label = (field && (field.label || field.dateLabel || field.key)) || fieldId;
    return `« ${label} »${row(fieldErrors)} ${reason(firstMessage(fieldErrors))}`;
  });
  return `Formulaire incomplet : ${parts.join(' ; ')}.`;
}

function valuesKeys(components) {
  return (components || []).flatMap(component => [component.valuesKey, ...valuesKeys(component.components)]).filter(Boolean);
}

/** The process whose start dialog is open: Tasklist's address is `…/#/?processStart=<key>&…`. */
function startedProcess() {
  const hash = window.location.hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '').get('processStart');
}

/** The process's start form variables named `keys`, JSON lists parsed, as Tasklist hands a task's to form-js. */
async function startFormLists(process, keys) {
  const api = document.querySelector('base').getAttribute('engine-api');
  const engine = (window.location.pathname.match(/\/tasklist\/([^/]+)/) || [null, 'default'])[1];
  const url = `${api}engine/${engine}/process-definition/key/${encodeURIComponent(process)}/form-variables`
    + `?deserializeValues=false&variableNames=${keys.map(encodeURIComponent).join(',')}`;
  try {
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(`${response.status} ${response.statusText}`);
    }
    const variables = await response.json();
    return Object.fromEntries(Object.entries(variables)
      .map(([name, variable]) => [name, variable.type === 'Json' ? JSON.parse(variable.value) : variable.value]));
  } catch (error) {
    console.error('camunda-forms-validation : listes du formulaire de démarrage illisibles', error); // eslint-disable-line
    return {};
  }
}

const viewer = formJsViewer();
if (viewer && viewer.Form) {
  const Form = viewer.Form.prototype;

  const setState = Form._setState;
  Form._setState = function(state) {
    return setState.call(this, 'errors' in state ? {...state, errors: withMessagesOnly(state.errors)} : state);
  };

  const validate = Form.validate;
  Form.validate = function() {
    const errors = validate.call(this);
    if (Object.keys(errors).length) {
      Object.defineProperty(errors, 'message', {value: sentence(this, errors), enumerable: false});
    }
    return errors;
  };

  const importSchema = Form.importSchema;
  Form.importSchema = async function(schema, data) {
    const missing = valuesKeys(schema.components).filter(key => !(data && key in data));
    const process = startedProcess();
    if (!missing.length || !process) {
      return importSchema.call(this, schema, data);
    }
    return importSchema.call(this, schema, {...await startFormLists(process, missing), ...data});
  };
} else {
  console.error('camunda-forms-validation : form-js introuvable, « Terminer » peut rester grisé sur les listes'); // eslint-disable-line
}
