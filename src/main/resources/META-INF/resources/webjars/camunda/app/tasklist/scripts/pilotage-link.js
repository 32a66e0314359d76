// The managers' dashboard in Tasklist's header, and the way back to the dashboard page that sent a browser not logged in
// to this login (?retour=/pilotage/..., only ever towards the dashboard).
import { pilotageEntry } from '../../shared/pilotage-entry.js';

// resolved as the browser would resolve it (« .. » removed), then followed only to a dashboard page of this site
const requested = new URLSearchParams(window.location.search).get('retour');
const back = requested && URL.canParse(requested, window.location.origin) ? new URL(requested, window.location.origin) : null;
if (back && back.origin === window.location.origin && back.pathname.startsWith('/pilotage/')) {
  window.angular.module('cam.tasklist').run(['$rootScope', $rootScope => {
    $rootScope.$on('authentication.login.success', () => window.location.assign(back.pathname + back.search));
  }]);
}

export default pilotageEntry('aae-pilotage', 'tasklist.navbar.action', 200);
