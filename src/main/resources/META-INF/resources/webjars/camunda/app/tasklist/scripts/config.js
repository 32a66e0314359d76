// Tasklist of the AAE service: French only, whatever the browser's language (our own locales/fr.json).
export default {
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },

  // the few English words of Camunda Forms, which have no translation file, and what Tasklist reads of their errors;
  // a confirmation when a task is completed and the number of tasks of every filter; the link to the dashboard
  customScripts: ['scripts/camunda-forms-fr', 'scripts/camunda-forms-validation', 'scripts/tasklist-feedback', 'scripts/pilotage-link'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prend la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'place le curseur sur le premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'place le curseur sur la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'place le curseur sur le premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvre la fenêtre « Démarrer un processus »'
    }
  }
};
