// The managers' dashboard in Cockpit's header.
import { pilotageEntry } from '../../shared/pilotage-entry.js';

export default pilotageEntry('aae-pilotage', 'cockpit.navigation', 50);
