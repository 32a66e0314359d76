// Cockpit of the AAE service: French only, whatever the browser's language (our own locales/fr.json).
export default {
  locales: {
    availableLocales: ['fr'],
    fallbackLocale: 'fr'
  },

  // the link to the dashboard
  customScripts: ['scripts/pilotage-link']
};
