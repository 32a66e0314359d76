// The managers' dashboard in Cockpit: a « Pilotage » entry in the header for those who may open it (the dashboard
// itself answers whether the user may: same session, one login).

export default {
  id: 'aae-pilotage',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  render: node => {
    fetch('/pilotage/', { method: 'HEAD', credentials: 'same-origin', redirect: 'manual' }).then(response => {
      if (response.ok) {
        const link = document.createElement('a');
        link.href = '/pilotage/';
        link.textContent = 'Pilotage';
        node.appendChild(link);
      }
    });
  }
};
