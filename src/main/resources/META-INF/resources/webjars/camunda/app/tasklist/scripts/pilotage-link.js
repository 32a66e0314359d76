// The managers' dashboard in Tasklist: a « Pilotage » entry in the header for those who may open it (the dashboard
// itself answers whether the user may: same session, one login), and the way back to the dashboard page that sent a
// browser not logged in to this login (?retour=/pilotage/..., only ever towards the dashboard).

// resolved as the browser would resolve it (« .. » removed), then followed only to a dashboard page of this site
const requested = new URLSearchParams(window.location.search).get('retour');
const back = requested && URL.canParse(requested, window.location.origin) ? new URL(requested, window.location.origin) : null;
if (back && back.origin === window.location.origin && back.pathname.startsWith('/pilotage/')) {
  window.angular.module('cam.tasklist').run(['$rootScope', $rootScope => {
    $rootScope.$on('authentication.login.success', () => window.location.assign(back.pathname + back.search));
  }]);
}

export default {
  id: 'aae-pilotage',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: node => {
    fetch('/pilotage/', { method: 'HEAD', credentials: 'same-origin', redirect: 'manual' }).then(response => {
      if (response.ok) {
        const link = document.createElement('a');
        link.href = '/pilotage/';
        link.textContent = 'Pilotage';
        link.title = 'Tableau de bord des indicateurs et fiches des opérations';
        node.appendChild(link);
      }
    });
  }
};
