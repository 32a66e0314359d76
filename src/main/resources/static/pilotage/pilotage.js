'use strict';
// The managers' dashboard: reads GET /api/kpis with the filters of the page's address and draws it with ECharts.
(() => {
  const FILTERS = ['year', 'region', 'agency', 'operation'];
  const FILTER_OF_LEVEL = { REGION: 'region', AGENCY: 'agency', OPERATION: 'operation' };
  const CHILDREN_TITLE = { REGION: 'Par région', AGENCY: 'Par agence', OPERATION: 'Par opération' };
  const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
  const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

  const address = new URLSearchParams(location.search);
  const filters = Object.fromEntries(FILTERS.filter(f => address.get(f)).map(f => [f, address.get(f)]));

  function query(values) {
    const q = new URLSearchParams();
    FILTERS.filter(f => values[f] != null && values[f] !== '').forEach(f => q.set(f, values[f]));
    return q.toString();
  }

  function pageLink(values) {
    const q = query(values);
    return location.pathname + (q ? '?' + q : '');
  }

  function element(tag, text, attributes = {}) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    Object.entries(attributes).forEach(([name, value]) => e.setAttribute(name, value));
    return e;
  }

  function cell(row, text, className) {
    const td = element('td', text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function flag(row, measure) {
    const td = cell(row, null, 'drapeau');
    if (measure && measure.smallDenominator) {
      td.appendChild(element('span', 'petit effectif', { class: 'petit-effectif', title: 'Moins de 5 personnes' }));
    }
  }

  const show = (value, format) => (value == null ? '—' : format.format(value));

  // One line per indicator: the measure (RATE or AMOUNT) with its numerator, denominator, reference and flag.
  function indicatorRow(body, key, criterion, label, measure, format, reference) {
    const row = element('tr', null, { 'data-indicateur': key });
    cell(row, criterion);
    cell(row, label);
    cell(row, show(measure && measure.value, format), 'nombre valeur');
    cell(row, measure ? integer.format(measure.numerator) : '—', 'nombre numerateur');
    cell(row, measure ? integer.format(measure.denominator) : '—', 'nombre denominateur');
    cell(row, reference, 'nombre reference');
    flag(row, measure);
    body.appendChild(row);
  }

  function renderCriteria(k) {
    const body = document.querySelector('#criteres tbody');
    body.replaceChildren();
    const ref = value => show(value, percent);
    indicatorRow(body, 'efficacy.employment', 'Efficacité', 'Emploi à 6 mois', k.efficacy.employment, percent, ref(k.efficacy.reference.employment));
    indicatorRow(body, 'efficacy.training', 'Efficacité', 'Formation à 6 mois', k.efficacy.training, percent, ref(k.efficacy.reference.training));
    indicatorRow(body, 'relevance.served', 'Pertinence', 'Au moins un service (mise en relation, formation, prestation)',
        k.relevance.served, percent, ref(k.relevance.reference));
    const paid = element('tr', null, { 'data-indicateur': 'efficiency.amountPaid' });
    cell(paid, 'Efficience');
    cell(paid, 'Montant versé par l\'AFDAS');
    cell(paid, show(k.efficiency.amountPaid, euros), 'nombre valeur');
    cell(paid, '—', 'nombre numerateur');
    cell(paid, '—', 'nombre denominateur');
    cell(paid, show(k.efficiency.referenceLumpSum, euros) + ' par opération', 'nombre reference');
    flag(paid, null);
    body.appendChild(paid);
    indicatorRow(body, 'efficiency.costPerParticipant', 'Efficience', 'Coût par participant', k.efficiency.costPerParticipant, euros, '—');
    indicatorRow(body, 'efficiency.costPerEmployment', 'Efficience', 'Coût par retour à l\'emploi', k.efficiency.costPerEmployment, euros, '—');
    indicatorRow(body, 'quality.participants', 'Qualité', 'Satisfaction des participants', k.quality.participants, percent,
        ref(k.quality.reference.participants));
    indicatorRow(body, 'quality.partners', 'Qualité', 'Satisfaction des structures culturelles', k.quality.partners, percent,
        ref(k.quality.reference.partners));
    indicatorRow(body, 'quality.counsellors', 'Qualité', 'Satisfaction des conseillers', k.quality.counsellors, percent,
        ref(k.quality.reference.counsellors));

    const bars = [
      ['Emploi', k.efficacy.employment, k.efficacy.reference.employment],
      ['Formation', k.efficacy.training, k.efficacy.reference.training],
      ['Servis', k.relevance.served, k.relevance.reference],
      ['Satisf. participants', k.quality.participants, k.quality.reference.participants],
      ['Satisf. structures', k.quality.partners, k.quality.reference.partners],
      ['Satisf. conseillers', k.quality.counsellors, k.quality.reference.counsellors]];
    chart('graphique-criteres', {
      tooltip: { trigger: 'axis', valueFormatter: v => show(v == null ? null : v / 100, percent) },
      legend: { data: ['Mesuré', 'Référence'] },
      xAxis: { type: 'category', data: bars.map(b => b[0]) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: 'Mesuré', type: 'bar', data: bars.map(b => (b[1].value == null ? null : b[1].value * 100)) },
        { name: 'Référence', type: 'bar', data: bars.map(b => b[2] * 100) }]
    });
  }

  function renderPublics(k) {
    const body = document.querySelector('#publics tbody');
    body.replaceChildren();
    k.coherence.publics.forEach(p => {
      const row = element('tr', null, { 'data-public': p.public });
      cell(row, p.label);
      cell(row, show(p.share.value, percent), 'nombre valeur');
      cell(row, integer.format(p.share.numerator), 'nombre numerateur');
      cell(row, integer.format(p.share.denominator), 'nombre denominateur');
      cell(row, show(p.territoryShare, percent), 'nombre reference');
      flag(row, p.share);
      body.appendChild(row);
    });
    chart('graphique-publics', {
      tooltip: { trigger: 'axis', valueFormatter: v => show(v == null ? null : v / 100, percent) },
      legend: { data: ['Dans les groupes', 'Sur le territoire'] },
      xAxis: { type: 'category', data: k.coherence.publics.map(p => p.public) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
      series: [
        { name: 'Dans les groupes', type: 'bar', data: k.coherence.publics.map(p => (p.share.value == null ? null : p.share.value * 100)) },
        { name: 'Sur le territoire', type: 'bar', data: k.coherence.publics.map(p => p.territoryShare * 100) }]
    });
  }

  function renderPhases(k) {
    const body = document.querySelector('#phases tbody');
    body.replaceChildren();
    k.phases.forEach(p => {
      const row = element('tr', null, { 'data-phase': p.status });
      cell(row, p.label);
      cell(row, integer.format(p.operations), 'nombre operations');
      body.appendChild(row);
    });
    chart('graphique-phases', {
      tooltip: { trigger: 'item' },
      series: [{ name: 'Opérations', type: 'pie', radius: ['35%', '65%'], data: k.phases.map(p => ({ name: p.label, value: p.operations })) }]
    });
  }

  function renderDeployment(k) {
    const body = document.querySelector('#deploiement tbody');
    body.replaceChildren();
    k.deployment.byYear.forEach(y => {
      const row = element('tr', null, { 'data-annee': y.year });
      cell(row, String(y.year));
      cell(row, integer.format(y.operations), 'nombre operations');
      cell(row, integer.format(y.target), 'nombre objectif');
      body.appendChild(row);
    });
    chart('graphique-deploiement', {
      tooltip: { trigger: 'axis' },
      legend: { data: ['Opérations', 'Objectif national'] },
      xAxis: { type: 'category', data: k.deployment.byYear.map(y => String(y.year)) },
      yAxis: { type: 'value' },
      series: [
        { name: 'Opérations', type: 'bar', data: k.deployment.byYear.map(y => y.operations) },
        { name: 'Objectif national', type: 'line', data: k.deployment.byYear.map(y => y.target) }]
    });
  }

  function renderChildren(k) {
    const section = document.getElementById('section-detail');
    const body = document.querySelector('#detail tbody');
    body.replaceChildren();
    section.hidden = k.children.length === 0;
    if (section.hidden) return;
    document.getElementById('titre-detail').textContent = CHILDREN_TITLE[k.children[0].level];
    k.children.forEach(child => {
      const row = element('tr', null, { 'data-enfant': child.key });
      const link = element('a', child.label, { href: pageLink({ ...filters, [FILTER_OF_LEVEL[child.level]]: child.key }) });
      cell(row, null).appendChild(link);
      cell(row, integer.format(child.operations), 'nombre operations');
      const employment = cell(row, show(child.employment.value, percent) + ' (' + child.employment.numerator + '/' + child.employment.denominator + ')', 'nombre emploi');
      const served = cell(row, show(child.served.value, percent) + ' (' + child.served.numerator + '/' + child.served.denominator + ')', 'nombre servis');
      [[employment, child.employment], [served, child.served]].filter(([, rate]) => rate.smallDenominator)
          .forEach(([td]) => td.appendChild(element('span', 'petit effectif', { class: 'petit-effectif' })));
      body.appendChild(row);
    });
  }

  // The breadcrumb keeps the year and walks back up: national, region, agency, operation.
  function renderNavigation(k) {
    const scope = k.scope;
    const levels = [['France entière', { year: filters.year }]];
    const path = { year: filters.year };
    ['region', 'agency', 'operation'].forEach(f => {
      const value = scope[f] || filters[f];
      if (value) {
        path[f] = value;
        levels.push([value, { ...path }]);
      }
    });
    const nav = document.getElementById('fil');
    nav.replaceChildren(...levels.map(([label, values], i) => (i === levels.length - 1
        ? element('span', label, { 'aria-current': 'page' })
        : element('a', label, { href: pageLink(values) }))));
    document.getElementById('perimetre').textContent = scope.label;
    document.getElementById('export').href = '/api/kpis.csv' + (query(filters) ? '?' + query(filters) : '');
    const fiche = document.getElementById('fiche');
    fiche.hidden = !scope.operation;
    if (scope.operation) fiche.href = '/pilotage/operation.html?ref=' + encodeURIComponent(scope.operation);
    const processInstanceId = scope.processInstanceId || k.processInstanceId;
    const cockpit = document.getElementById('cockpit');
    cockpit.hidden = !processInstanceId;
    if (processInstanceId) {
      cockpit.href = '/camunda/app/cockpit/default/#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime';
    }

    const years = new Set(k.deployment.byYear.map(y => y.year));
    if (scope.year != null) years.add(scope.year);
    const select = document.getElementById('annee');
    const options = [...years].sort().map(y => element('option', String(y), { value: String(y) }));
    if (scope.year == null) options.unshift(element('option', 'Toutes les années', { value: '' }));
    select.replaceChildren(...options);
    select.value = scope.year == null ? '' : String(scope.year);
    select.onchange = () => location.assign(pageLink({ ...filters, year: select.value }));
  }

  function chart(id, option) {
    const target = document.getElementById(id);
    (echarts.getInstanceByDom(target) || echarts.init(target)).setOption(option);
  }

  function render(k) {
    renderNavigation(k);
    renderCriteria(k);
    renderPublics(k);
    renderPhases(k);
    renderDeployment(k);
    renderChildren(k);
    const status = document.getElementById('etat');
    status.textContent = 'Indicateurs à jour.';
    status.dataset.charge = 'oui';
  }

  function fail(message) {
    const status = document.getElementById('etat');
    status.textContent = message;
    status.className = 'erreur';
  }

  // location.origin, never the page's own address: it may carry the credentials typed in it, which fetch refuses
  const url = new URL('/api/kpis', location.origin);
  url.search = query(filters);
  fetch(url, { headers: { Accept: 'application/json' } })
      .then(response => {
        // the webapps' session ended: the page itself sends the browser to the login, and back
        if (response.status === 401) {
          location.reload();
          return new Promise(() => {});
        }
        if (response.status === 403) throw new Error('Votre profil ne permet pas de consulter le pilotage.');
        if (!response.ok) throw new Error('Les indicateurs sont indisponibles (erreur ' + response.status + ').');
        return response.json();
      })
      .then(render)
      .catch(e => fail(e.message));
})();
