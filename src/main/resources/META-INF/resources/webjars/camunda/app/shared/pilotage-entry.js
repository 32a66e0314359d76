// The managers' dashboard as an entry of a webapp's header, for those who may open it (the dashboard itself answers
// whether the user may: same session, one login). Imported by the « Pilotage » plugins of Tasklist and Cockpit.

export function pilotageEntry(id, pluginPoint, priority) {
  return {
    id,
    pluginPoint,
    priority,
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
}
