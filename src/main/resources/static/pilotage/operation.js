'use strict';
// The « fiche opération »: reads GET /api/operations/{ref}/fiche for the ?ref= of the page's address.
(() => {
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
  const moment = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  const reference = new URLSearchParams(location.search).get('ref') || '';

  const showDay = value => (value ? day.format(new Date(value + 'T12:00:00Z')) : '—');
  const showMoment = value => (value ? moment.format(new Date(value)) : '—');

  function fill(id, items, cells) {
    const body = document.querySelector('#' + id + ' tbody');
    body.replaceChildren(...items.map(item => {
      const row = document.createElement('tr');
      cells(item).forEach(text => {
        const td = document.createElement('td');
        td.textContent = text;
        row.appendChild(td);
      });
      return row;
    }));
  }

  function render(f) {
    document.getElementById('reference').textContent = f.reference;
    document.getElementById('phase').textContent = 'Phase : ' + f.phase;
    document.getElementById('retour').href = '/pilotage/?operation=' + encodeURIComponent(f.reference);
    const cockpit = document.getElementById('cockpit');
    cockpit.hidden = !f.processInstanceId;
    if (f.processInstanceId) {
      cockpit.href = '/camunda/app/cockpit/default/#/process-instance/' + encodeURIComponent(f.processInstanceId) + '/runtime';
    }
    fill('jalons', f.timeline, m => [m.label, showDay(m.date), m.done ? 'passé' : 'à venir']);
    fill('echeances', f.deadlines, d => [d.label, showMoment(d.due)]);
    fill('taches', f.openTasks, t => [t.name, t.assignee || (t.candidateGroups.length ? 'groupe ' + t.candidateGroups.join(', ') : '—'),
      showMoment(t.created), showMoment(t.due)]);
    fill('courriels', f.mails, m => [m.subject, String(m.count), showMoment(m.last)]);
    fill('participants', f.participants, p => [p.label, String(p.count)]);
    document.getElementById('paiement').textContent = f.payment
      ? f.payment.label + (f.payment.amount != null ? ' — ' + euros.format(f.payment.amount) : '')
        + (f.payment.settledOn ? ', payé le ' + showDay(f.payment.settledOn) : '')
      : 'Pas encore ouvert : il l\'est à la fin de l\'action.';
    const status = document.getElementById('etat');
    status.textContent = 'Fiche à jour.';
    status.dataset.charge = 'oui';
  }

  function fail(message) {
    const status = document.getElementById('etat');
    status.textContent = message;
    status.className = 'erreur';
  }

  fetch(new URL('/api/operations/' + encodeURIComponent(reference) + '/fiche', location.origin), { headers: { Accept: 'application/json' } })
      .then(response => {
        // the webapps' session ended: the page itself sends the browser to the login, and back
        if (response.status === 401) {
          location.reload();
          return new Promise(() => {});
        }
        if (response.status === 403) throw new Error('Votre profil ne permet pas de consulter les fiches des opérations.');
        if (response.status === 404) throw new Error('Opération inconnue : ' + reference);
        if (!response.ok) throw new Error('La fiche est indisponible (erreur ' + response.status + ').');
        return response.json();
      })
      .then(render)
      .catch(e => fail(e.message));
})();
